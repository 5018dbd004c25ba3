// The curator's configuration (config/kiosk.toml): every key has a default, so an
// empty file is a valid configuration. Units are in the names.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/geometry.h"
#include "core/result.h"

namespace kiosk {

struct DisplayConfig {
    bool fullscreen = true;
    int width_px = 1920;  // window size when not fullscreen, and for previews
    int height_px = 1080;
    float diagonal_in = 0;          // 0: guessed from the resolution
    float viewing_distance_mm = 0;  // 0: guessed from the screen size
    int rotation_deg = 0;           // 0, 90, 180, 270
    bool hide_cursor = true;
    // "auto" (SDL's accelerated renderer, else its software one), "gl" or "software".
    // Under Mesa's software GL (llvmpipe, as in Xvfb) SDL's own software renderer is
    // the cheaper of the two.
    std::string renderer = "auto";
};

struct TypographyConfig {
    float body_size_pt = 24;  // as seen from reference_distance_mm
    float reference_distance_mm = 600;
    int measure_chars = 66;  // ideal characters a line
    int min_measure_chars = 45;
    int max_measure_chars = 75;
    float leading = 1.42f;            // line height / type size
    float font_expansion_pct = 2.0f;  // justified lines' glyphs widened or narrowed by up to this (0: off)
    std::vector<float> text_size_steps{1.0f, 1.2f, 1.45f};
};

struct ThemeConfig {
    Color paper{0xf4, 0xef, 0xe3};
    Color ink{0x1d, 0x1a, 0x16};
    Color muted{0x67, 0x5d, 0x4e};  // 5.6:1 on the paper, 5.0:1 on the bar (WCAG AA)
    Color accent{0x8c, 0x2f, 0x1f};
    Color bar{0xe9, 0xe2, 0xd2};
    std::string font_body = "fonts/EBGaramond08-Regular.otf";
    std::string font_body_italic = "fonts/EBGaramond08-Italic.otf";
    std::string font_display = "fonts/EBGaramond12-Regular.otf";
    std::string font_display_italic = "fonts/EBGaramond12-Italic.otf";
    std::string font_label = "fonts/Inter-Medium.otf";
    std::string font_label_strong = "fonts/Inter-SemiBold.otf";
};

struct ContentConfig {
    std::string document = "assets/telegram-661.1115-279.xml";
    std::string document_id;  // xml:id inside a FRUS volume; empty: the first
    std::string timeline = "assets/timeline.csv";
    std::string document_event = "telegram-1921";      // the timeline event the document belongs to
    std::string translations = "config/translations";  // <language>.toml files
    std::string hyphenation_en = "/usr/share/hyphen/hyph_en_US.dic";
    std::string hyphenation_ru = "/usr/share/hyphen/hyph_ru_RU.dic";
};

struct BehaviourConfig {
    int idle_timeout_ms = 90000;
    bool reduced_motion = false;
    std::string default_language = "en";
    std::vector<std::string> languages{"en", "ru"};
};

struct TouchConfig {
    // A finger must move this far before a touch becomes a drag. Android uses 8 dp
    // (1.3 mm); hurried fingers on a large, vertical public screen wobble more, and a
    // tap misread as a drag feels broken, so the kiosk allows twice that.
    float slop_mm = 2.5f;
    int long_press_ms = 500;
    int double_tap_ms = 300;
    float double_tap_slop_mm = 16.0f;
    float min_fling_mm_s = 8.0f;
    float max_fling_mm_s = 1270.0f;
};

struct TimelineConfig {
    // The view the timeline opens on: "YYYY", "YYYY-MM" or "YYYY-MM-DD". The years
    // around the telegram, so the story starts where the exhibit's document is.
    std::string opening_from = "1914";
    std::string opening_to = "1934";
    std::string start_at;     // an event's Id: centre the opening view on it instead
    bool title_slide = true;  // open on the title slide (the timeline file's "title" row)
};

struct AttractConfig {
    int excerpt_seconds = 9;     // each line of the telegram stays this long
    bool drifting_years = true;  // the timeline's years drift across the screen
};

struct CuratorConfig {
    std::string pin_hash;  // the PIN as a salted Argon2id hash, written by kiosk --set-pin
    std::string pin;       // a PIN in plain text (older configurations; --check warns)
    int hold_ms = 2000;
};

struct AnalyticsConfig {
    bool enabled = true;
    std::string path = "data/analytics.sqlite";  // anonymous counts only
};

struct AudioConfig {
    bool enabled = true;                     // false: no Listen buttons, no sound
    float volume = 0.8f;                     // 0 to 1
    std::string device;                      // an SDL output device's name; empty: the default
    std::string narration = "assets/audio";  // recorded narrations: <id>.<lang>.ogg with .vtt
    int words_per_minute = 150;              // the on-device voice's pace
    int idle_grace_s = 30;                   // after a narration ends or pauses, before the idle time counts
};

struct LogConfig {
    std::string file = "data/kiosk.log";  // empty: no log file (stderr / the journal only)
    std::string level = "info";           // debug, info, warning, error
    int max_kb = 1024;                    // rotated to .1 .. .3 beyond this size
};

// One document the kiosk offers, from a [[documents]] entry: a TEI file (and the
// xml:id of one document inside a FRUS volume), its name on Home in each language, and
// the timeline event it belongs to (whose card then offers to read it).
struct DocumentEntry {
    std::string file;
    std::string id;
    std::string title;                            // empty: the document's own source line
    std::map<std::string, std::string> title_tr;  // title_ru = "…"
    std::string event;
    int line = 0;
    const std::string& title_in(const std::string& lang) const;
};

// Health for the fleet: the kiosk's name (in the metrics and its visitor database)
// and a file in Prometheus's text format for node_exporter's textfile collector.
struct MetricsConfig {
    std::string name;      // empty: the computer's host name
    std::string textfile;  // e.g. /var/lib/prometheus/node-exporter/kiosk.prom; empty: off
    int interval_s = 5;    // how often it is rewritten
};

struct Config {
    std::string path;      // the file it came from (empty: defaults)
    std::string data_dir;  // relative paths in the file are resolved against this
    DisplayConfig display;
    TypographyConfig typography;
    ThemeConfig theme;
    ContentConfig content;
    BehaviourConfig behaviour;
    TouchConfig touch;
    TimelineConfig timeline;
    AttractConfig attract;
    CuratorConfig curator;
    AnalyticsConfig analytics;
    AudioConfig audio;
    LogConfig log;
    MetricsConfig metrics;
    // [[documents]]; empty: the one document of [content] (document, document_id,
    // document_event), as a configuration with one document has always been written.
    std::vector<DocumentEntry> documents;

    std::string resolve(const std::string& relative) const;
    // The documents to offer: [[documents]], else the one of [content]. Never empty.
    std::vector<DocumentEntry> document_entries() const;
};

struct ConfigLoad {
    Config config;         // defaults where the file was silent or wrong
    Diagnostics problems;  // every error and warning, with its line and column
    // Where each key was set ("theme.muted" → line, column), for later messages about
    // its value; a key the file does not set is not here.
    std::map<std::string, std::pair<int, int>> positions;
    // Settings ("theme.accent") on lines that were not TOML and were left out.
    std::vector<std::string> unread;
    int line_errors = 0;  // errors confined to one line each (its setting left out)
    bool file_ok = true;  // false: nothing could be read (missing, unreadable, too deep)
    bool ok() const;      // no errors (warnings allowed)
};

// A reload: the settings on lines left out keep the value they had.
void keep_last_good(ConfigLoad& load, const Config& last_good);

// The data folder holds config/, assets/ and fonts/: for "…/config/kiosk.toml" it is "…".
// `local_path`: this computer's own settings (its name, screen, rotation, PIN), read over
// the shared configuration a content repository brings; empty: none.
ConfigLoad load_config(const std::string& path, const std::string& local_path = {});
// `base`: the settings the file is read over (a local file over the shared one); null:
// the defaults.
ConfigLoad parse_config(const std::string& toml_text, const std::string& path, const std::string& data_dir,
                        const Config* base = nullptr);

}  // namespace kiosk
