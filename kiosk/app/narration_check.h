// kiosk --check on recorded narrations.
#pragma once

#include <string>

#include "content/document.h"
#include "content/timeline.h"
#include "core/result.h"

namespace kiosk {

// Every WebVTT script in `folder` (named ID.LANG.vtt, beside ID.LANG.ogg): its syntax
// and times, its cues within the recording, its words against the text it narrates.
Diagnostics check_narrations(const std::string& folder, const Document* document, const Timeline* timeline);

}  // namespace kiosk
