#include "text/line_breaks.h"

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <memory>

namespace kiosk {
namespace {

struct BreakIteratorDeleter {
    void operator()(UBreakIterator* it) const { ubrk_close(it); }
};

std::vector<BreakOpportunity> at_spaces(std::string_view utf8) {
    std::vector<BreakOpportunity> out;
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((utf8[i] == ' ' || utf8[i] == '\n') && i + 1 < utf8.size()) out.push_back({i + 1, utf8[i] == '\n'});
    out.push_back({utf8.size(), true});
    return out;
}

}  // namespace

std::vector<BreakOpportunity> line_break_opportunities(std::string_view utf8, const std::string& locale) {
    // ICU works in UTF-16: convert, remembering each UTF-16 unit's byte offset.
    std::u16string text;
    std::vector<std::size_t> byte_of_unit;
    text.reserve(utf8.size());
    byte_of_unit.reserve(utf8.size() + 1);
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(utf8.size());) {
        const std::int32_t start = i;
        UChar32 c;
        U8_NEXT(utf8.data(), i, static_cast<std::int32_t>(utf8.size()), c);
        if (c < 0) c = 0xFFFD;
        if (c > 0xFFFF) {
            text.push_back(static_cast<char16_t>(U16_LEAD(c)));
            byte_of_unit.push_back(static_cast<std::size_t>(start));
            text.push_back(static_cast<char16_t>(U16_TRAIL(c)));
            byte_of_unit.push_back(static_cast<std::size_t>(start));
        } else {
            text.push_back(static_cast<char16_t>(c));
            byte_of_unit.push_back(static_cast<std::size_t>(start));
        }
    }
    byte_of_unit.push_back(utf8.size());

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, BreakIteratorDeleter> it(
        ubrk_open(UBRK_LINE, locale.c_str(), reinterpret_cast<const UChar*>(text.data()),
                  static_cast<std::int32_t>(text.size()), &status));
    if (U_FAILURE(status) || !it) return at_spaces(utf8);

    std::vector<BreakOpportunity> out;
    ubrk_first(it.get());
    for (std::int32_t pos = ubrk_next(it.get()); pos != UBRK_DONE; pos = ubrk_next(it.get())) {
        const std::int32_t status_tag = ubrk_getRuleStatus(it.get());
        const bool hard = status_tag >= UBRK_LINE_HARD && status_tag < UBRK_LINE_HARD_LIMIT;
        out.push_back({byte_of_unit[static_cast<std::size_t>(pos)], hard});
    }
    if (out.empty() || out.back().byte_offset != utf8.size()) out.push_back({utf8.size(), true});
    return out;
}

}  // namespace kiosk
