#include "text/line_breaks.h"

#include <unicode/ubrk.h>

#include "content/utf16_text.h"

namespace kiosk {
namespace {

std::vector<BreakOpportunity> at_spaces(std::string_view utf8) {
    std::vector<BreakOpportunity> out;
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((utf8[i] == ' ' || utf8[i] == '\n') && i + 1 < utf8.size()) out.push_back({i + 1, utf8[i] == '\n'});
    out.push_back({utf8.size(), true});
    return out;
}

}  // namespace

std::vector<BreakOpportunity> line_break_opportunities(std::string_view utf8, const std::string& locale) {
    // ICU works in UTF-16: converted, each unit's byte offset remembered.
    const Utf16Text text = to_utf16(utf8);
    const BreakIteratorPtr it = open_break_iterator(UBRK_LINE, locale, text);
    if (!it) return at_spaces(utf8);

    std::vector<BreakOpportunity> out;
    ubrk_first(it.get());
    for (std::int32_t pos = ubrk_next(it.get()); pos != UBRK_DONE; pos = ubrk_next(it.get())) {
        const std::int32_t status_tag = ubrk_getRuleStatus(it.get());
        const bool hard = status_tag >= UBRK_LINE_HARD && status_tag < UBRK_LINE_HARD_LIMIT;
        out.push_back({text.byte_of_unit[static_cast<std::size_t>(pos)], hard});
    }
    if (out.empty() || out.back().byte_offset != utf8.size()) out.push_back({utf8.size(), true});
    return out;
}

}  // namespace kiosk
