// The timeline's colours that are not the theme's: a colour for each group of events,
// and each era's band; in high contrast, darker groups (7:1 on white) and plain bands.
#pragma once

#include <cstddef>

#include "content/timeline.h"
#include "scenes/scene.h"

namespace kiosk {

// By the group's key: the six known groups have their own colours; any other takes the
// next of six more in the order the timeline first uses it; no group, the theme's ink.
Color group_colour(const SceneContext& ctx, const std::string& group);
// The group's name for the visitor: translated for the six known ones, else as written.
std::string group_label(const TimelineEvent& event, const UiWords& words, const std::string& language);
Color era_colour(const SceneContext& ctx, const TimelineEra& era, std::size_t index);

// Each group's marker has its own shape as well as its colour, so that groups are told
// apart by those who do not see the hues (WCAG 1.4.1, "not by colour alone").
enum class MarkerShape { circle, square, diamond, triangle, ring, frame };
MarkerShape group_shape(const SceneContext& ctx, const std::string& group);
// A marker of `shape` centred on (cx, cy), `r` from its centre to its sides; hollow
// shapes are filled with `paper` inside.
void add_marker(std::vector<SceneRect>& out, MarkerShape shape, float cx, float cy, float r, Color colour, Color paper);

// The soft marker behind the word being read aloud: amber over the paper, stronger in
// high contrast; the ink stays readable on it (AA, and AAA in high contrast).
Color reading_highlight(const ThemeConfig& theme, bool high_contrast);

}  // namespace kiosk
