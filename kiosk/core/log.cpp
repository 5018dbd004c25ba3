#include "core/log.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "core/limits.h"

namespace kiosk::log {
namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

struct State {
    Level level = Level::info;
    std::unique_ptr<std::FILE, FileCloser> file;
    std::string path;
    std::size_t max_bytes = 1 << 20;
    int keep = 3;
    bool journal = std::getenv("JOURNAL_STREAM") != nullptr;  // set by systemd for its services
    std::mutex mutex;
    // Repeats: per kind of message, the start of the current minute, lines written in it,
    // and lines left out.
    struct Repeats {
        double window_start_s = -1e18;
        int written = 0, left_out = 0;
    };
    std::map<std::string, Repeats> repeats;
};

// Lines of one kind (the same words, whatever the numbers) allowed a minute: a flood of
// edits, or a fault repeating every frame, must not push the useful lines out of a log
// capped at a megabyte.
constexpr int lines_per_minute = 5;

std::string kind_of(std::string_view message) {
    std::string k;
    for (char c : message) {
        if (c >= '0' && c <= '9') continue;
        k += c;
        if (k.size() >= 48) break;
    }
    return k;
}

// A message cut to the log's line limit, at a character boundary.
std::string_view capped(std::string_view message, std::string& storage) {
    if (message.size() <= limits::log_message_chars) return message;
    std::size_t cut = limits::log_message_chars;
    while (cut > 0 && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80) --cut;
    storage =
        std::string(message.substr(0, cut)) + "… (" + std::to_string(message.size() - cut) + " more bytes left out)";
    return storage;
}

State& state() {
    static State s;
    return s;
}

const char* level_name(Level level) {
    switch (level) {
        case Level::debug:
            return "debug";
        case Level::info:
            return "info";
        case Level::warning:
            return "warning";
        case Level::error:
            return "error";
    }
    return "?";
}

// sd-daemon(3) priority prefixes: the journal files the line at that level.
const char* journal_prefix(Level level) {
    switch (level) {
        case Level::debug:
            return "<7>";
        case Level::info:
            return "<6>";
        case Level::warning:
            return "<4>";
        case Level::error:
            return "<3>";
    }
    return "<6>";
}

void rotate(State& s) {
    s.file.reset();
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::remove(s.path + "." + std::to_string(s.keep), ec);
    for (int i = s.keep - 1; i >= 1; --i)
        fs::rename(s.path + "." + std::to_string(i), s.path + "." + std::to_string(i + 1), ec);
    fs::rename(s.path, s.path + ".1", ec);
    s.file.reset(std::fopen(s.path.c_str(), "a"));
}

}  // namespace

bool level_from_name(const std::string& name, Level& out) {
    for (Level l : {Level::debug, Level::info, Level::warning, Level::error})
        if (name == level_name(l)) {
            out = l;
            return true;
        }
    return false;
}

void set_level(Level level) {
    state().level = level;
}

bool set_file(const std::string& path, std::size_t max_bytes, int keep) {
    State& s = state();
    {
        std::lock_guard lock(s.mutex);
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
        s.file.reset(std::fopen(path.c_str(), "a"));
        s.path = path;
        s.max_bytes = max_bytes;
        s.keep = keep;
    }
    if (!s.file) {
        write(Level::warning, path + ": cannot open the log file; logging to stderr only");
        return false;
    }
    return true;
}

static void emit(State& s, Level level, std::string_view message);

void write(Level level, std::string_view message) {
    State& s = state();
    if (level < s.level) return;
    std::string storage;
    message = capped(message, storage);
    const double now_s = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    std::string summary;
    {
        std::lock_guard lock(s.mutex);
        State::Repeats& r = s.repeats[kind_of(message)];
        if (now_s - r.window_start_s >= 60) {
            if (r.left_out > 0)
                summary = std::to_string(r.left_out) + " more line(s) like the next were left out in the last minute";
            r = {now_s, 0, 0};
        }
        if (r.written >= lines_per_minute) {
            ++r.left_out;
            return;
        }
        ++r.written;
        if (s.repeats.size() > 512) s.repeats.clear();  // kinds are few; a flood of new ones resets
    }
    if (!summary.empty()) emit(s, Level::info, summary);
    emit(s, level, message);
}

static void emit(State& s, Level level, std::string_view message) {
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    std::lock_guard lock(s.mutex);
    if (s.journal) {
        std::fprintf(stderr, "%s%.*s\n", journal_prefix(level), static_cast<int>(message.size()), message.data());
    } else {
        std::fprintf(stderr, "%s kiosk %s: %.*s\n", stamp, level_name(level), static_cast<int>(message.size()),
                     message.data());
    }
    if (s.file) {
        std::fprintf(s.file.get(), "%s %s: %.*s\n", stamp, level_name(level), static_cast<int>(message.size()),
                     message.data());
        std::fflush(s.file.get());  // a crash must not lose the lines that explain it
        if (static_cast<std::size_t>(std::ftell(s.file.get())) >= s.max_bytes) rotate(s);
    }
}

}  // namespace kiosk::log
