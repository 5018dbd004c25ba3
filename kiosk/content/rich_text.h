// The small subset of HTML that TimelineJS texts use: <p> paragraphs, <b>/<strong>,
// <i>/<em>, <a href> (shown as its text: the kiosk is offline), <br>, and the common
// character entities. Anything else is dropped, its text kept, and named in
// `dropped` so that --check can report it. Plain text is one paragraph.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/document.h"

namespace kiosk {

struct RichText {
    std::vector<std::vector<Span>> paragraphs;  // styled spans; a <br> is a "\n" in a span
    std::vector<std::string> dropped;           // tags not in the subset ("table", "img", …), once each
    std::string plain() const;                  // paragraphs joined by a blank line, no styles
    bool empty() const { return paragraphs.empty(); }
};

RichText parse_rich_text(std::string_view html);
// `html` without its <script> and <style> elements and what they hold (for text kept or
// written out as it came, like an imported timeline's).
std::string without_code(const std::string& html);

}  // namespace kiosk
