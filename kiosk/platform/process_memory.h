// The process's own resident memory, read from /proc (for curator mode, the state
// dump and the metrics).
#pragma once

namespace kiosk {

// Resident set size in KiB; 0 where it cannot be read.
long resident_memory_kb();

}  // namespace kiosk
