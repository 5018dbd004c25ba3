// Where a word of a readable paragraph stands on screen: found in the typeset lines
// themselves (their glyphs know their bytes), so the word being read is lit exactly
// where the page shows it, hyphen breaks included (two boxes then).
#pragma once

#include <vector>

#include "scenes/scene_geometry.h"

namespace kiosk {

struct WordBox {
    RectF box;  // in its layer's coordinates (content boxes scroll)
    Layer layer = Layer::fixed;
    bool on_top = false;  // in the top stack (a card) rather than the scene
    const SceneLine* line = nullptr;
};

std::vector<WordBox> word_boxes(const SceneGeometry& g, int paragraph, ByteRange bytes);

}  // namespace kiosk
