// kiosk --check: validates the configuration, the content and the fonts.
#pragma once

#include "app/options.h"

namespace kiosk {

// Prints every problem as FILE:LINE:COL: message; returns 0 when all is well.
int run_check(const Options& options);

}  // namespace kiosk
