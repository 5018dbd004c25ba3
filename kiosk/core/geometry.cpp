#include "core/geometry.h"

#include <cstdio>

namespace kiosk {

std::string Color::to_hex() const {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
    return buf;
}

bool Color::from_hex(const std::string& hex, Color& out) {
    if (hex.size() != 7 && hex.size() != 9) return false;
    if (hex[0] != '#') return false;
    unsigned v[4] = {0, 0, 0, 255};
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        unsigned byte = 0;
        for (std::size_t k = 1; k <= 2; ++k) {
            const char c = hex[i + k];
            unsigned d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                return false;
            byte = byte * 16 + d;
        }
        v[i / 2] = byte;
    }
    out = Color{static_cast<std::uint8_t>(v[0]), static_cast<std::uint8_t>(v[1]), static_cast<std::uint8_t>(v[2]),
                static_cast<std::uint8_t>(v[3])};
    return true;
}

}  // namespace kiosk
