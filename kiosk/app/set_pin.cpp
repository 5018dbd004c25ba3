#include "app/set_pin.h"

#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/limits.h"
#include "core/replace_file.h"
#include "core/text_file.h"
#include "platform/pin_hash.h"

namespace kiosk {
namespace {

// One line from standard input; on a terminal, without showing what is typed.
std::string ask(const char* prompt) {
    const bool tty = ::isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::cerr << prompt << std::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::cerr << '\n';
    }
    return trim_space(line);
}

bool is_key_line(const std::string& line, const std::string& key) {
    std::size_t i = line.find_first_not_of(" \t");
    if (i == std::string::npos || line.compare(i, key.size(), key) != 0) return false;
    i = line.find_first_not_of(" \t", i + key.size());
    return i != std::string::npos && line[i] == '=';
}

}  // namespace

std::string with_pin_hash(const std::string& toml_text, const std::string& hash) {
    std::istringstream in(toml_text);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    const std::string entry = "pin_hash = \"" + hash + "\"";
    bool in_curator = false, found_section = false, written = false;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        const std::string t = trim_space(l);
        if (!t.empty() && t[0] == '[') {
            if (in_curator && !written) {  // the section ends without a PIN line: add one
                out.push_back(entry);
                written = true;
            }
            in_curator = t.rfind("[curator]", 0) == 0;
            found_section = found_section || in_curator;
        }
        if (in_curator && (is_key_line(l, "pin") || is_key_line(l, "pin_hash"))) {
            if (!written) out.push_back(entry);
            written = true;
            continue;  // the plain PIN, or the old hash, goes
        }
        out.push_back(l);
    }
    if (in_curator && !written) {
        out.push_back(entry);
        written = true;
    }
    if (!found_section) {
        out.push_back("");
        out.push_back("[curator]");
        out.push_back(entry);
    }
    std::string text;
    for (const auto& l : out) text += l + '\n';
    return text;
}

int run_set_pin(const Options& options) {
    // With a local configuration, the PIN is this computer's own and goes there (a new
    // local file is made); the shared configuration is the content repository's.
    const bool local = !options.local_config.empty();
    const std::string path = local                         ? options.local_config
                             : options.config_path.empty() ? find_default_config()
                                                           : options.config_path;
    if (local && !std::filesystem::exists(path)) replace_file(path, "", 0640);
    auto text = read_text_file(path, limits::config_bytes, "the configuration");
    if (!text) {
        std::cerr << text.error().to_string() << '\n';
        return 1;
    }
    const std::string pin = ask("New curator PIN (4 to 12 digits): ");
    if (const auto weak = weak_pin_reason(pin)) {
        std::cerr << "That PIN is not accepted: " << *weak << ". Nothing was changed.\n";
        return 1;
    }
    if (::isatty(STDIN_FILENO) && ask("The same PIN again: ") != pin) {
        std::cerr << "The two PINs differ. Nothing was changed.\n";
        return 1;
    }
    const auto hash = hash_pin(pin);
    if (!hash) {
        std::cerr << "libsodium could not hash the PIN. Nothing was changed.\n";
        return 1;
    }
    // Written whole: a cut never leaves half a configuration. Not readable by others:
    // it holds the PIN's hash.
    if (const std::string why = replace_file(path, with_pin_hash(text.value(), *hash), 0640); !why.empty()) {
        std::cerr << why << ". Nothing was changed.\n";
        return 1;
    }
    std::cout << "The curator PIN is set: " << path << " now holds its hash, not the PIN.\n";
    return 0;
}

}  // namespace kiosk
