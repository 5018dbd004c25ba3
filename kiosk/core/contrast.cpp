#include "core/contrast.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

double relative_luminance(Color c) {
    auto channel = [](std::uint8_t v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast_ratio(Color a, Color b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Color blend_over(Color fg, Color bg) {
    const double a = fg.a / 255.0;
    auto mix = [a](std::uint8_t f, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(f * a + b * (1 - a)));
    };
    return {mix(fg.r, bg.r), mix(fg.g, bg.g), mix(fg.b, bg.b), 255};
}

}  // namespace kiosk
