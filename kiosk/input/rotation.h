// A screen mounted on its side: the kiosk draws upright into a logical canvas that is
// turned by 90, 180 or 270 degrees (clockwise) onto the panel, and touches on the panel
// are turned back. SDL's KMSDRM driver rotates neither, so the kiosk does both. Pure maths.
#pragma once

namespace kiosk {

struct Point {
    float x = 0, y = 0;
};

class DisplayRotation {
public:
    DisplayRotation(int degrees, int output_w_px, int output_h_px);
    int degrees() const { return deg_; }
    int logical_w() const { return (deg_ == 90 || deg_ == 270) ? out_h_ : out_w_; }
    int logical_h() const { return (deg_ == 90 || deg_ == 270) ? out_w_ : out_h_; }
    // Where a point of the upright canvas appears on the panel, and back.
    Point to_output(Point logical) const;
    Point to_logical(Point output) const;

private:
    int deg_;
    int out_w_, out_h_;
};

}  // namespace kiosk
