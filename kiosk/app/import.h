// kiosk --import FILE: a museum's TimelineJS timeline (its JSON, or its sheet exported
// as CSV) written as the kiosk's own timeline file, with a list of what did not come
// over (rows left out, pictures on the web, HTML the kiosk does not show, times of day).
#pragma once

#include "app/options.h"

namespace kiosk {

// The file --import writes when --output is not given: "x.json" → "x.kiosk.csv".
std::string import_output_path(const std::string& input);

// 0: written (perhaps with things left behind, listed); 1: nothing could be read, or the
// output exists already (never overwritten: it may be the curator's work).
int run_import(const Options& options);

}  // namespace kiosk
