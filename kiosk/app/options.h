// The command line (names fixed by GUIDE.md; more options welcome).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct Options {
    std::string config_path;   // empty: found by find_default_config()
    std::string local_config;  // this computer's own settings, read over the configuration
    std::optional<int> width_px, height_px;
    std::string language;         // empty: the configured default
    bool high_contrast = false;   // start with the high-contrast theme (previews, tests)
    bool reduced_motion = false;  // start with less motion, whatever the configuration says
    int text_step = 0;            // start at this "larger text" step (0: the normal size)
    bool headless = false;
    std::string renderer;  // "auto", "gl" or "software"; empty: [display] renderer
    std::string scene = "attract";
    std::string screenshot;
    std::string dump_layout;
    std::string dump_state;
    std::string replay;
    std::string ready_file;  // written once signals are handled and the first frame is shown
    std::string audio_out;   // a WAV of what the kiosk would have played (headless runs)
    std::string document;    // FILE or FILE#ID
    bool check = false;
    bool strict = false;   // --check: warnings count as errors
    bool set_pin = false;  // ask for a new curator PIN and store its hash
    bool report = false;
    std::string report_csv;
    std::string report_png;              // the report drawn as one page
    std::string report_from, report_to;  // "YYYY-MM-DD", inclusive
    // Visitor counts go here, from this run (headless and replay runs count nobody
    // otherwise: only real visitors are counted); for --report, the databases to read.
    std::vector<std::string> analytics;
    std::string import_path;  // a TimelineJS JSON or sheet CSV to turn into the kiosk's timeline file
    std::string output;       // where --import writes (empty: beside the input)
    bool help = false;
    bool version = false;
};

struct ParsedOptions {
    Options options;
    std::string error;  // empty when the command line was understood
};

ParsedOptions parse_options(int argc, const char* const* argv);
std::string usage_text();

// ./config/kiosk.toml, else the source tree's, else the installed one.
std::string find_default_config();

// Which document the reader shows: `--document FILE[#ID]` if given, else the config's.
struct DocumentChoice {
    std::string file, id;
};
DocumentChoice choose_document(const std::string& document_option, const std::string& config_file,
                               const std::string& config_id);

// Where a writable file (analytics, log) goes: relative paths live in the data folder,
// or in systemd's state directory when the kiosk runs as a service.
std::string state_file_path(const std::string& data_dir, const std::string& relative);

}  // namespace kiosk
