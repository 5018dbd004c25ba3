#include "input/rotation.h"

namespace kiosk {

DisplayRotation::DisplayRotation(int degrees, int output_w_px, int output_h_px)
    : deg_(((degrees % 360) + 360) % 360 / 90 * 90), out_w_(output_w_px), out_h_(output_h_px) {}

Point DisplayRotation::to_output(Point p) const {
    const float W = static_cast<float>(out_w_), H = static_cast<float>(out_h_);
    switch (deg_) {
        case 90:
            return {W - p.y, p.x};  // the canvas's top edge becomes the panel's right edge
        case 180:
            return {W - p.x, H - p.y};
        case 270:
            return {p.y, H - p.x};
        default:
            return p;
    }
}

Point DisplayRotation::to_logical(Point o) const {
    const float W = static_cast<float>(out_w_), H = static_cast<float>(out_h_);
    switch (deg_) {
        case 90:
            return {o.y, W - o.x};
        case 180:
            return {W - o.x, H - o.y};
        case 270:
            return {H - o.y, o.x};
        default:
            return o;
    }
}

}  // namespace kiosk
