// The visitor report as one page, drawn with the kiosk's own text engine: sessions per
// day, the busiest hours of the week, the most and least opened events, time on each
// screen, languages and comfort options. `kiosk --report-png` saves it; curator mode
// shows the same page for this kiosk.
#pragma once

#include "content/config.h"
#include "content/visitor_report.h"
#include "scenes/scene_geometry.h"
#include "scenes/screen_metrics.h"

namespace kiosk {

class TextEngine;

// `top_px`: where the page starts (curator mode keeps its bar above).
SceneGeometry report_page(TextEngine& text, const Config& config, const ScreenMetrics& screen,
                          const VisitorReport& report, float top_px = 0);

}  // namespace kiosk
