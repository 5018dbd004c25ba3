// What Home's doors show of what lies behind them: the telegram's first page, set by
// the reader's own layout at a miniature size; the timeline's eras, with the
// telegram's moment marked. Plain geometry, made when Home is laid out.
#pragma once

#include "scenes/scene.h"

namespace kiosk {

// The document's first page, typeset small on a sheet of paper filling `box`.
void add_page_miniature(SceneGeometry& g, const SceneContext& ctx, const RectF& box);

// The eras as coloured bands across `box`, a thin axis, the events as ticks, and the
// document's event (if it has one) marked with its year.
void add_timeline_miniature(SceneGeometry& g, const SceneContext& ctx, const RectF& box);

}  // namespace kiosk
