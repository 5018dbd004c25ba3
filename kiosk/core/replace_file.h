// Writing a file whole: to a new file beside it, then renamed over it, so a power cut
// or a reader at the wrong moment sees the old file or the new, never half of one
// (node_exporter reads the metrics file at any moment; a cut config would be lost).
#pragma once

#include <string>

namespace kiosk {

// Returns an empty string, or why the file could not be written (nothing is left behind).
// `mode`: the new file's permissions (0: the process's default).
std::string replace_file(const std::string& path, const std::string& contents, unsigned mode = 0);

}  // namespace kiosk
