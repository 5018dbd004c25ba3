// The physical screen behind the pixels: how many pixels make a millimetre and how
// far away the visitor stands. Type sizes, touch slop and targets are derived from it
// so a 7-inch 800×480 panel and a 55-inch 4K screen feel the same.
#pragma once

#include "content/config.h"

namespace kiosk {

struct ScreenMetrics {
    int width_px = 0, height_px = 0;
    float diagonal_in = 0;
    float px_per_mm = 1;
    float viewing_distance_mm = 600;
    float min_target_px = 44;  // smallest touch target: 12 mm across
    float mm(float millimetres) const { return millimetres * px_per_mm; }
    bool portrait() const { return height_px > width_px; }
};

ScreenMetrics screen_metrics(const DisplayConfig& display, int width_px, int height_px);

// Body type size in pixels before the measure is checked: the configured size in
// points as seen from the reference distance, scaled to the actual viewing distance.
float nominal_body_px(const TypographyConfig& typography, const ScreenMetrics& screen);

}  // namespace kiosk
