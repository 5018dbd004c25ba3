// Turning byte offsets (what pugixml and toml++ report) into 1-based line/column.
#pragma once

#include <cstddef>
#include <string_view>

namespace kiosk {

struct LineColumn {
    int line = 1;
    int column = 1;
};

// Column counts UTF-8 code points, which is what an editor shows.
LineColumn line_column_at(std::string_view text, std::size_t byte_offset);

}  // namespace kiosk
