// The timeline's colours that are not the theme's: a colour for each group of events,
// and each era's band; in high contrast, darker groups (7:1 on white) and plain bands.
#pragma once

#include <cstddef>

#include "content/timeline.h"
#include "scenes/scene.h"

namespace kiosk {

Color group_colour(const SceneContext& ctx, Category group);
Color era_colour(const SceneContext& ctx, const TimelineEra& era, std::size_t index);

}  // namespace kiosk
