// Watches the content's folders and says when an edit is ready to load: a moment
// (250 ms of real time) after the last write, since editors save in several steps.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace kiosk {

class FileWatcher;

class ReloadWatcher {
public:
    ReloadWatcher();
    ~ReloadWatcher();
    // Starts watching; a folder that cannot be watched is logged, never fatal.
    // `own_files`: names of files the kiosk itself writes there (its health file, its
    // log), whose changes are not edits; with their ".new" twins.
    void watch(const std::vector<std::string>& folders, const std::vector<std::string>& own_files = {});
    bool watching() const { return watcher_ != nullptr; }
    // True once when the files changed and have been quiet for the debounce time.
    bool edit_ready(double real_now_ms);

    static constexpr double debounce_ms = 250;

private:
    std::vector<std::string> own_files_;
    std::unique_ptr<FileWatcher> watcher_;
    double change_seen_ms_ = -1;
};

}  // namespace kiosk
