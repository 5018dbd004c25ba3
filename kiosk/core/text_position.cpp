#include "core/text_position.h"

#include <algorithm>

namespace kiosk {

LineColumn line_column_at(std::string_view text, std::size_t byte_offset) {
    LineColumn pos;
    const std::size_t end = std::min(byte_offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

}  // namespace kiosk
