#include "app/reload_watcher.h"

#include <algorithm>

#include "core/log.h"
#include "platform/file_watcher.h"

namespace kiosk {

ReloadWatcher::ReloadWatcher() = default;
ReloadWatcher::~ReloadWatcher() = default;

void ReloadWatcher::watch(const std::vector<std::string>& folders, const std::vector<std::string>& own_files) {
    own_files_ = own_files;
    Diagnostics problems;
    auto w = FileWatcher::create(folders, problems);
    for (const auto& d : problems) log::warn(d.to_string());
    if (!w) {
        log::warn(w.error().to_string() + "; edits need a restart");
        return;
    }
    watcher_ = std::make_unique<FileWatcher>(std::move(w).value());
}

bool ReloadWatcher::edit_ready(double real_now_ms) {
    if (!watcher_) return false;
    std::vector<std::string> names;
    if (watcher_->poll(&names)) {
        // The kiosk's own writes (its health file beside the local settings) are not
        // edits: reloading on them would reload every few seconds.
        std::erase_if(names, [&](const std::string& n) {
            return std::find_if(own_files_.begin(), own_files_.end(), [&](const std::string& own) {
                       return !own.empty() && (n == own || n == own + ".new");
                   }) != own_files_.end();
        });
        if (!names.empty()) {
            change_seen_ms_ = real_now_ms;
            std::string list;
            for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
            log::info("edited: " + list);
        }
    }
    if (change_seen_ms_ >= 0 && real_now_ms - change_seen_ms_ >= debounce_ms) {
        change_seen_ms_ = -1;
        return true;
    }
    return false;
}

}  // namespace kiosk
