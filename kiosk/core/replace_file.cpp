#include "core/replace_file.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace kiosk {

std::string replace_file(const std::string& path, const std::string& contents, unsigned mode) {
    const std::string part = path + ".new";
    std::error_code ec;
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        out << contents;
        out.close();
        if (!out) {
            std::filesystem::remove(part, ec);
            return "cannot write " + part;
        }
    }
    if (mode) ::chmod(part.c_str(), mode);
    std::filesystem::rename(part, path, ec);
    if (ec) {
        std::filesystem::remove(part, ec);
        return "cannot replace " + path + " (" + ec.message() + ")";
    }
    return {};
}

std::string not_own_state_file(const std::string& path, const std::vector<std::string>& others) {
    if (path.empty()) return {};
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0) {
        if (S_ISLNK(st.st_mode)) return path + " is a link; the kiosk writes only a file of its own there";
        if (!S_ISREG(st.st_mode))
            return path + " is not a regular file (a device or a folder?); the kiosk writes only a file of its own";
    }
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path mine = fs::weakly_canonical(fs::absolute(path, ec), ec);
    for (const auto& other : others) {
        if (other.empty()) continue;
        std::error_code oc;
        if (fs::weakly_canonical(fs::absolute(other, oc), oc) == mine)
            return path + " is also " + other + ", another of the kiosk's files; give each its own name";
    }
    return {};
}

}  // namespace kiosk
