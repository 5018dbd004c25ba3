// What is drawn over a scene for a moment: the "Still reading?" warning before the
// idle reset, the shade under a pressed finger, and the short dip to paper between
// screens. Plain geometry, like the scenes themselves.
#pragma once

#include "scenes/scene.h"

namespace kiosk {

// The idle warning: a veil over the screen and a card with a countdown.
SceneGeometry idle_warning_overlay(const SceneContext& ctx, int seconds_left);

// A soft shade of ink over what the finger is on: immediate, before any action.
SceneRect pressed_shade(const RectF& window_box, Color ink);

// A visible focus ring for the keyboard: a band of the accent around the box.
std::vector<SceneRect> focus_ring(const RectF& box, Color accent);

// The paper-coloured veil of a screen change, `progress` from 0 (opaque) to 1 (gone).
SceneRect transition_veil(int width_px, int height_px, Color paper, double progress);

}  // namespace kiosk
