// Where pictures come from and how they fit: shared by the cards and the attract loop.
#pragma once

#include <string>

#include "scenes/scene.h"

namespace kiosk {

// A picture drawn for each language (a map lettered in Russian): "map.ru.png" beside
// "map.png" is shown in that language where it exists; else the one named. The named one
// is taken to be English.
std::string localized_picture(const SceneContext& ctx, const std::string& path, const std::string& language);

// The largest rectangle of the picture's proportions (`w_px` by `h_px`) inside `frame`,
// centred in it.
RectF contain(const RectF& frame, float w_px, float h_px);

}  // namespace kiosk
