// kiosk --check: every problem in configuration and content, FILE:LINE:COL: message.
#include "app/check.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/narration_check.h"
#include "content/config.h"
#include "content/tei_document.h"
#include "content/timeline.h"
#include "content/translations.h"
#include "core/contrast.h"
#include "core/paths.h"
#include "platform/image_file.h"
#include "platform/pin_hash.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {

int run_check(const Options& options) {
    Diagnostics all;
    const std::string path = options.config_path.empty() ? find_default_config() : options.config_path;
    // Say which files are checked: a curator in the wrong folder must not read "All is
    // well" about files they did not edit.
    namespace fs = std::filesystem;
    const fs::path config_file = fs::absolute(path).lexically_normal();
    std::cout << "Checking the content in " << config_file.parent_path().parent_path().string() << " (configuration "
              << config_file.string() << ")";
    std::error_code ec;
    const bool inside = options.config_path.empty() && fs::exists("config/kiosk.toml", ec);
    const bool above = options.config_path.empty() && !inside &&
                       fs::weakly_canonical(fs::current_path(ec), ec)
                               .string()
                               .rfind(config_file.parent_path().parent_path().string(), 0) == 0;
    if (options.config_path.empty() && !inside && !above)
        std::cout << ":\n  this folder holds no content (no config/kiosk.toml here or above it), so the kiosk's own is "
                     "checked;"
                     " run it in your content folder, or give --config FILE";
    std::cout << '\n';
    ConfigLoad load = load_config(path, options.local_config);
    all.insert(all.end(), load.problems.begin(), load.problems.end());
    const Config& cfg = load.config;
    // Every document offered: the one --document names, else the configuration's.
    std::vector<DocumentEntry> entries = cfg.document_entries();
    if (!options.document.empty()) {
        const DocumentChoice choice = choose_document(options.document, "", "");
        entries = {DocumentEntry{choice.file, choice.id, {}, {}, {}, 0}};
    }
    std::vector<std::string> files;
    Result<Document> doc = Diagnostic{};
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string file = options.document.empty() ? cfg.resolve(entries[i].file) : entries[i].file;
        files.push_back(file);
        auto one = load_tei_document(file, entries[i].id, &all);
        if (!one) {
            Diagnostic d = one.error();
            if (entries[i].line)
                d.message +=
                    " (the document of [[documents]] at " + cfg.path + ":" + std::to_string(entries[i].line) + ")";
            all.push_back(d);
        } else {
            const Diagnostics doc_problems = check_document(one.value());
            all.insert(all.end(), doc_problems.begin(), doc_problems.end());
        }
        if (i == 0) doc = std::move(one);
    }
    const std::string file = files.size() == 1 ? files[0] : std::to_string(files.size()) + " documents";
    TimelineLoad timeline =
        load_timeline(cfg.resolve(cfg.content.timeline), [&](const std::string& p) { return cfg.resolve(p); });
    all.insert(all.end(), timeline.problems.begin(), timeline.problems.end());
    for (const auto& ev : timeline.timeline.events) {
        if (ev.media.empty()) continue;
        const std::string image = cfg.resolve(ev.media);
        std::string why;
        if (!inside_folder(cfg.data_dir, image))
            all.push_back({timeline.timeline.source_path, ev.line, 0,
                           "the image \"" + ev.media + "\" lies outside the content folder (" + cfg.data_dir +
                               "); it is not shown"});
        else if (!image_file_size(image, why))
            all.push_back({timeline.timeline.source_path, ev.line, 0,
                           "the image \"" + ev.media + "\" (" + image + ") cannot be read: " + why});
    }
    if (timeline.file_ok && !cfg.timeline.start_at.empty() && !timeline.timeline.find(cfg.timeline.start_at))
        all.push_back(
            {cfg.path, 0, 0, "timeline.start_at \"" + cfg.timeline.start_at + "\" is not an Id in the timeline"});
    for (const auto& e : entries) {
        if (!timeline.file_ok || e.event.empty() || timeline.timeline.find(e.event)) continue;
        if (e.line)
            all.push_back({cfg.path, e.line, 0, "documents: event \"" + e.event + "\" is not an Id in the timeline"});
        else
            all.push_back({cfg.path, 0, 0, "content.document_event \"" + e.event + "\" is not an Id in the timeline"});
    }
    TranslationsLoad texts =
        load_translations(cfg.resolve(cfg.content.translations), ui_text_keys(), cfg.behaviour.languages);
    all.insert(all.end(), texts.problems.begin(), texts.problems.end());
    Diagnostics font_problems;
    auto engine = TextEngine::create(cfg, font_problems);
    all.insert(all.end(), font_problems.begin(), font_problems.end());
    if (!engine) all.push_back(engine.error());
    // Contrast: text must read for everyone (WCAG AA, 4.5:1) on what is behind it.
    auto contrast = [&](const char* fg_name, Color fg, const char* bg_name, Color bg) {
        const double r = contrast_ratio(fg, bg);
        if (r + 1e-9 >= wcag_aa_text) return;
        char msg[256];
        std::snprintf(msg, sizeof msg,
                      "%s (%s) on %s (%s) has a contrast of %.2f:1; text needs at least 4.5:1 (WCAG AA)", fg_name,
                      fg.to_hex().c_str(), bg_name, bg.to_hex().c_str(), r);
        // Point at whichever of the two the file sets (the text colour first).
        auto at = load.positions.find(fg_name);
        if (at == load.positions.end()) at = load.positions.find(bg_name);
        const auto [line, column] = at == load.positions.end() ? std::pair{0, 0} : at->second;
        all.push_back({cfg.path, line, column, msg, Diagnostic::Severity::warning});
    };
    const ThemeConfig& t = cfg.theme;
    for (const auto& [name, colour] :
         {std::pair{"theme.ink", t.ink}, {"theme.muted", t.muted}, {"theme.accent", t.accent}}) {
        contrast(name, colour, "theme.paper", t.paper);
        contrast(name, colour, "theme.bar", t.bar);
    }
    contrast("theme.paper", t.paper, "theme.accent", t.accent);  // the text of primary buttons
    for (const auto& era : timeline.timeline.eras) {
        const std::string what = "the era \"" + era.id + "\" (its Background)";
        const double r = contrast_ratio(t.ink, era.background);
        if (r < wcag_aa_text) {
            char msg[256];
            std::snprintf(msg, sizeof msg,
                          ": its name in theme.ink has a contrast of %.2f:1 on it; text needs at least 4.5:1", r);
            all.push_back({timeline.timeline.source_path, era.line, 0, what + msg, Diagnostic::Severity::warning});
        }
    }
    // Every text a visitor sees in each offered language: an event's words without their
    // translation fall back to English on a Russian screen, which --check names (and a
    // date given in English to the month, where the automatic Russian one would name a
    // day the English leaves out).
    for (const auto& lang : cfg.behaviour.languages) {
        if (lang == "en") continue;
        const std::string sfx = " (" + lang + ")";
        for (const auto& ev : timeline.timeline.events) {
            const std::string what = "the event \"" + ev.id + "\" has no ";
            auto missing = [&](const std::string& english, const std::map<std::string, std::string>& tr,
                               const std::string& column) {
                const auto it = tr.find(lang);
                if (!english.empty() && (it == tr.end() || it->second.empty()))
                    all.push_back({timeline.timeline.source_path, ev.line, 0,
                                   what + column + sfx + ": visitors in " + lang + " read the English",
                                   Diagnostic::Severity::warning});
            };
            missing(ev.headline, ev.headline_tr, "Headline");
            missing(ev.text, ev.text_tr, "Text");
            missing(ev.media_caption, ev.media_caption_tr, "Media Caption");
            missing(ev.media_credit, ev.media_credit_tr, "Media Credit");
            const auto given = ev.display_date_tr.find(lang);
            if (ev.display_date_given && ev.start.day && (given == ev.display_date_tr.end() || given->second.empty())) {
                // The English date names no day of the start (a whole number on its own)?
                const std::string day = std::to_string(ev.start.day), d = ev.display_date;
                bool names_day = false;
                for (std::size_t at = d.find(day); at != std::string::npos; at = d.find(day, at + 1)) {
                    const bool before = at == 0 || !std::isdigit(static_cast<unsigned char>(d[at - 1]));
                    const bool after =
                        at + day.size() >= d.size() || !std::isdigit(static_cast<unsigned char>(d[at + day.size()]));
                    names_day = names_day || (before && after);
                }
                if (!names_day)
                    all.push_back({timeline.timeline.source_path, ev.line, 0,
                                   "the event \"" + ev.id + "\" shows \"" + d + "\" but its " + lang +
                                       " date, made from Day, would name the day: give Display Date" + sfx,
                                   Diagnostic::Severity::warning});
            }
        }
    }
    // The curator PIN: kept as a hash, and never the one printed on the start screen
    // where visitors can open curator mode (a fullscreen installation).
    {
        const CuratorConfig& cu = cfg.curator;
        const auto where = [&](const char* key) {
            const auto at = load.positions.find(key);
            return at == load.positions.end() ? std::pair{0, 0} : at->second;
        };
        if (!cu.pin.empty() && cu.pin_hash.empty()) {
            const auto [line, col] = where("curator.pin");
            all.push_back({cfg.path, line, col,
                           "the curator PIN is written in plain text; run kiosk --set-pin to keep only its hash",
                           Diagnostic::Severity::warning});
        }
        const bool default_pin = cu.pin_hash.empty() ? cu.pin == "1921" : verify_pin("1921", cu.pin_hash);
        if (default_pin && cfg.display.fullscreen) {
            const auto [line, col] = where(cu.pin_hash.empty() ? "curator.pin" : "curator.pin_hash");
            all.push_back(
                {cfg.path, line, col,
                 "the curator PIN is 1921, the year on the start screen: any visitor could open curator mode; "
                 "set another with kiosk --set-pin"});
        }
    }
    // Recorded narrations: each script against its recording and its text.
    const Diagnostics narration = check_narrations(cfg.resolve(cfg.audio.narration), doc ? &doc.value() : nullptr,
                                                   timeline.file_ok ? &timeline.timeline : nullptr);
    all.insert(all.end(), narration.begin(), narration.end());
    // Errors first (what a visitor would miss), then warnings, each in file order.
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.severity == Diagnostic::Severity::error && b.severity != Diagnostic::Severity::error;
    });
    for (const auto& d : all) std::cout << d.to_string() << '\n';
    // What Home's doors will read, so a curator sees a [[documents]] title take effect.
    std::cout << "Home's doors:";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string lang = cfg.behaviour.default_language;
        std::string name = entries[i].title_in(lang);
        const bool telegram = name.empty() && cfg.resolve(entries[i].file) == cfg.resolve(ContentConfig{}.document);
        if (telegram)
            name = ui_text("home.telegram", lang);
        else if (name.empty() && i == 0 && doc)
            name = doc.value().display_title();
        std::cout << (i ? ", " : " ") << '"' << name << "\" (" << files[i] << ")";
    }
    std::cout << ", \"" << ui_text("home.timeline", cfg.behaviour.default_language) << "\"\n";
    const auto errors = static_cast<std::size_t>(std::count_if(
        all.begin(), all.end(), [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; }));
    const std::size_t warnings = all.size() - errors;
    const auto count = [](std::size_t n, const char* what) {
        return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
    };
    // Warnings are worth reading but lose nothing: the kiosk shows the content as it is
    // (a pale colour, a source not given). Errors leave something out or stop it.
    if (errors == 0) {
        std::cout << "All is well: " << path << ", " << file << ", " << cfg.resolve(cfg.content.timeline) << " ("
                  << timeline.timeline.events.size() << " events, " << timeline.timeline.eras.size()
                  << " eras) and the fonts check out";
        if (warnings) std::cout << "; " << count(warnings, "warning") << " above";
        std::cout << ".\n";
        if (warnings && options.strict) {
            std::cout << "--strict: warnings count as problems.\n";
            return 1;
        }
        return 0;
    }
    std::cout << count(errors, "error") << (warnings ? " and " + count(warnings, "warning") : std::string())
              << " found.\n";
    return 1;
}

}  // namespace kiosk
