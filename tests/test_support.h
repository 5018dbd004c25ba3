// Shared helpers for the tests: paths to the project's files and a tiny process runner.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>

namespace kiosk::test {

inline std::string source_path(const std::string& relative) {
    return std::string(KIOSK_SOURCE_ROOT) + "/" + relative;
}
inline std::string fixture(const std::string& name) {
    return std::string(KIOSK_TEST_FIXTURES) + "/" + name;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The 1-based line of a file where `needle` first appears (0 if it does not), so tests
// that name a line follow the content files as they grow.
inline int line_of(const std::string& path, const std::string& needle) {
    std::ifstream in(path);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
        if (line.find(needle) != std::string::npos) return n;
    return 0;
}

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

// Runs a shell command, capturing its output.
inline RunResult run(const std::string& command) {
    RunResult r;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return r;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, pipe)) r.output.append(buf, n);
    const int status = pclose(pipe);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// The kiosk the tests start; under emulation (scripts/arm64.sh: the suite built for arm64
// and run by qemu-aarch64) with the emulator in front of it, as no binfmt handler may
// be there to start an arm64 program by itself.
inline std::string kiosk_binary() {
    const char* emulator = std::getenv("KIOSK_TEST_EMULATOR");
    return emulator && *emulator ? std::string(emulator) + " " + KIOSK_BINARY : KIOSK_BINARY;
}

// Without the spaces and line breaks around it (a command's one-line answer).
inline std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

// Shell: wait (up to 30 s) until the kiosk has written FILE, i.e. reached that line of
// its replay (a test edits content while the kiosk runs, at a known moment).
inline std::string wait_for(const std::string& file) {
    return "for i in $(seq 600); do [ -s '" + file + "' ] && break; sleep 0.05; done; ";
}

// A JSON dump the kiosk wrote (a state, a layout); null where there is none.
inline nlohmann::json read_json(const std::string& path) {
    nlohmann::json j;
    std::ifstream in(path);
    if (in) in >> j;
    return j;
}
// Whether this suite and the kiosk it starts are built with ASan and UBSan
// (scripts/sanitize.sh): they run slower and hold freed memory in quarantine, so
// timings get more room and resident memory means nothing.
inline constexpr bool sanitized() {
#ifdef KIOSK_TESTS_SANITIZED
    return true;
#else
    return false;
#endif
}

// A fresh temporary directory for one test.
inline std::string temp_dir(const std::string& name) {
    const std::string dir = std::string("/tmp/kiosk-test-") + name + "-" + std::to_string(::getpid());
    run("rm -rf '" + dir + "' && mkdir -p '" + dir + "'");
    return dir;
}

// The centre of the last target with this id in a layout dump (the one drawn on top:
// for an event, its label rather than its marker), normalised to the window as replay
// scripts want it; {-1, -1} if there is none (or, with only_visible, none visible).
inline std::pair<double, double> target_centre(const nlohmann::json& layout, const std::string& id,
                                               bool only_visible = false) {
    std::pair<double, double> found{-1, -1};
    const double w = layout["size"][0], h = layout["size"][1];
    for (const auto& t : layout["targets"]) {
        if (t["id"] != id || (only_visible && !t["visible"].get<bool>())) continue;
        found = {(double(t["x"]) + double(t["w"]) / 2) / w, (double(t["y"]) + double(t["h"]) / 2) / h};
    }
    return found;
}

// Replay lines for a tap at a normalised point: finger 1 down, and up 60 ms later.
inline std::string tap_at(double t_ms, std::pair<double, double> p) {
    const std::string at = std::to_string(p.first) + " " + std::to_string(p.second);
    return std::to_string(t_ms) + " down 1 " + at + "\n" + std::to_string(t_ms + 60) + " up 1 " + at + "\n";
}

// Whether two boxes of a layout dump overlap by more than half a pixel.
inline bool boxes_overlap(const nlohmann::json& p, const nlohmann::json& q) {
    return double(p["x"]) + 0.5 < double(q["x"]) + double(q["w"]) &&
           double(q["x"]) + 0.5 < double(p["x"]) + double(p["w"]) &&
           double(p["y"]) + 0.5 < double(q["y"]) + double(q["h"]) &&
           double(q["y"]) + 0.5 < double(p["y"]) + double(p["h"]);
}

// A copy of the project's data folder (config, assets, fonts) to edit or break.
inline std::string data_copy(const std::string& name) {
    const std::string dir = temp_dir(name);
    run("cp -r '" + source_path("config") + "' '" + source_path("assets") + "' '" + source_path("fonts") + "' '" + dir +
        "/'");
    return dir;
}

}  // namespace kiosk::test
