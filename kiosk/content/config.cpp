// Sections: 1. the schema (every key, its type, where it goes)  2. reading a file
// against it, with "did you mean" for unknown keys  3. path resolution.
#include "content/config.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>

#include "content/toml_depth.h"
#include "core/limits.h"
#include "core/suggest.h"
#include "core/text_file.h"

namespace kiosk {
namespace {

struct Key {
    std::string table, name;
    std::string expected;  // for messages: "true or false", "a colour like \"#1d1a16\"", …
    // Applies the node to the config; returns false if its type or value is wrong.
    std::function<bool(const toml::node&, Config&)> apply;
    // Copies this setting from one config to another (the last good value of a line
    // that could not be read).
    std::function<void(const Config&, Config&)> copy;
};

template <typename Section, typename Field>
Key make_key(std::string table, std::string name, std::string expected, Section Config::*section, Field Section::*field,
             std::function<bool(const toml::node&, Field&)> read) {
    return Key{std::move(table), std::move(name), std::move(expected),
               [section, field, read](const toml::node& node, Config& c) { return read(node, c.*section.*field); },
               [section, field](const Config& from, Config& to) { to.*section.*field = from.*section.*field; }};
}

bool read_bool(const toml::node& n, bool& out) {
    if (auto v = n.value<bool>(); v && n.is_boolean()) {
        out = *v;
        return true;
    }
    return false;
}
std::function<bool(const toml::node&, int&)> read_int(long lo, long hi) {
    return [lo, hi](const toml::node& n, int& out) {
        if (!n.is_integer()) return false;
        const auto v = n.value<long>().value_or(lo - 1);
        if (v < lo || v > hi) return false;
        out = static_cast<int>(v);
        return true;
    };
}
std::function<bool(const toml::node&, float&)> read_number(double lo, double hi) {
    return [lo, hi](const toml::node& n, float& out) {
        if (!n.is_number()) return false;
        const double v = n.value<double>().value_or(lo - 1);
        // Written so that nan and inf (TOML has both) fail it: no comparison holds for nan.
        if (!(v >= lo && v <= hi)) return false;
        out = static_cast<float>(v);
        return true;
    };
}
bool read_string(const toml::node& n, std::string& out) {
    if (!n.is_string()) return false;
    out = *n.value<std::string>();
    return true;
}
// A date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (or a bare year as a number).
bool read_partial_date(const toml::node& n, std::string& out) {
    if (n.is_integer()) {
        const long y = n.value<long>().value_or(0);
        if (y < -3000 || y > 3000) return false;
        out = std::to_string(y);
        return true;
    }
    if (!n.is_string()) return false;
    const std::string v = *n.value<std::string>();
    int y = 0, m = 1, d = 1;
    char extra = 0;
    const int got = std::sscanf(v.c_str(), "%d-%d-%d%c", &y, &m, &d, &extra);
    if (got < 1 || got > 3 || y < -3000 || y > 3000 || m < 1 || m > 12 || d < 1 || d > 31) return false;
    out = v;
    return true;
}

bool read_color(const toml::node& n, Color& out) {
    if (!n.is_string()) return false;
    return Color::from_hex(*n.value<std::string>(), out);
}
bool read_string_list(const toml::node& n, std::vector<std::string>& out) {
    const auto* arr = n.as_array();
    if (!arr || arr->empty()) return false;
    std::vector<std::string> v;
    for (const auto& e : *arr) {
        if (!e.is_string()) return false;
        v.push_back(*e.value<std::string>());
    }
    out = std::move(v);
    return true;
}
bool read_number_list(const toml::node& n, std::vector<float>& out) {
    const auto* arr = n.as_array();
    if (!arr || arr->empty()) return false;
    std::vector<float> v;
    for (const auto& e : *arr) {
        if (!e.is_number()) return false;
        const double d = e.value<double>().value_or(0);
        if (!(d >= 0.5 && d <= 3.0)) return false;  // nan and inf fail too
        v.push_back(static_cast<float>(d));
    }
    out = std::move(v);
    return true;
}

// The screen: its size, where it hangs, how it is drawn.
void display_keys(std::vector<Key>& k) {
    using D = DisplayConfig;
    const auto b = std::function<bool(const toml::node&, bool&)>(read_bool);
    k.push_back(make_key("display", "fullscreen", "true or false", &Config::display, &D::fullscreen, b));
    k.push_back(make_key("display", "width_px", "a whole number of pixels from 320 to 16384", &Config::display,
                         &D::width_px, read_int(320, 16384)));
    k.push_back(make_key("display", "height_px", "a whole number of pixels from 240 to 16384", &Config::display,
                         &D::height_px, read_int(240, 16384)));
    k.push_back(make_key("display", "diagonal_in", "the screen's diagonal in inches (0 to guess), up to 150",
                         &Config::display, &D::diagonal_in, read_number(0, 150)));
    k.push_back(make_key("display", "viewing_distance_mm",
                         "millimetres from the eyes to the screen (0 to guess), up to 5000", &Config::display,
                         &D::viewing_distance_mm, read_number(0, 5000)));
    k.push_back(make_key("display", "rotation_deg", "0, 90, 180 or 270", &Config::display, &D::rotation_deg,
                         std::function<bool(const toml::node&, int&)>([](const toml::node& n, int& out) {
                             int v = 0;
                             if (!read_int(0, 270)(n, v) || v % 90 != 0) return false;
                             out = v;
                             return true;
                         })));
    k.push_back(make_key("display", "hide_cursor", "true or false", &Config::display, &D::hide_cursor, b));
    k.push_back(
        make_key("display", "renderer", "\"auto\", \"gl\" or \"software\"", &Config::display, &D::renderer,
                 std::function<bool(const toml::node&, std::string&)>([](const toml::node& n, std::string& out) {
                     std::string v;
                     if (!read_string(n, v) || (v != "auto" && v != "gl" && v != "software")) return false;
                     out = v;
                     return true;
                 })));
}

// The type: sizes, leading, measure, hyphenation.
void typography_keys(std::vector<Key>& k) {
    using T = TypographyConfig;
    k.push_back(make_key("typography", "body_size_pt", "a type size in points from 8 to 96", &Config::typography,
                         &T::body_size_pt, read_number(8, 96)));
    k.push_back(make_key("typography", "reference_distance_mm", "millimetres from 200 to 3000", &Config::typography,
                         &T::reference_distance_mm, read_number(200, 3000)));
    k.push_back(make_key("typography", "measure_chars", "characters a line, from 30 to 90", &Config::typography,
                         &T::measure_chars, read_int(30, 90)));
    k.push_back(make_key("typography", "min_measure_chars", "characters a line, from 20 to 90", &Config::typography,
                         &T::min_measure_chars, read_int(20, 90)));
    k.push_back(make_key("typography", "max_measure_chars", "characters a line, from 30 to 120", &Config::typography,
                         &T::max_measure_chars, read_int(30, 120)));
    k.push_back(make_key("typography", "font_expansion_pct", "a percentage from 0 to 3", &Config::typography,
                         &T::font_expansion_pct, read_number(0, 3)));
    k.push_back(make_key("typography", "leading", "a line height as a multiple of the type size, from 1.0 to 2.5",
                         &Config::typography, &T::leading, read_number(1.0, 2.5)));
    k.push_back(make_key("typography", "text_size_steps",
                         "a list of scale factors from 0.5 to 3, like [1.0, 1.2, 1.45]", &Config::typography,
                         &T::text_size_steps,
                         std::function<bool(const toml::node&, std::vector<float>&)>(read_number_list)));
}

// Colours and fonts.
void theme_keys(std::vector<Key>& k) {
    using H = ThemeConfig;
    const auto s = std::function<bool(const toml::node&, std::string&)>(read_string);
    const auto col = std::function<bool(const toml::node&, Color&)>(read_color);
    const char* colour = "a colour written \"#rrggbb\"";
    k.push_back(make_key("theme", "paper", colour, &Config::theme, &H::paper, col));
    k.push_back(make_key("theme", "ink", colour, &Config::theme, &H::ink, col));
    k.push_back(make_key("theme", "muted", colour, &Config::theme, &H::muted, col));
    k.push_back(make_key("theme", "accent", colour, &Config::theme, &H::accent, col));
    k.push_back(make_key("theme", "bar", colour, &Config::theme, &H::bar, col));
    k.push_back(make_key("theme", "font_body", "a font file path", &Config::theme, &H::font_body, s));
    k.push_back(make_key("theme", "font_body_italic", "a font file path", &Config::theme, &H::font_body_italic, s));
    k.push_back(make_key("theme", "font_display", "a font file path", &Config::theme, &H::font_display, s));
    k.push_back(
        make_key("theme", "font_display_italic", "a font file path", &Config::theme, &H::font_display_italic, s));
    k.push_back(make_key("theme", "font_label", "a font file path", &Config::theme, &H::font_label, s));
    k.push_back(make_key("theme", "font_label_strong", "a font file path", &Config::theme, &H::font_label_strong, s));
}

// Where the document, the timeline and the translations are.
void content_keys(std::vector<Key>& k) {
    using C = ContentConfig;
    const auto s = std::function<bool(const toml::node&, std::string&)>(read_string);
    k.push_back(make_key("content", "document", "a TEI file path", &Config::content, &C::document, s));
    k.push_back(make_key("content", "document_id", "a document's xml:id", &Config::content, &C::document_id, s));
    k.push_back(make_key("content", "timeline", "a CSV file path", &Config::content, &C::timeline, s));
    k.push_back(make_key("content", "document_event", "the Id of the document's timeline event", &Config::content,
                         &C::document_event, s));
    k.push_back(make_key("content", "translations", "a folder of <language>.toml files", &Config::content,
                         &C::translations, s));
    k.push_back(
        make_key("content", "hyphenation_en", "a libhyphen .dic file path", &Config::content, &C::hyphenation_en, s));
    k.push_back(
        make_key("content", "hyphenation_ru", "a libhyphen .dic file path", &Config::content, &C::hyphenation_ru, s));
}

// What visitors meet: languages, idle, touch, the timeline, the attract loop.
void visitor_keys(std::vector<Key>& k) {
    using B = BehaviourConfig;
    using U = TouchConfig;
    const auto b = std::function<bool(const toml::node&, bool&)>(read_bool);
    const auto s = std::function<bool(const toml::node&, std::string&)>(read_string);
    using TL = TimelineConfig;
    const auto partial_date = std::function<bool(const toml::node&, std::string&)>(read_partial_date);
    using AT = AttractConfig;
    k.push_back(make_key("behaviour", "idle_timeout_ms", "milliseconds from 5000 to 3600000", &Config::behaviour,
                         &B::idle_timeout_ms, read_int(5000, 3600000)));
    k.push_back(make_key("behaviour", "reduced_motion", "true or false", &Config::behaviour, &B::reduced_motion, b));
    k.push_back(make_key("behaviour", "default_language", "a language code like \"en\"", &Config::behaviour,
                         &B::default_language, s));
    k.push_back(make_key("behaviour", "languages", "a list of language codes like [\"en\", \"ru\"]", &Config::behaviour,
                         &B::languages,
                         std::function<bool(const toml::node&, std::vector<std::string>&)>(read_string_list)));
    k.push_back(
        make_key("touch", "slop_mm", "millimetres from 0.5 to 10", &Config::touch, &U::slop_mm, read_number(0.5, 10)));
    k.push_back(make_key("touch", "long_press_ms", "milliseconds from 200 to 3000", &Config::touch, &U::long_press_ms,
                         read_int(200, 3000)));
    k.push_back(make_key("touch", "double_tap_ms", "milliseconds from 100 to 1000", &Config::touch, &U::double_tap_ms,
                         read_int(100, 1000)));
    k.push_back(make_key("touch", "double_tap_slop_mm", "millimetres from 2 to 50", &Config::touch,
                         &U::double_tap_slop_mm, read_number(2, 50)));
    k.push_back(make_key("touch", "min_fling_mm_s", "millimetres a second from 1 to 200", &Config::touch,
                         &U::min_fling_mm_s, read_number(1, 200)));
    k.push_back(make_key("touch", "max_fling_mm_s", "millimetres a second from 100 to 5000", &Config::touch,
                         &U::max_fling_mm_s, read_number(100, 5000)));
    k.push_back(make_key("timeline", "opening_from", "a date like \"1914\", \"1914-06\" or \"1914-06-28\"",
                         &Config::timeline, &TL::opening_from, partial_date));
    k.push_back(make_key("timeline", "opening_to", "a date like \"1934\", \"1934-06\" or \"1934-06-30\"",
                         &Config::timeline, &TL::opening_to, partial_date));
    k.push_back(make_key("timeline", "start_at", "an event's Id from the timeline, or \"\"", &Config::timeline,
                         &TL::start_at, s));
    k.push_back(make_key("timeline", "title_slide", "true or false", &Config::timeline, &TL::title_slide, b));
    k.push_back(make_key("attract", "excerpt_seconds", "seconds from 3 to 120", &Config::attract, &AT::excerpt_seconds,
                         read_int(3, 120)));
    k.push_back(make_key("attract", "drifting_years", "true or false", &Config::attract, &AT::drifting_years, b));
}

// Curator mode and the visitor counts.
void curator_keys(std::vector<Key>& k) {
    const auto b = std::function<bool(const toml::node&, bool&)>(read_bool);
    const auto s = std::function<bool(const toml::node&, std::string&)>(read_string);
    using CU = CuratorConfig;
    using A = AnalyticsConfig;
    k.push_back(
        make_key("curator", "pin", "a PIN of 4 to 12 digits in quotes, like \"4821\"", &Config::curator, &CU::pin,
                 std::function<bool(const toml::node&, std::string&)>([](const toml::node& n, std::string& out) {
                     if (!n.is_string()) return false;
                     const std::string v = *n.value<std::string>();
                     if (v.size() < 4 || v.size() > 12 || v.find_first_not_of("0123456789") != std::string::npos)
                         return false;
                     out = v;
                     return true;
                 })));
    k.push_back(make_key(
        "curator", "pin_hash", "a hash written by kiosk --set-pin (\"$argon2id$…\"), or \"\"", &Config::curator,
        &CU::pin_hash, std::function<bool(const toml::node&, std::string&)>([](const toml::node& n, std::string& out) {
            if (!n.is_string()) return false;
            const std::string v = *n.value<std::string>();
            if (!v.empty() && v.rfind("$argon2", 0) != 0) return false;
            out = v;
            return true;
        })));
    k.push_back(make_key("curator", "hold_ms", "milliseconds from 1000 to 10000", &Config::curator, &CU::hold_ms,
                         read_int(1000, 10000)));
    k.push_back(make_key("analytics", "enabled", "true or false", &Config::analytics, &A::enabled, b));
    k.push_back(make_key("analytics", "path", "a file path for the SQLite database", &Config::analytics, &A::path, s));
}

// Listen, the log and the health file.
void service_keys(std::vector<Key>& k) {
    const auto b = std::function<bool(const toml::node&, bool&)>(read_bool);
    const auto s = std::function<bool(const toml::node&, std::string&)>(read_string);
    using L = LogConfig;
    using AU = AudioConfig;
    using M = MetricsConfig;
    k.push_back(make_key("audio", "enabled", "true or false", &Config::audio, &AU::enabled, b));
    k.push_back(make_key("audio", "volume", "a number from 0 to 1", &Config::audio, &AU::volume, read_number(0, 1)));
    k.push_back(
        make_key("audio", "device", "a sound device's name, or \"\" for the default", &Config::audio, &AU::device, s));
    k.push_back(make_key("audio", "narration", "a folder of recorded narrations", &Config::audio, &AU::narration, s));
    k.push_back(make_key("audio", "words_per_minute", "words a minute from 80 to 300", &Config::audio,
                         &AU::words_per_minute, read_int(80, 300)));
    k.push_back(make_key("audio", "idle_grace_s", "seconds from 0 to 600", &Config::audio, &AU::idle_grace_s,
                         read_int(0, 600)));
    k.push_back(make_key("log", "file", "a file path, or \"\" for none", &Config::log, &L::file, s));
    k.push_back(
        make_key("log", "level", "debug, info, warning or error", &Config::log, &L::level,
                 std::function<bool(const toml::node&, std::string&)>([](const toml::node& n, std::string& out) {
                     if (!n.is_string()) return false;
                     const std::string v = *n.value<std::string>();
                     if (v != "debug" && v != "info" && v != "warning" && v != "error") return false;
                     out = v;
                     return true;
                 })));
    k.push_back(
        make_key("log", "max_kb", "kilobytes from 16 to 1048576", &Config::log, &L::max_kb, read_int(16, 1048576)));
    k.push_back(make_key("metrics", "name", "the kiosk's name in words, like \"gallery-2-left\"", &Config::metrics,
                         &M::name, s));
    k.push_back(make_key("metrics", "textfile", "a file path ending .prom, or \"\" for none", &Config::metrics,
                         &M::textfile, s));
    k.push_back(
        make_key("metrics", "interval_s", "seconds from 1 to 300", &Config::metrics, &M::interval_s, read_int(1, 300)));
}

const std::vector<Key>& schema() {
    static const std::vector<Key> keys = [] {
        std::vector<Key> k;
        display_keys(k);
        typography_keys(k);
        theme_keys(k);
        content_keys(k);
        visitor_keys(k);
        curator_keys(k);
        service_keys(k);
        return k;
    }();
    return keys;
}

// ---- 2. reading ---------------------------------------------------------------

// A value the key takes, made from the one written where the intent is plain: 4.5
// seconds where whole seconds are expected (5), "yes" or True for true, a number in words
// ("9") for the number, a number out of range brought to its nearest end. Each candidate
// is tried on the key itself, so the advice, applied as written, is read. "" if none.
std::string mended_value(const Key& key, const toml::node& node) {
    std::vector<std::string> candidates;
    auto lower = [](std::string v) {
        for (auto& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return v;
    };
    if (const auto d = node.value_exact<double>(); d && std::isfinite(*d))
        candidates.push_back(std::to_string(std::llround(*d)));
    if (const auto str = node.value_exact<std::string>()) {
        const std::string v = lower(trim_space(*str));
        if (v == "yes" || v == "true" || v == "on" || v == "1") candidates.push_back("true");
        if (v == "no" || v == "false" || v == "off" || v == "0") candidates.push_back("false");
        if (!v.empty() && v.find_first_not_of("0123456789.-") == std::string::npos) candidates.push_back(v);
    }
    if (const auto b = node.value_exact<bool>())
        candidates.push_back(std::string("\"") + (*b ? "true" : "false") + "\"");
    // "from 3 to 120": the nearest end of the range.
    double number = 0;
    bool numeric = false;
    if (const auto d = node.value<double>(); d && std::isfinite(*d)) number = *d, numeric = true;
    const auto from = key.expected.find("from "), to = key.expected.find(" to ");
    if (numeric && from != std::string::npos && to != std::string::npos) {
        const double lo = std::atof(key.expected.c_str() + from + 5), hi = std::atof(key.expected.c_str() + to + 4);
        const double near = std::clamp(number, lo, hi);
        candidates.push_back(std::to_string(std::llround(near)));
        std::ostringstream decimal;
        decimal << near;
        candidates.push_back(decimal.str());
    }
    for (const auto& c : candidates) {
        try {
            const toml::table t = toml::parse("v = " + c);
            Config scratch;
            if (const toml::node* n = t.get("v"); n && key.apply(*n, scratch)) return c;
        } catch (const toml::parse_error&) {
        }
    }
    return {};
}

Diagnostic at(const std::string& path, const toml::source_region& where, std::string message,
              Diagnostic::Severity sev = Diagnostic::Severity::error) {
    return Diagnostic{path, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column),
                      std::move(message), sev};
}

// The file's lines, without their line breaks, and back: a line left out is blanked in
// place, so toml++'s line numbers stay the file's.
std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& l : lines) text += l + '\n';
    return text;
}

// The section and key the 1-based line `line` sets ("theme", "accent"), read plainly.
struct SettingLine {
    std::string table, key;
};
SettingLine setting_on_line(const std::vector<std::string>& lines, int line) {
    SettingLine out;
    for (int l = 0; l < line; ++l) {
        const std::string t = trim_space(lines[static_cast<std::size_t>(l)]);
        if (t.size() > 2 && t.front() == '[' && t.back() == ']') out.table = trim_space(t.substr(1, t.size() - 2));
    }
    const std::string t = trim_space(lines[static_cast<std::size_t>(line) - 1]);
    const auto eq = t.find('=');
    if (eq == std::string::npos || t.front() == '[') return out;
    const std::string key = trim_space(t.substr(0, eq));
    if (!key.empty() && key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos)
        out.key = key;
    return out;
}

// How to mend the usual slips, as a line that is read as meant (each checked against
// the key it sets): a colour or a word without its quotes, a colour with one quote,
// typographic quotes, a word for true or false, a quote never closed, a section's name
// without its closing bracket. `hint` is said after the message; where `line` is set,
// the file is read as if it said that (a section header: every key under it is meant
// for it), else the line is left out.
struct Mend {
    std::string hint, line;
};

Mend mend_line(const std::string& line_text, const std::string& table) {
    const std::string t = trim_space(line_text);
    if (!t.empty() && t[0] == '[' && t.find(']') == std::string::npos) {
        const std::string name = trim_space(t.substr(t[1] == '[' ? 2 : 1));
        const std::string fixed = t[1] == '[' ? "[[" + name + "]]" : "[" + name + "]";
        return {"; a section's name ends with \"]\": " + fixed + " (read so)", fixed};
    }
    const auto eq = t.find('=');
    if (eq == std::string::npos) return {"; a setting is written name = value", ""};
    const std::string key = trim_space(t.substr(0, eq));
    std::string value = trim_space(t.substr(eq + 1));
    const auto known =
        std::find_if(schema().begin(), schema().end(), [&](const Key& k) { return k.table == table && k.name == key; });
    // The value without a comment after it ("# …" after a space, outside quotes).
    auto without_comment = [](std::string v) {
        bool quoted = false;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (v[i] == '"') quoted = !quoted;
            if (!quoted && v[i] == '#' && i > 0 && (v[i - 1] == ' ' || v[i - 1] == '\t'))
                return trim_space(v.substr(0, i));
        }
        return v;
    };
    std::vector<std::string> candidates;
    // Typographic quotes, as a word processor makes them.
    bool curly_quotes = false;
    for (const char* curly : {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2018", "\u2019"}) {
        for (auto at = value.find(curly); at != std::string::npos; at = value.find(curly)) {
            value.replace(at, std::string(curly).size(), "\"");
            curly_quotes = true;
        }
    }
    value = without_comment(value);
    std::string bare = value;
    bare.erase(std::remove(bare.begin(), bare.end(), '"'), bare.end());
    std::string lower = bare;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "true" || lower == "yes" || lower == "on") candidates.push_back("true");
    if (lower == "false" || lower == "no" || lower == "off") candidates.push_back("false");
    candidates.push_back(value);
    candidates.push_back("\"" + bare + "\"");
    for (const auto& c : candidates) {
        if (c.empty() || c == "\"\"") continue;
        try {
            const toml::table parsed = toml::parse(key + " = " + c);
            const toml::node* n = parsed.get(key);
            Config scratch;
            if (!n || (known != schema().end() && !known->apply(*n, scratch))) continue;
            std::string why = "; write it like this: ";
            if (curly_quotes)
                why = "; settings take straight quotes (\"), not typographic ones: ";
            else if (c == "true" || c == "false")
                why = "; true or false are written in small letters without quotes: ";
            else if (!bare.empty() && bare[0] == '#')
                why = "; a colour needs quotes: ";
            else if (c != value)
                why = "; words need quotes: ";
            return {why + key + " = " + c, ""};
        } catch (const toml::parse_error&) {
        }
    }
    return {"", ""};
}

}  // namespace

void keep_last_good(ConfigLoad& load, const Config& last_good) {
    for (const std::string& full : load.unread) {
        const auto dot = full.find('.');
        for (const auto& k : schema())
            if (k.table == full.substr(0, dot) && k.name == full.substr(dot + 1)) k.copy(last_good, load.config);
    }
}

bool ConfigLoad::ok() const {
    return std::none_of(problems.begin(), problems.end(),
                        [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; });
}

std::string Config::resolve(const std::string& relative) const {
    if (relative.empty() || relative[0] == '/') return relative;
    return (std::filesystem::path(data_dir) / relative).lexically_normal().string();
}

const std::string& DocumentEntry::title_in(const std::string& lang) const {
    const auto it = title_tr.find(lang);
    return it == title_tr.end() || it->second.empty() ? title : it->second;
}

std::vector<DocumentEntry> Config::document_entries() const {
    if (!documents.empty()) return documents;
    DocumentEntry one;
    one.file = content.document;
    one.id = content.document_id;
    one.event = content.document_event;
    return {one};
}

namespace {

constexpr std::size_t max_documents = 12;  // doors on Home a visitor can still choose between

// [[documents]]: each entry read on its own; a wrong one is left out with its line.
void read_documents(const toml::node& node, const std::string& path, ConfigLoad& load) {
    const auto* list = node.as_array();
    if (!list) {
        load.problems.push_back(
            at(path, node.source(), "expected [[documents]] entries, each with file = \"…\" (and title, event, id)"));
        return;
    }
    for (const auto& item : *list) {
        const auto* t = item.as_table();
        if (!t) {
            load.problems.push_back(at(path, item.source(), "expected a [[documents]] entry with file = \"…\""));
            continue;
        }
        DocumentEntry e;
        e.line = static_cast<int>(item.source().begin.line);
        bool ok = true;
        for (auto&& [key, value] : *t) {
            const std::string name(key.str());
            std::string text;
            if (!read_string(value, text)) {
                load.problems.push_back(at(path, value.source(), "documents." + name + ": expected words in quotes"));
                ok = false;
                continue;
            }
            if (name == "file")
                e.file = text;
            else if (name == "id")
                e.id = text;
            else if (name == "title")
                e.title = text;
            else if (name == "event")
                e.event = text;
            else if (name.rfind("title_", 0) == 0 && name.size() > 6)
                e.title_tr[name.substr(6)] = text;
            else
                load.problems.push_back(at(path, key.source(),
                                           "unknown key \"" + name + "\" in [[documents]]" +
                                               did_you_mean(name, {"file", "id", "title", "event", "title_ru"}) +
                                               "; it is ignored",
                                           Diagnostic::Severity::warning));
        }
        if (ok && e.file.empty()) {
            load.problems.push_back({path, e.line, 0, "this [[documents]] entry has no file = \"…\"; it is left out"});
            ok = false;
        }
        if (!ok) continue;
        if (load.config.documents.size() >= max_documents) {
            load.problems.push_back(
                {path, e.line, 0, "more than " + std::to_string(max_documents) + " documents; this one is left out"});
            continue;
        }
        load.config.documents.push_back(std::move(e));
    }
}

}  // namespace

namespace {

// Parses the text as TOML. A line that is not TOML is left out and said, with how to
// mend it; every other line is still read. Each pass blanks one line, so this ends.
// Nothing when even that fails (the problem is in `load`).
std::optional<toml::table> parse_mending(const std::string& toml_text, const std::string& path, ConfigLoad& load) {
    std::vector<std::string> lines = split_lines(toml_text);
    for (int pass = 0;; ++pass) {
        try {
            return pass == 0 ? toml::parse(toml_text, path) : toml::parse(joined(lines), path);
        } catch (const toml::parse_error& err) {
            const int line = static_cast<int>(err.source().begin.line);
            const bool on_a_line = line >= 1 && static_cast<std::size_t>(line) <= lines.size();
            const std::string line_text = on_a_line ? lines[static_cast<std::size_t>(line) - 1] : std::string();
            if (pass >= 200 || trim_space(line_text).empty()) {
                load.problems.push_back(
                    at(path, err.source(), std::string("not valid TOML: ") + std::string(err.description())));
                return std::nullopt;
            }
            const SettingLine setting = setting_on_line(lines, line);
            const Mend mend = mend_line(line_text, setting.table);
            std::string message = "not valid TOML: " + std::string(err.description()) + mend.hint +
                                  (mend.line.empty() ? "; this line is left out and every other setting is read" : "");
            if (!setting.key.empty()) {
                load.unread.push_back(setting.table + "." + setting.key);
                message += " (" + setting.table + "." + setting.key + " keeps its last good value, or its default)";
            }
            load.problems.push_back(at(path, err.source(), std::move(message)));
            ++load.line_errors;
            lines[static_cast<std::size_t>(line) - 1] = mend.line;
        }
    }
}

// The keys of one [section]: each applied through the schema, an unknown one named
// with the nearest known, a wrong value named with what was expected.
void read_section(const std::string& table_name, const toml::table& table, const std::string& path, ConfigLoad& load) {
    std::vector<std::string> names;
    for (const auto& k : schema())
        if (k.table == table_name) names.push_back(k.name);
    for (auto&& [key, node] : table) {
        const std::string name(key.str());
        const auto it = std::find_if(schema().begin(), schema().end(),
                                     [&](const Key& k) { return k.table == table_name && k.name == name; });
        if (it == schema().end()) {
            load.problems.push_back(at(
                path, key.source(),
                "unknown key \"" + name + "\" in [" + table_name + "]" + did_you_mean(name, names) + "; it is ignored",
                Diagnostic::Severity::warning));
            continue;
        }
        load.positions[table_name + "." + name] = {static_cast<int>(node.source().begin.line),
                                                   static_cast<int>(node.source().begin.column)};
        if (!it->apply(node, load.config)) {
            const std::string mend = mended_value(*it, node);
            load.problems.push_back(at(path, node.source(),
                                       table_name + "." + name + ": expected " + it->expected +
                                           (mend.empty() ? std::string() : ", like " + name + " = " + mend) +
                                           "; its last good value is kept (at the start, its default)"));
            load.unread.push_back(table_name + "." + name);
            ++load.line_errors;
        }
    }
}

// Settings that are each right alone but wrong together.
void check_together(const std::string& path, ConfigLoad& load) {
    const auto& t = load.config.typography;
    if (t.min_measure_chars > t.measure_chars || t.measure_chars > t.max_measure_chars) {
        load.problems.push_back(
            Diagnostic{path, 0, 0, "typography: expected min_measure_chars <= measure_chars <= max_measure_chars"});
    }
    const auto& langs = load.config.behaviour.languages;
    if (std::find(langs.begin(), langs.end(), load.config.behaviour.default_language) == langs.end()) {
        load.problems.push_back(Diagnostic{path, 0, 0,
                                           "behaviour.default_language \"" + load.config.behaviour.default_language +
                                               "\" is not among behaviour.languages"});
    }
}

}  // namespace

ConfigLoad parse_config(const std::string& toml_text, const std::string& path, const std::string& data_dir,
                        const Config* base) {
    ConfigLoad load;
    if (base) load.config = *base;
    load.config.path = path;
    load.config.data_dir = data_dir;
    if (auto deep = toml_too_deep(toml_text, path, limits::toml_depth)) {
        load.problems.push_back(*deep);
        load.file_ok = false;
        return load;
    }
    const std::optional<toml::table> root = parse_mending(toml_text, path, load);
    if (!root) {
        load.file_ok = false;
        return load;
    }
    std::vector<std::string> tables;
    for (const auto& k : schema())
        if (std::find(tables.begin(), tables.end(), k.table) == tables.end()) tables.push_back(k.table);
    for (auto&& [table_key, table_node] : *root) {
        const std::string table_name(table_key.str());
        if (table_name == "documents") {
            read_documents(table_node, path, load);
        } else if (std::find(tables.begin(), tables.end(), table_name) == tables.end()) {
            load.problems.push_back(
                at(path, table_key.source(),
                   "unknown section [" + table_name + "]" + did_you_mean(table_name, tables) + "; it is ignored",
                   Diagnostic::Severity::warning));
        } else if (const auto* table = table_node.as_table()) {
            read_section(table_name, *table, path, load);
        } else {
            load.problems.push_back(
                at(path, table_node.source(), "expected a section [" + table_name + "], found a single value"));
        }
    }
    check_together(path, load);
    return load;
}

namespace {

ConfigLoad load_shared_config(const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path p = fs::absolute(path);
    fs::path data = p.parent_path();
    if (data.filename() == "config") data = data.parent_path();
    auto failed = [&](Diagnostic why) {
        ConfigLoad load;
        load.config.path = path;
        load.config.data_dir = data.string();
        load.problems.push_back(std::move(why));
        load.file_ok = false;
        return load;
    };
    std::error_code ec;
    if (!fs::exists(path, ec))
        return failed(Diagnostic{path, 0, 0, "configuration file not found; using the defaults"});
    auto text = read_text_file(path, limits::config_bytes, "the configuration");
    if (!text) return failed(text.error());
    return parse_config(text.value(), path, data.string());
}

}  // namespace

ConfigLoad load_config(const std::string& path, const std::string& local_path) {
    ConfigLoad load = load_shared_config(path);
    if (local_path.empty()) return load;
    auto text = read_text_file(local_path, limits::config_bytes, "this kiosk's own configuration");
    if (!text) {
        Diagnostic d = text.error();
        d.message += "; the shared configuration is used as it is";
        d.severity = Diagnostic::Severity::warning;
        load.problems.push_back(d);
        return load;
    }
    ConfigLoad local = parse_config(text.value(), local_path, load.config.data_dir, &load.config);
    if (!local.file_ok) {
        load.problems.insert(load.problems.end(), local.problems.begin(), local.problems.end());
        return load;
    }
    // The local file's settings win; the configuration stays the shared file's (its
    // path and folder), and the local file's messages keep their own file and line.
    local.config.path = load.config.path;
    load.config = local.config;
    load.problems.insert(load.problems.end(), local.problems.begin(), local.problems.end());
    load.unread.insert(load.unread.end(), local.unread.begin(), local.unread.end());
    load.line_errors += local.line_errors;
    return load;
}

}  // namespace kiosk
