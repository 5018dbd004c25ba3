#include "core/text_file.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <memory>

#include "core/text_position.h"

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
    // /proc and /sys call their files regular, with a size of nothing, and stream without
    // end (or, like /proc/self/mem, fail half-way): never content, wherever a link leads.
    if (const auto real = std::unique_ptr<char, decltype(&std::free)>(::realpath(path.c_str(), nullptr), &std::free)) {
        const std::string r = real.get();
        for (const char* kernel : {"/proc/", "/sys/", "/dev/"})
            if (r.rfind(kernel, 0) == 0)
                return Diagnostic{path, 0, 0,
                                  "is one of the system's own files (" + r + "), not content; it is not read"};
    }
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
    // A file growing while it is read is read up to its size when it was measured, no
    // further; a read that fails half-way (a file the kernel refuses) is an error, not
    // an exception out of a start.
    try {
        std::ifstream in(path, std::ios::binary);
        if (!in) return Diagnostic{path, 0, 0, "cannot open " + what};
        std::string text;
        text.resize(size.value());
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        if (in.bad()) return Diagnostic{path, 0, 0, "cannot read " + what};
        text.resize(static_cast<std::size_t>(in.gcount()));
        return text;
    } catch (const std::exception& e) {
        return Diagnostic{path, 0, 0, "cannot read " + what + " (" + e.what() + ")"};
    }
}

namespace {

// The length of the valid UTF-8 sequence at `at`, or 0 (RFC 3629: no overlong forms,
// no surrogates, nothing past U+10FFFF).
std::size_t utf8_sequence_at(const std::string& s, std::size_t at) {
    const auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
    const unsigned b0 = byte(at);
    if (b0 < 0x80) return 1;
    const auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
        const unsigned b = byte(i);
        return i < s.size() && b >= lo && b <= hi;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF) return cont(at + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
        return cont(at + 1, lo, hi) && cont(at + 2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
        return cont(at + 1, lo, hi) && cont(at + 2) && cont(at + 3) ? 4 : 0;
    }
    return 0;
}

}  // namespace

std::optional<Diagnostic> invalid_utf8(const std::string& text, const std::string& path) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8_sequence_at(text, i);
        if (n) {
            i += n;
            continue;
        }
        const LineColumn at = line_column_at(text, i);
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[i])));
        return Diagnostic{path, at.line, at.column,
                          std::string("the text is not valid UTF-8 here (the byte ") + byte +
                              "); visitors see a replacement mark: save the file as UTF-8",
                          Diagnostic::Severity::warning};
    }
    return std::nullopt;
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
