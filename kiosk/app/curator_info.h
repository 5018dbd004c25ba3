// What curator mode reports about the running kiosk, gathered from its parts.
#pragma once

#include "app/content_store.h"
#include "app/frame_times.h"
#include "app/run_state.h"
#include "platform/analytics_store.h"
#include "scenes/curator_scene.h"
#include "scenes/screen_metrics.h"

namespace kiosk {

CuratorInfo curator_info(const ContentStore& content, const RunState& run, const ScreenMetrics& screen,
                         AnalyticsSink* analytics, std::string sound, const FrameTimes& frames);

// "1234 frames drawn: p50 2.5 ms, p95 4.0 ms, p99 6.3 ms; 0 over a 60 Hz frame", or empty.
std::string frame_times_line(const FrameTimes& frames);

}  // namespace kiosk
