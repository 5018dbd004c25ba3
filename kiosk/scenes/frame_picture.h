// One frame as the app decides it (App::frame()): the scene's prepared geometry and
// what the moment lays over it. A driver hands it to its renderer; the app never draws.
#pragma once

#include <optional>
#include <vector>

#include "scenes/scene_geometry.h"

namespace kiosk {

class GlyphAtlas;

// Rects drawn under the text (the word being read aloud), in their layer's coordinates:
// for the scene's own stack, and for its top stack (a card).
struct WordUnderlay {
    std::vector<SceneRect> scene, top;
};

// The size of what the app lays out for: the upright canvas, and how the panel is turned.
struct Canvas {
    int width_px = 0, height_px = 0;
    int rotation_deg = 0;
};

struct FramePicture {
    const SceneGeometry* scene = nullptr;  // nothing to draw yet: nullptr
    float scroll_px = 0;                   // the content layer's offset
    GlyphAtlas* atlas = nullptr;           // without fonts: only the colours are drawn
    std::vector<SceneRect> overlay;        // window pixels, drawn last (pressed shade, focus ring, veil)
    WordUnderlay underlay;
    std::optional<SceneGeometry> top;  // drawn over everything (the idle warning)
    // Changes when the image files may have changed (a reload): a renderer forgets the
    // pictures it keeps.
    unsigned long images_version = 0;
};

}  // namespace kiosk
