#include "app/options.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string_view>

namespace kiosk {

std::string usage_text() {
    return R"(Usage: kiosk [options]
  --config FILE        configuration (default: config/kiosk.toml)
  --size WxH           a window of this size instead of fullscreen
  --lang CODE          start language (en, ru)
  --high-contrast      start with the high-contrast theme
  --reduced-motion     start with less motion (as a visitor can choose)
  --text-size STEP     start at this "larger text" step (0, 1, 2 …)
  --headless           no display needed (software rendering)
  --renderer NAME      with a display: auto, gl or software (default: [display] renderer)
  --scene NAME         start screen: attract, home, telegram, timeline, event:ID
  --screenshot FILE    render the start screen (or the end of --replay) to PNG and exit
  --dump-layout FILE   write the scene's lines and touch targets as JSON
  --dump-state FILE    write the app's state as JSON
  --replay FILE        drive the app from a script on a virtual clock
  --ready-file FILE    write the process id to FILE once the kiosk runs (signals handled,
                       first frame shown): what a script waits for before it signals
  --audio-out FILE     write what would have been heard (Listen) as a WAV file
  --document FILE[#ID] show this TEI document in the reader
  --check              validate configuration, content and fonts; exit 0 when there
                       are no errors (warnings are printed and counted), else 1
  --strict             with --check: warnings count as errors
  --set-pin            set the curator PIN (stored as a salted hash in the configuration)
  --report             print the anonymous visitor report (sessions, events opened)
  --report-csv FILE    also write the report as CSV
  --report-png FILE    also draw the report as one page (PNG)
  --from DAY, --to DAY the report's range of days, YYYY-MM-DD, inclusive
  --analytics FILE     count this run's visitors in FILE (headless and replay runs count
                       none otherwise); with --report, a database to read (repeatable)
  --local-config FILE  this computer's own settings (name, screen, PIN) read over the
                       configuration, which a content repository may share among kiosks
  --import FILE        turn a TimelineJS timeline (.json, or the sheet as .csv) into the
                       kiosk's timeline file, and list what could not come over
  --output FILE        where --import writes (default: beside FILE, ending .kiosk.csv)
  --version            print the version
)";
}

namespace {

// Options that are a switch.
const std::map<std::string_view, bool Options::*> switches = {
    {"--high-contrast", &Options::high_contrast},
    {"--reduced-motion", &Options::reduced_motion},
    {"--headless", &Options::headless},
    {"--check", &Options::check},
    {"--strict", &Options::strict},
    {"--set-pin", &Options::set_pin},
    {"--report", &Options::report},
    {"--help", &Options::help},
    {"-h", &Options::help},
    {"--version", &Options::version},
};

// Options that take a word or a file, kept as given.
const std::map<std::string_view, std::string Options::*> words = {
    {"--config", &Options::config_path},    {"--local-config", &Options::local_config},
    {"--lang", &Options::language},         {"--scene", &Options::scene},
    {"--screenshot", &Options::screenshot}, {"--dump-layout", &Options::dump_layout},
    {"--dump-state", &Options::dump_state}, {"--replay", &Options::replay},
    {"--ready-file", &Options::ready_file}, {"--audio-out", &Options::audio_out},
    {"--document", &Options::document},     {"--import", &Options::import_path},
    {"--from", &Options::report_from},      {"--to", &Options::report_to},
    {"--output", &Options::output},
};

// Options whose value is checked, or which set more than one thing.
const std::set<std::string_view> checked = {"--size",       "--text-size",  "--renderer",
                                            "--report-csv", "--report-png", "--analytics"};

// Applies one of `checked`: "" or what the value should have been.
std::string apply_checked(std::string_view a, const std::string& v, Options& o) {
    if (a == "--size") {
        const auto x = v.find('x');
        char* end = nullptr;
        const long w = x == std::string::npos ? 0 : std::strtol(v.c_str(), &end, 10);
        const long h = x == std::string::npos ? 0 : std::strtol(v.c_str() + x + 1, &end, 10);
        if (w < 160 || h < 120 || w > 16384 || h > 16384) return "--size expects WIDTHxHEIGHT, like 1920x1080";
        o.width_px = static_cast<int>(w);
        o.height_px = static_cast<int>(h);
    } else if (a == "--text-size") {
        char* end = nullptr;
        const long step = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end != '\0' || step < 0 || step > 9) return "--text-size expects a step from 0 to 9";
        o.text_step = static_cast<int>(step);
    } else if (a == "--renderer") {
        o.renderer = v;
        if (v != "auto" && v != "gl" && v != "software") return "--renderer expects auto, gl or software";
    } else if (a == "--report-csv" || a == "--report-png") {
        o.report = true;
        (a == "--report-csv" ? o.report_csv : o.report_png) = v;
    } else if (a == "--analytics") {
        o.analytics.push_back(v);
    }
    return {};
}

}  // namespace

ParsedOptions parse_options(int argc, const char* const* argv) {
    ParsedOptions out;
    Options& o = out.options;
    for (int i = 1; i < argc && out.error.empty(); ++i) {
        std::string_view a = argv[i];
        // Accept --flag=value too.
        std::optional<std::string> inline_value;
        if (a.rfind("--", 0) == 0) {
            if (auto eq = a.find('='); eq != std::string_view::npos) {
                inline_value = std::string(a.substr(eq + 1));
                a = a.substr(0, eq);
            }
        }
        // The option's value: after "=", else the next argument.
        auto value = [&]() -> std::optional<std::string> {
            if (inline_value) return inline_value;
            if (i + 1 >= argc) {
                out.error = std::string(a) + " needs a value";
                return std::nullopt;
            }
            return std::string(argv[++i]);
        };
        if (const auto sw = switches.find(a); sw != switches.end()) {
            o.*(sw->second) = true;
        } else if (const auto w = words.find(a); w != words.end()) {
            if (const auto v = value()) o.*(w->second) = *v;
        } else if (checked.contains(a)) {
            if (const auto v = value()) out.error = apply_checked(a, *v, o);
        } else {
            out.error = "unknown option " + std::string(a);
        }
    }
    if (!o.screenshot.empty() || !o.dump_layout.empty() || !o.dump_state.empty() || !o.replay.empty() ||
        !o.audio_out.empty())
        o.headless = true;
    return out;
}

std::string find_default_config() {
    namespace fs = std::filesystem;
    std::error_code ec;
    // Beside an installed binary: PREFIX/bin/kiosk → PREFIX/share/kiosk/config/kiosk.toml.
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    const std::string installed =
        ec ? std::string() : (exe.parent_path().parent_path() / "share/kiosk/config/kiosk.toml").string();
    if (fs::exists("config/kiosk.toml", ec)) return "config/kiosk.toml";
    // Run from a folder inside the content (assets/, config/): its root above.
    for (fs::path dir = fs::current_path(ec); !ec && dir.has_relative_path(); dir = dir.parent_path())
        if (fs::exists(dir / "config/kiosk.toml", ec)) return (dir / "config/kiosk.toml").string();
    const std::string candidates[] = {installed, KIOSK_SOURCE_ROOT "/config/kiosk.toml",
                                      KIOSK_INSTALL_DATADIR "/config/kiosk.toml"};
    for (const auto& c : candidates)
        if (!c.empty() && fs::exists(c, ec)) return c;
    return "config/kiosk.toml";
}

DocumentChoice choose_document(const std::string& document_option, const std::string& config_file,
                               const std::string& config_id) {
    if (document_option.empty()) return {config_file, config_id};
    const auto hash = document_option.find('#');
    if (hash == std::string::npos) return {document_option, {}};
    return {document_option.substr(0, hash), document_option.substr(hash + 1)};
}

std::string state_file_path(const std::string& data_dir, const std::string& relative) {
    namespace fs = std::filesystem;
    if (relative.empty() || relative[0] == '/') return relative;
    // Under systemd (StateDirectory=kiosk) the installed data folder is read-only.
    if (const char* state = std::getenv("STATE_DIRECTORY"); state && *state)
        return (fs::path(state) / fs::path(relative).filename()).string();
    return (fs::path(data_dir) / relative).lexically_normal().string();
}

}  // namespace kiosk
