// kiosk --set-pin: asks for a new curator PIN (twice, unseen, on a terminal; one line
// from a pipe) and stores its salted hash in the configuration, in place of any PIN
// there, leaving the rest of the file as it was.
#pragma once

#include "app/options.h"

namespace kiosk {

int run_set_pin(const Options& options);

// The configuration text with `pin_hash = "HASH"` in its [curator] section and no
// plain `pin`; a section is added when there is none.
std::string with_pin_hash(const std::string& toml_text, const std::string& hash);

}  // namespace kiosk
