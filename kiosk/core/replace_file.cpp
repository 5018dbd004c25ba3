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

}  // namespace kiosk
