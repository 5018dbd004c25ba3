// Plain geometry shared by layout, scenes, dumps and the renderer. Units: window pixels.
#pragma once

#include <cstdint>
#include <string>

namespace kiosk {

struct RectF {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
    bool intersects(const RectF& o) const { return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom(); }
};

struct Color {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Color&) const = default;
    std::string to_hex() const;                                // "#rrggbb"
    static bool from_hex(const std::string& hex, Color& out);  // "#rrggbb" or "#rrggbbaa"
};

}  // namespace kiosk
