// The process's own resident memory, read from /proc (for curator mode, the state
// dump and the metrics).
#pragma once

namespace kiosk {

// Resident set size in KiB; 0 where it cannot be read.
long resident_memory_kb();

// The allocator keeps memory freed by a long read-aloud or a relayout for reuse; a
// kiosk that runs for months gives it back when no visitor is there. Call at quiet
// moments (the idle reset); it costs a few milliseconds.
void give_back_free_memory();

// Large buffers (a synthesised speech, an atlas page) are mapped on their own and
// returned when freed, instead of the allocator raising its threshold after the first
// one and keeping every later one in the heap. Call once at start.
void keep_large_buffers_apart();

}  // namespace kiosk
