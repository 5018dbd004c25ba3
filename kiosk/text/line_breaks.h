// Line-break opportunities (UAX #14) from ICU's line break iterator.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct BreakOpportunity {
    std::size_t byte_offset = 0;  // a line may start here
    bool mandatory = false;       // a hard break (newline, paragraph separator)
};

// Every opportunity after the text's start, ending with the text's end. `locale` is
// an ICU locale id ("en", "ru"). On an ICU failure, falls back to breaking at spaces.
std::vector<BreakOpportunity> line_break_opportunities(std::string_view utf8, const std::string& locale = "en");

}  // namespace kiosk
