// Placing event labels so that none overlaps another: each label tries the lanes
// above the axis in turn, starting at its marker (or ending there, near the right
// edge or where that finds room sooner); a tall label takes several lanes. One that
// finds no room is left out (its event stays within reach through its marker on the
// axis). Pure geometry, unit-tested.
#pragma once

#include <vector>

namespace kiosk {

struct LabelRequest {
    int item = 0;        // caller's index (an event)
    float anchor_x = 0;  // the marker's x
    float width = 0;     // label box width
    int priority = 0;    // higher places first (the telegram and its reply)
    int lanes = 1;       // how many lanes it takes, upwards from the one it is placed in
};

struct PlacedLabel {
    int item = 0;
    int lane = 0;    // 0 is nearest the axis
    float left = 0;  // label box left edge
    float width = 0;
};

struct LabelLayout {
    std::vector<PlacedLabel> placed;
    std::vector<int> hidden;  // items that found no room, left to right
};

struct LabelLayoutParams {
    int lanes = 4;
    float gap_px = 16;  // between labels in a lane
    float min_x = 0, max_x = 1920;
    // Among labels of one priority, the narrower first (more of them find room) rather
    // than left to right.
    bool narrow_first = false;
};

LabelLayout place_labels(std::vector<LabelRequest> requests, const LabelLayoutParams& params);

}  // namespace kiosk
