// Watches folders for changed files (Linux inotify), without blocking: the kiosk asks
// each frame whether anything changed. Editors save in many ways (write in place,
// write a temporary file and rename it), so whole folders are watched.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

// An owned file descriptor, closed on destruction.
class UniqueFd {
public:
    explicit UniqueFd(int fd = -1) : fd_(fd) {}
    ~UniqueFd();
    UniqueFd(UniqueFd&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    UniqueFd& operator=(UniqueFd&& o) noexcept;
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

class FileWatcher {
public:
    // Folders that do not exist are skipped (and reported).
    static Result<FileWatcher> create(const std::vector<std::string>& folders, Diagnostics& problems);
    // True if a file in a watched folder was written, created, renamed or deleted
    // since the last call; the names are collected for the log.
    bool poll(std::vector<std::string>* changed_names = nullptr);

private:
    UniqueFd fd_;
};

}  // namespace kiosk
