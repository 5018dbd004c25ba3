// Placing event labels so that none overlaps another: each label tries the lanes
// above the axis in turn; one that finds no room is left out (its event stays within
// reach through its marker on the axis). Pure geometry, unit-tested.
#pragma once

#include <vector>

namespace kiosk {

struct LabelRequest {
    int item = 0;         // caller's index (an event)
    float anchor_x = 0;   // the marker's x
    float width = 0;      // label box width
    int priority = 0;     // higher places first (the telegram and its reply)
};

struct PlacedLabel {
    int item = 0;
    int lane = 0;      // 0 is nearest the axis
    float left = 0;    // label box left edge
    float width = 0;
};

struct LabelLayout {
    std::vector<PlacedLabel> placed;
    std::vector<int> hidden;  // items that found no room, left to right
};

struct LabelLayoutParams {
    int lanes = 4;
    float gap_px = 16;          // between labels in a lane
    float min_x = 0, max_x = 1920;
};

LabelLayout place_labels(std::vector<LabelRequest> requests, const LabelLayoutParams& params);

}  // namespace kiosk
