#include "scenes/screen_metrics.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {
// A preview at a given resolution assumes the screen such panels usually come in.
float guess_diagonal_in(int width_px, int height_px) {
    const int long_side = std::max(width_px, height_px);
    if (long_side <= 1024) return 7.0f;   // Raspberry Pi official display class
    if (long_side <= 1440) return 10.1f;  // tablet-sized panels
    if (long_side <= 2560) return 23.8f;  // 24-inch 1080p/1440p monitors
    return 31.5f;                         // 32-inch 4K
}
}  // namespace

ScreenMetrics screen_metrics(const DisplayConfig& display, int width_px, int height_px) {
    ScreenMetrics m;
    m.width_px = width_px;
    m.height_px = height_px;
    m.diagonal_in = display.diagonal_in > 0 ? display.diagonal_in : guess_diagonal_in(width_px, height_px);
    const double diag_px = std::hypot(static_cast<double>(width_px), static_cast<double>(height_px));
    const double diag_mm = m.diagonal_in * 25.4;
    m.px_per_mm = static_cast<float>(diag_px / diag_mm);
    // People stand back from big screens: about 1.2 diagonals, between 40 cm and 1.5 m.
    m.viewing_distance_mm = display.viewing_distance_mm > 0
                                ? display.viewing_distance_mm
                                : static_cast<float>(std::clamp(diag_mm * 1.2, 400.0, 1500.0));
    m.min_target_px = std::max(44.0f, m.mm(12.0f));
    return m;
}

float nominal_body_px(const TypographyConfig& typography, const ScreenMetrics& screen) {
    constexpr float mm_per_pt = 25.4f / 72.0f;
    const float scale = screen.viewing_distance_mm / typography.reference_distance_mm;
    return typography.body_size_pt * mm_per_pt * scale * screen.px_per_mm;
}

}  // namespace kiosk
