#include "content/utf16_text.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace kiosk {

Utf16Text to_utf16(std::string_view utf8) {
    Utf16Text out;
    out.units.reserve(utf8.size());
    out.byte_of_unit.reserve(utf8.size() + 1);
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(utf8.size());) {
        const auto start = static_cast<std::size_t>(i);
        UChar32 c = 0;
        U8_NEXT(utf8.data(), i, static_cast<std::int32_t>(utf8.size()), c);
        if (c < 0) c = 0xFFFD;
        if (c > 0xFFFF) {
            out.units.push_back(static_cast<char16_t>(U16_LEAD(c)));
            out.byte_of_unit.push_back(start);
            out.units.push_back(static_cast<char16_t>(U16_TRAIL(c)));
        } else {
            out.units.push_back(static_cast<char16_t>(c));
        }
        out.byte_of_unit.push_back(start);
    }
    out.byte_of_unit.push_back(utf8.size());
    return out;
}

BreakIteratorPtr open_break_iterator(UBreakIteratorType kind, const std::string& locale, const Utf16Text& text) {
    UErrorCode status = U_ZERO_ERROR;
    BreakIteratorPtr it(ubrk_open(kind, locale.c_str(), reinterpret_cast<const UChar*>(text.units.data()),
                                  static_cast<std::int32_t>(text.units.size()), &status));
    if (U_FAILURE(status)) return nullptr;
    return it;
}

}  // namespace kiosk
