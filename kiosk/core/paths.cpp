#include "core/paths.h"

#include <filesystem>

namespace kiosk {

bool inside_folder(const std::string& folder, const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    if (ec) return false;
    const fs::path target = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return false;
    // Compare whole components: /data/kiosk-evil is not inside /data/kiosk.
    auto r = root.begin(), t = target.begin();
    for (; r != root.end(); ++r, ++t) {
        if (r->empty()) continue;  // a trailing separator
        if (t == target.end() || *r != *t) return false;
    }
    return true;
}

}  // namespace kiosk
