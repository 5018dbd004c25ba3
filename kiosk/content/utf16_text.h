// UTF-8 text as ICU's break iterators want it (UTF-16), with the UTF-8 byte at which
// each unit begins: ICU answers in units, the kiosk works in bytes. Line breaking
// (text/) and the words Listen lights (narration/) both ask.
#pragma once

#include <unicode/ubrk.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct Utf16Text {
    std::u16string units;
    std::vector<std::size_t> byte_of_unit;  // one per unit, then the UTF-8's size
};

// Invalid UTF-8 becomes U+FFFD, one unit for the bytes it took.
Utf16Text to_utf16(std::string_view utf8);

struct BreakIteratorDeleter {
    void operator()(UBreakIterator* it) const { ubrk_close(it); }
};
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorDeleter>;

// An ICU break iterator of `kind` over `text` in `locale`; null when ICU cannot make one.
BreakIteratorPtr open_break_iterator(UBreakIteratorType kind, const std::string& locale, const Utf16Text& text);

}  // namespace kiosk
