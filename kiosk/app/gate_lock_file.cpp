#include "app/gate_lock_file.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <system_error>

#include "core/limits.h"
#include "core/log.h"
#include "core/replace_file.h"
#include "core/text_file.h"

namespace kiosk {
namespace {

double unix_ms() {
    return static_cast<double>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
}

}  // namespace

std::optional<CuratorGate::Lock> load_gate_lock(const std::string& path, LockFileUse use) {
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)) || ec) return std::nullopt;
    // Through the one door (a regular file, a line of JSON), and every field checked for
    // its type: a damaged file must neither stop the start nor open the pad. It is set
    // aside for a look, and the pad starts locked as after a fresh lock-out.
    const auto text = read_text_file(path, limits::lock_file_bytes, "the PIN pad's lock-out");
    const nlohmann::json j = text ? nlohmann::json::parse(text.value(), nullptr, false) : nlohmann::json();
    const auto number = [&](const char* key) { return !j.contains(key) || j[key].is_number(); };
    const bool sound = j.is_object() && number("wrong_in_row") && number("lockouts") && number("locked_until_unix_ms");
    if (!sound) {
        const std::string aside = path + ".damaged";
        if (use == LockFileUse::owner)
            std::filesystem::rename(path, aside, ec);
        else
            ec = std::make_error_code(std::errc::operation_not_permitted);  // not this run's to move
        log::warn(path + ": damaged (" + (text ? std::string("not the lock-out's JSON") : text.error().message) +
                  (ec ? std::string() : "; set aside as " + aside) + "); the PIN pad starts locked for a minute");
        return CuratorGate::Lock{0, 1, CuratorGate::first_lockout_ms};
    }
    const auto whole = [&](const char* key) {
        const double v = j.value(key, 0.0);
        return std::isfinite(v) ? static_cast<int>(std::clamp(v, 0.0, 1e6)) : 0;
    };
    CuratorGate::Lock lock;
    lock.wrong_in_row = whole("wrong_in_row");
    lock.lockouts = whole("lockouts");
    const double until = j.value("locked_until_unix_ms", 0.0);
    // A lock-out longer than a day is damage too: the pad is locked for the longest one.
    lock.remaining_ms = std::isfinite(until) ? std::clamp(until - unix_ms(), 0.0, 24.0 * 3600 * 1000) : 0.0;
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
