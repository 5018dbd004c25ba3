// kiosk --report: the anonymous visitor report from one or several kiosks' databases.
#pragma once

#include "app/options.h"
#include "content/config.h"
#include "content/visitor_report.h"
#include "core/result.h"

namespace kiosk {

// The report over the databases --analytics names (else the configured one), in the
// range --from/--to, events named from `timeline` (may be null).
Result<VisitorReport> gather_report(const Options& options, const Config& config, const Timeline* timeline);

// The report drawn as one page into a PNG; returns why not, or empty.
std::string save_report_png(const Config& config, const VisitorReport& report, const std::string& path, int width_px,
                            int height_px);

int run_report(const Options& options);

}  // namespace kiosk
