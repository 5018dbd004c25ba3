// kiosk --report: the anonymous visitor report from the analytics database.
#pragma once

#include "app/options.h"

namespace kiosk {

int run_report(const Options& options);

}  // namespace kiosk
