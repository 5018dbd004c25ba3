#include "platform/file_watcher.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>

namespace kiosk {

UniqueFd::~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
}

UniqueFd& UniqueFd::operator=(UniqueFd&& o) noexcept {
    if (this != &o) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = o.fd_;
        o.fd_ = -1;
    }
    return *this;
}

Result<FileWatcher> FileWatcher::create(const std::vector<std::string>& folders, Diagnostics& problems) {
    FileWatcher w;
    w.fd_ = UniqueFd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
    if (w.fd_.get() < 0) return Diagnostic{"", 0, 0, std::string("cannot watch files: ") + std::strerror(errno)};
    std::set<std::string> seen;
    for (const auto& f : folders) {
        if (!seen.insert(f).second) continue;
        const uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;
        if (inotify_add_watch(w.fd_.get(), f.c_str(), mask) < 0)
            problems.push_back({f, 0, 0, std::string("cannot watch this folder for edits: ") + std::strerror(errno),
                                Diagnostic::Severity::warning});
    }
    return w;
}

bool FileWatcher::poll(std::vector<std::string>* changed_names) {
    bool changed = false;
    alignas(inotify_event) char buf[8192];
    for (;;) {
        const ssize_t n = ::read(fd_.get(), buf, sizeof buf);
        if (n <= 0) break;
        for (ssize_t off = 0; off < n;) {
            const auto* ev = reinterpret_cast<const inotify_event*>(buf + off);
            // Editors' swap and backup files are not content.
            const std::string name = ev->len ? ev->name : "";
            const bool noise = name.empty() || name[0] == '.' || name.back() == '~' ||
                               (name.size() > 4 && name.compare(name.size() - 4, 4, ".swp") == 0);
            if (!noise) {
                changed = true;
                if (changed_names) changed_names->push_back(name);
            }
            off += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
        }
    }
    return changed;
}

}  // namespace kiosk
