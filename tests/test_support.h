// Shared helpers for the tests: paths to the project's files and a tiny process runner.
#pragma once

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace kiosk::test {

inline std::string source_path(const std::string& relative) { return std::string(KIOSK_SOURCE_ROOT) + "/" + relative; }
inline std::string fixture(const std::string& name) { return std::string(KIOSK_TEST_FIXTURES) + "/" + name; }

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
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

inline std::string kiosk_binary() { return KIOSK_BINARY; }

// A fresh temporary directory for one test.
inline std::string temp_dir(const std::string& name) {
    const std::string dir = std::string("/tmp/kiosk-test-") + name + "-" + std::to_string(::getpid());
    run("rm -rf '" + dir + "' && mkdir -p '" + dir + "'");
    return dir;
}

// A copy of the project's data folder (config, assets, fonts) to edit or break.
inline std::string data_copy(const std::string& name) {
    const std::string dir = temp_dir(name);
    run("cp -r '" + source_path("config") + "' '" + source_path("assets") + "' '" + source_path("fonts") + "' '" + dir + "/'");
    return dir;
}

}  // namespace kiosk::test
