#include "core/text_file.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <memory>

namespace kiosk {
namespace {

std::string megabytes(std::size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
    return buf;
}

}  // namespace

Result<std::size_t> regular_file_size(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return Diagnostic{path, 0, 0, "cannot be found or read"};
    if (S_ISDIR(st.st_mode)) return Diagnostic{path, 0, 0, "is a folder, not a file"};
    if (!S_ISREG(st.st_mode))
        return Diagnostic{path, 0, 0, "is not a regular file (a pipe or a device?); it is not read"};
    return static_cast<std::size_t>(st.st_size);
}

Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes, const std::string& what) {
    auto size = regular_file_size(path);
    if (!size) return Diagnostic{path, 0, 0, what + " " + size.error().message};
    if (size.value() > max_bytes)
        return Diagnostic{path, 0, 0,
                          what + " is " + megabytes(size.value()) + "; the limit is " + megabytes(max_bytes)};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Diagnostic{path, 0, 0, "cannot open " + what};
    std::string text;
    text.resize(size.value());
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    // A file growing while it is read is read up to the limit, no further.
    return text;
}

std::size_t find_control_character(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) return i;
    }
    return std::string::npos;
}

std::string control_character_name(const std::string& text, std::size_t at) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(text[at])));
    return buf;
}

std::string trim_space(const std::string& text) {
    const auto b = text.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return text.substr(b, text.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace kiosk
