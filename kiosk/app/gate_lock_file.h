// The PIN pad's lock-out on disk (data/curator-lock.json), in wall-clock time, so a
// restart neither lifts nor lengthens it.
#pragma once

#include <optional>
#include <string>

#include "app/curator_gate.h"

namespace kiosk {

inline constexpr const char* gate_lock_file = "data/curator-lock.json";

// Who reads it: the running kiosk sets a damaged file aside (renamed .damaged); a preview
// or a replay only reads it, and leaves the file for the kiosk that owns it.
enum class LockFileUse { owner, look_only };
std::optional<CuratorGate::Lock> load_gate_lock(const std::string& path, LockFileUse use = LockFileUse::owner);
void save_gate_lock(const CuratorGate::Lock& lock, const std::string& path);

}  // namespace kiosk
