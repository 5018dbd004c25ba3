// A time scale made of pieces: each piece of time (an era) gets at least a given width
// (room for its name) and otherwise a width in proportion to its length. The overview
// strip uses it, so a three-year era is as readable as a century. Monotonic, so a
// position on the strip always means one day and back. Pure maths.
#pragma once

#include <vector>

namespace kiosk {

struct ScalePiece {
    double from_day = 0, to_day = 0;
    float min_width_px = 0;
};

class PiecewiseScale {
public:
    PiecewiseScale() = default;
    // Pieces in time order, not overlapping; time between them and before and after
    // them (within [from_day, to_day]) gets no minimum. If the minimums alone exceed
    // the width they are shrunk in proportion.
    PiecewiseScale(const std::vector<ScalePiece>& pieces, double from_day, double to_day, float x0_px, float x1_px);

    float x_of(double day) const;
    double day_of(float x_px) const;
    float x0_px() const { return xs_.empty() ? 0 : xs_.front(); }
    float x1_px() const { return xs_.empty() ? 0 : xs_.back(); }

private:
    std::vector<double> days_;  // breakpoints, ascending
    std::vector<float> xs_;     // their positions, ascending
};

}  // namespace kiosk
