// How deeply a TOML text nests (tables, dotted keys, arrays, inline tables), measured
// before it reaches toml++, whose parser and destructors recurse once per level: a
// file of 100,000 dotted keys would overflow the stack inside the library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kiosk {

// An error at the first place nesting passes `max_depth`, or nothing.
std::optional<Diagnostic> toml_too_deep(std::string_view text, const std::string& path, int max_depth);

}  // namespace kiosk
