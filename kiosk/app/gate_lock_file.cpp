#include "app/gate_lock_file.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/log.h"
#include "core/replace_file.h"

namespace kiosk {
namespace {

double unix_ms() {
    return static_cast<double>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
}

}  // namespace

std::optional<CuratorGate::Lock> load_gate_lock(const std::string& path) {
    std::ifstream in(path);
    if (!in) return std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (!j.is_object()) {
        // A damaged lock file must not open the pad: treat it as a fresh lock-out.
        log::warn(path + ": unreadable; the PIN pad starts locked for a minute");
        return CuratorGate::Lock{0, 1, CuratorGate::first_lockout_ms};
    }
    CuratorGate::Lock lock;
    lock.wrong_in_row = j.value("wrong_in_row", 0);
    lock.lockouts = j.value("lockouts", 0);
    lock.remaining_ms = std::max(0.0, j.value("locked_until_unix_ms", 0.0) - unix_ms());
    return lock;
}

void save_gate_lock(const CuratorGate::Lock& lock, const std::string& path) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    const nlohmann::json j = {{"wrong_in_row", lock.wrong_in_row},
                              {"lockouts", lock.lockouts},
                              {"locked_until_unix_ms", lock.remaining_ms > 0 ? unix_ms() + lock.remaining_ms : 0.0}};
    // Written whole: a power cut leaves the old lock-out or the new, never half of each.
    if (const std::string why = replace_file(path, j.dump() + "\n"); !why.empty())
        log::warn(path + ": cannot write the PIN pad's lock-out (" + why + ")");
}

}  // namespace kiosk
