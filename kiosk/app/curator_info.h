// What curator mode reports about the running kiosk, gathered from its parts.
#pragma once

#include "app/content_store.h"
#include "app/run_state.h"
#include "platform/analytics_store.h"
#include "scenes/curator_scene.h"
#include "scenes/screen_metrics.h"

namespace kiosk {

CuratorInfo curator_info(const ContentStore& content, const RunState& run, const ScreenMetrics& screen,
                         AnalyticsSink* analytics, std::string sound);

}  // namespace kiosk
