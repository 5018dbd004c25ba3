// The kiosk under a service manager: SIGTERM and SIGINT end it cleanly within a
// second (exit 0, the visitor's session closed in the database, a log line); SIGHUP
// reads the content again.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace kiosk {
namespace {

// Runs `command` in the background, waits until it is running (its --ready-file, and then
// `condition`, a shell test, if given: up to a minute each), sends `signal`, and prints
// "rc=N ms=M": its exit code and how long it took to go after the signal. No sleep: a busy
// machine makes the wait longer, never the test wrong.
test::RunResult signal_when(const std::string& command, const std::string& signal, const std::string& ready_file,
                            const std::string& condition = "") {
    auto wait = [](const std::string& test) {
        return "for i in $(seq 1200); do " + test + " && break; sleep 0.05; done; ";
    };
    return test::run(
        "(" + command + " --ready-file '" + ready_file + "') > /dev/null 2>&1 & pid=$!; " +
        wait("[ -s '" + ready_file + "' ]") + (condition.empty() ? "" : wait(condition)) + "kill -" + signal +
        " $pid; start=$(date +%s%N); wait $pid; rc=$?; echo rc=$rc ms=$(( ($(date +%s%N) - start) / 1000000 ))");
}

int value_after(const std::string& text, const std::string& key) {
    const auto at = text.find(key + "=");
    return at == std::string::npos ? -1 : std::stoi(text.substr(at + key.size() + 1));
}

TEST(Service, GivenSigtermThenTheRunningKioskStopsWithinASecondWithExitZero) {
    const std::string dir = test::data_copy("sigterm");
    // The whole interactive kiosk, on SDL's offscreen video driver (no display needed).
    // That driver starts Mesa's EGL, which leaks at exit after it is unloaded, where
    // LeakSanitizer cannot name it to leave it out: leaks are looked for in every other test.
    const std::string leaks = test::sanitized() ? "ASAN_OPTIONS=detect_leaks=0 " : "";
    const std::string kiosk = leaks + "SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy " + test::kiosk_binary() +
                              " --config " + dir + "/config/kiosk.toml --size 800x480 --scene telegram";
    // A sanitized kiosk takes longer to unwind; the second is the promise of the real one.
    const int limit_ms = test::sanitized() ? 3000 : 1000;
    for (const std::string sig : {"TERM", "INT"}) {
        // Signalled once it is running (its ready file says so), not while it starts.
        const auto r = signal_when(kiosk, sig, dir + "/ready-" + sig);
        EXPECT_EQ(value_after(r.output, "rc"), 0) << sig << ": " << r.output;
        const int ms = value_after(r.output, "ms");
        EXPECT_GE(ms, 0);
        EXPECT_LT(ms, limit_ms) << sig;
    }
    const std::string log = test::read_file(dir + "/data/kiosk.log");
    EXPECT_NE(log.find("stopping: SIGTERM from the service manager"), std::string::npos) << log;
    EXPECT_NE(log.find("stopping: SIGINT from the service manager"), std::string::npos) << log;
}

TEST(Service, GivenTheInteractiveKioskThenItsFrameTimesReachTheHealthFile) {
    const std::string dir = test::data_copy("frames-interactive");
    std::ofstream(dir + "/local.toml") << "[metrics]\ntextfile = \"" << dir << "/kiosk.prom\"\ninterval_s = 1\n";
    const std::string leaks = test::sanitized() ? "ASAN_OPTIONS=detect_leaks=0 " : "";
    // The attract loop moves by itself, drawn only when its picture changes (about 4
    // frames a second with nobody there; it drew 30 a second before). Counted against the
    // picture's changes, not the clock: stopped once it has drawn a few frames by itself.
    const auto r = signal_when(
        leaks + "SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy " + test::kiosk_binary() + " --config " + dir +
            "/config/kiosk.toml --local-config " + dir + "/local.toml --size 800x480 --scene attract",
        "TERM", dir + "/ready",
        "awk '/^kiosk_picture_changes_total / { n = $2 } END { exit !(n >= 5) }' '" + dir + "/kiosk.prom' 2>/dev/null");
    EXPECT_EQ(value_after(r.output, "rc"), 0) << r.output;
    const std::string prom = test::read_file(dir + "/kiosk.prom");
    EXPECT_NE(prom.find("kiosk_up 0"), std::string::npos) << prom;
    auto counter = [&](const std::string& name) {
        const auto at = prom.find("\n" + name + " ");
        return at == std::string::npos ? -1.0 : std::stod(prom.substr(at + name.size() + 2));
    };
    const double drawn = counter("kiosk_frames_drawn_total"), changes = counter("kiosk_picture_changes_total");
    EXPECT_GE(drawn, 5) << "it draws by itself, with nobody there: " << prom;
    EXPECT_GE(changes, 5) << prom;
    // One frame for each change of the picture (and the first), not one per tick.
    EXPECT_LE(drawn, changes + 2) << prom;
    EXPECT_NE(prom.find("kiosk_frame_time_seconds{quantile=\"0.99\"}"), std::string::npos);
}

TEST(Service, GivenSigtermDuringAVisitThenTheSessionIsClosedInTheDatabase) {
    const std::string dir = test::data_copy("sigterm-session");
    // A visitor touches the attract loop and opens the timeline; the kiosk is stopped
    // while they read.
    std::ofstream(dir + "/s.replay")
        << "0 down 1 0.5 0.5\n60 up 1 0.5 0.5\n1000 key Tab\n1100 key Tab\n1200 key Return\n1300 state " << dir
        << "/reading.json\n1300 sleep 60000\n";
    const auto r = signal_when(test::kiosk_binary() + " --headless --config " + dir + "/config/kiosk.toml --replay " +
                                   dir + "/s.replay" + " --analytics " + dir + "/data/analytics.sqlite",
                               "TERM", dir + "/ready", "[ -s '" + dir + "/reading.json' ]");
    EXPECT_EQ(value_after(r.output, "rc"), 0) << r.output;
    EXPECT_LT(value_after(r.output, "ms"), test::sanitized() ? 3000 : 1000);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2((dir + "/data/analytics.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* q = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT kind FROM events ORDER BY id", -1, &q, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    std::vector<std::string> kinds;
    while (sqlite3_step(q) == SQLITE_ROW) kinds.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    sqlite3_close(db);
    ASSERT_FALSE(kinds.empty());
    EXPECT_EQ(kinds.front(), "session_start");
    EXPECT_EQ(kinds.back(), "session_end");
}

TEST(Service, GivenSighupThenTheContentIsReadAgain) {
    const std::string dir = test::data_copy("sighup");
    // The replay waits (in real time) until the kiosk has read its content again.
    std::ofstream(dir + "/s.replay") << "0 state " + dir + "/a.json\n10 reloaded\n20 state " + dir + "/b.json\n";
    const auto r = signal_when(test::kiosk_binary() + " --headless --config " + dir +
                                   "/config/kiosk.toml --scene telegram --replay " + dir + "/s.replay",
                               "HUP", dir + "/ready", "[ -s '" + dir + "/a.json' ]");
    EXPECT_EQ(value_after(r.output, "rc"), 0) << r.output;
    nlohmann::json a, b;
    std::ifstream(dir + "/a.json") >> a;
    std::ifstream(dir + "/b.json") >> b;
    EXPECT_EQ(a["content_version"], 1);
    EXPECT_EQ(b["content_version"], 2) << "read again on SIGHUP, with no file changed";
    EXPECT_EQ(b["scene"], "telegram");
}

}  // namespace
}  // namespace kiosk
