#include "core/paths.h"

#include <algorithm>
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

std::vector<std::string> kiosk_data_dirs() {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<std::string> out;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    const std::string beside = ec ? std::string() : (exe.parent_path().parent_path() / "share/kiosk").string();
    for (const std::string& dir : {beside, std::string(KIOSK_INSTALL_DATADIR), std::string(KIOSK_SOURCE_ROOT)}) {
        if (dir.empty() || !fs::is_directory(dir, ec) || std::find(out.begin(), out.end(), dir) != out.end()) continue;
        out.push_back(dir);
    }
    return out;
}

}  // namespace kiosk
