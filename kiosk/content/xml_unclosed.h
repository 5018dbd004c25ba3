// Where an XML element was left open. A parser notices a missing closing tag only
// where a later one does not match, often dozens of lines below; a curator who deleted
// "</head>" on line 23 needs to hear about line 23.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace kiosk {

struct UnclosedElement {
    std::string name;         // "head"
    std::size_t open_offset;  // where its start tag begins
    std::string found;        // the closing tag met instead ("div"), empty at the end of the text
};

// Reads tags from the start of `text` up to `until` (the parser's error offset; the
// closing tag there is read too) and returns the innermost element still open where a
// closing tag did not match it, or at `until` if every tag matched so far.
std::optional<UnclosedElement> find_unclosed_element(const std::string& text, std::size_t until);

}  // namespace kiosk
