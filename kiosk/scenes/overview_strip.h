// The overview strip: a slim band under the axis showing the whole span, chapter by
// chapter (each era at least as wide as its name), the events as ticks, and a window
// marking what is on screen. Tapping it moves the view there; dragging moves the window.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "content/timeline.h"
#include "scenes/piecewise_scale.h"
#include "scenes/scene.h"

namespace kiosk {

class OverviewStrip {
public:
    // Shapes the era names for a strip `width_px` wide (names wrap onto two lines and
    // shrink, down to `min_font_px`, until they fit) and returns the height it needs.
    float prepare(const SceneContext& ctx, float width_px, float font_px, float min_font_px, double min_day,
                  double max_day, const std::function<Color(const TimelineEvent&)>& event_colour);
    // Places the strip; call after prepare().
    void place(float x_px, float y_px, float height_px);

    // Adds the strip, with its window over [from_day, to_day], to `g`.
    void draw(SceneGeometry& g, double from_day, double to_day) const;

    const RectF& box() const { return box_; }
    double day_at(float x_px) const { return scale_.day_of(x_px - box_.x); }
    float x_of(double day) const { return box_.x + scale_.x_of(day); }

private:
    struct Era {
        double from_day = 0, to_day = 0;
        Color background;
        std::vector<SceneLine> lines;  // the name, one or two lines, x from the piece's centre
        float name_w = 0;
    };
    struct Tick {
        double day = 0;
        Color colour;
    };
    std::vector<Era> eras_;
    std::vector<Tick> ticks_;
    PiecewiseScale scale_;
    RectF box_;
    double min_day_ = 0, max_day_ = 1;
    float line_h_ = 0;
    Color frame_, window_, paper_;
};

}  // namespace kiosk
