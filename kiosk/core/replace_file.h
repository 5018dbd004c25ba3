// Writing a file whole: to a new file beside it, then renamed over it, so a power cut
// or a reader at the wrong moment sees the old file or the new, never half of one
// (node_exporter reads the metrics file at any moment; a cut config would be lost).
#pragma once

#include <string>
#include <vector>

namespace kiosk {

// Returns an empty string, or why the file could not be written (nothing is left behind).
// `mode`: the new file's permissions (0: the process's default).
std::string replace_file(const std::string& path, const std::string& contents, unsigned mode = 0);

// Why `path` cannot be one of the kiosk's own state files (the health file, the log, the
// analytics database), or "": it must be a regular file or not yet exist, never a link,
// a device or a folder (as root, a rename over /dev/full replaced the device), and never
// the same file as any of `others` (the metrics file pointed at the database replaced it).
std::string not_own_state_file(const std::string& path, const std::vector<std::string>& others);

}  // namespace kiosk
