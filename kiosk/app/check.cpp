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

namespace {

namespace fs = std::filesystem;

std::string plural(std::size_t n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

// Whether the English date `d` names `day` as a whole number on its own.
bool names_day(const std::string& d, int day) {
    const std::string digits = std::to_string(day);
    for (std::size_t at = d.find(digits); at != std::string::npos; at = d.find(digits, at + 1)) {
        const bool before = at == 0 || !std::isdigit(static_cast<unsigned char>(d[at - 1]));
        const bool after =
            at + digits.size() >= d.size() || !std::isdigit(static_cast<unsigned char>(d[at + digits.size()]));
        if (before && after) return true;
    }
    return false;
}

// Says which files are checked: a curator in the wrong folder must not read "All is
// well" about files they did not edit.
void say_where(const Options& options, const std::string& path) {
    const fs::path config_file = fs::absolute(path).lexically_normal();
    const std::string content = config_file.parent_path().parent_path().string();
    std::cout << "Checking the content in " << content << " (configuration " << config_file.string() << ")";
    std::error_code ec;
    const bool given = !options.config_path.empty();
    const bool inside = !given && fs::exists("config/kiosk.toml", ec);
    const bool above =
        !given && !inside && fs::weakly_canonical(fs::current_path(ec), ec).string().rfind(content, 0) == 0;
    if (!given && !inside && !above)
        std::cout << ":\n  this folder holds no content (no config/kiosk.toml here or above it), so the kiosk's "
                     "own is checked; run it in your content folder, or give --config FILE";
    std::cout << '\n';
}

// One run of --check: each step reads one part of the content and adds what it finds
// to `all_`; report() prints them, errors first, and gives the exit code.
class ContentCheck {
public:
    ContentCheck(const Options& options, std::string path)
        : options_(options),
          path_(std::move(path)),
          load_(load_config(path_, options.local_config)),
          cfg_(load_.config) {
        add(load_.problems);
    }

    int run() {
        check_documents();
        check_timeline();
        check_translations_and_fonts();
        check_contrast();
        check_languages();
        check_pin();
        // Recorded narrations: each script against its recording and its text.
        add(check_narrations(cfg_.resolve(cfg_.audio.narration), doc_ ? &doc_.value() : nullptr,
                             timeline_.file_ok ? &timeline_.timeline : nullptr));
        return report();
    }

private:
    void add(const Diagnostics& found) { all_.insert(all_.end(), found.begin(), found.end()); }
    std::pair<int, int> position_of(const std::string& key) const {
        const auto at = load_.positions.find(key);
        return at == load_.positions.end() ? std::pair{0, 0} : at->second;
    }

    // Every document offered: the one --document names, else the configuration's.
    void check_documents() {
        entries_ = cfg_.document_entries();
        if (!options_.document.empty()) {
            const DocumentChoice choice = choose_document(options_.document, "", "");
            entries_ = {DocumentEntry{choice.file, choice.id, {}, {}, {}, 0}};
        }
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            const std::string file = options_.document.empty() ? cfg_.resolve(entries_[i].file) : entries_[i].file;
            files_.push_back(file);
            auto one = load_tei_document(file, entries_[i].id, &all_);
            if (!one) {
                Diagnostic d = one.error();
                if (entries_[i].line)
                    d.message += " (the document of [[documents]] at " + cfg_.path + ":" +
                                 std::to_string(entries_[i].line) + ")";
                all_.push_back(d);
            } else {
                add(check_document(one.value()));
            }
            if (i == 0) doc_ = std::move(one);
        }
    }

    void check_timeline() {
        timeline_ =
            load_timeline(cfg_.resolve(cfg_.content.timeline), [&](const std::string& p) { return cfg_.resolve(p); });
        add(timeline_.problems);
        const std::string& source = timeline_.timeline.source_path;
        for (const auto& ev : timeline_.timeline.events) {
            if (ev.media.empty()) continue;
            const std::string image = cfg_.resolve(ev.media);
            std::string why;
            if (!inside_folder(cfg_.data_dir, image))
                all_.push_back({source, ev.line, 0,
                                "the image \"" + ev.media + "\" lies outside the content folder (" + cfg_.data_dir +
                                    "); it is not shown"});
            else if (!image_file_size(image, why))
                all_.push_back(
                    {source, ev.line, 0, "the image \"" + ev.media + "\" (" + image + ") cannot be read: " + why});
        }
        if (!timeline_.file_ok) return;
        if (!cfg_.timeline.start_at.empty() && !timeline_.timeline.find(cfg_.timeline.start_at))
            all_.push_back(
                {cfg_.path, 0, 0, "timeline.start_at \"" + cfg_.timeline.start_at + "\" is not an Id in the timeline"});
        for (const auto& e : entries_) {
            if (e.event.empty() || timeline_.timeline.find(e.event)) continue;
            const std::string what = e.line ? "documents: event \"" : "content.document_event \"";
            all_.push_back({cfg_.path, e.line, 0, what + e.event + "\" is not an Id in the timeline"});
        }
    }

    void check_translations_and_fonts() {
        TranslationsLoad texts =
            load_translations(cfg_.resolve(cfg_.content.translations), ui_text_keys(), cfg_.behaviour.languages);
        add(texts.problems);
        words_ = UiWords(std::make_shared<const UiTexts>(std::move(texts.texts)));  // what the doors will say
        Diagnostics font_problems;
        auto engine = TextEngine::create(cfg_, font_problems);
        add(font_problems);
        if (!engine) all_.push_back(engine.error());
    }

    // Contrast: text must read for everyone (WCAG AA, 4.5:1) on what is behind it.
    void check_contrast() {
        const ThemeConfig& t = cfg_.theme;
        for (const auto& [name, colour] :
             {std::pair{"theme.ink", t.ink}, {"theme.muted", t.muted}, {"theme.accent", t.accent}}) {
            check_contrast_of(name, colour, "theme.paper", t.paper);
            check_contrast_of(name, colour, "theme.bar", t.bar);
        }
        check_contrast_of("theme.paper", t.paper, "theme.accent", t.accent);  // the text of primary buttons
        for (const auto& era : timeline_.timeline.eras) {
            const double r = contrast_ratio(t.ink, era.background);
            if (r >= wcag_aa_text) continue;
            char msg[256];
            std::snprintf(msg, sizeof msg,
                          ": its name in theme.ink has a contrast of %.2f:1 on it; text needs at least 4.5:1", r);
            all_.push_back({timeline_.timeline.source_path, era.line, 0,
                            "the era \"" + era.id + "\" (its Background)" + msg, Diagnostic::Severity::warning});
        }
    }

    void check_contrast_of(const char* fg_name, Color fg, const char* bg_name, Color bg) {
        const double r = contrast_ratio(fg, bg);
        if (r + 1e-9 >= wcag_aa_text) return;
        char msg[256];
        std::snprintf(msg, sizeof msg,
                      "%s (%s) on %s (%s) has a contrast of %.2f:1; text needs at least 4.5:1 (WCAG AA)", fg_name,
                      fg.to_hex().c_str(), bg_name, bg.to_hex().c_str(), r);
        // Point at whichever of the two the file sets (the text colour first).
        auto [line, column] = position_of(fg_name);
        if (line == 0) std::tie(line, column) = position_of(bg_name);
        all_.push_back({cfg_.path, line, column, msg, Diagnostic::Severity::warning});
    }

    // Every text a visitor sees in each offered language: an event's words without their
    // translation fall back to English on a Russian screen, which --check names (and a
    // date given in English to the month, where the automatic Russian one would name a
    // day the English leaves out).
    void check_languages() {
        for (const auto& lang : cfg_.behaviour.languages)
            if (lang != "en")
                for (const auto& ev : timeline_.timeline.events) check_event_in(ev, lang);
    }

    void check_event_in(const TimelineEvent& ev, const std::string& lang) {
        const std::string sfx = " (" + lang + ")";
        const std::string& source = timeline_.timeline.source_path;
        auto missing = [&](const std::string& english, const std::map<std::string, std::string>& tr,
                           const std::string& column) {
            const auto it = tr.find(lang);
            if (!english.empty() && (it == tr.end() || it->second.empty()))
                all_.push_back({source, ev.line, 0,
                                "the event \"" + ev.id + "\" has no " + column + sfx + ": visitors in " + lang +
                                    " read the English",
                                Diagnostic::Severity::warning});
        };
        missing(ev.headline, ev.headline_tr, "Headline");
        missing(ev.text, ev.text_tr, "Text");
        missing(ev.media_caption, ev.media_caption_tr, "Media Caption");
        missing(ev.media_credit, ev.media_credit_tr, "Media Credit");
        const auto given = ev.display_date_tr.find(lang);
        const bool translated = given != ev.display_date_tr.end() && !given->second.empty();
        if (ev.display_date_given && ev.start.day && !translated && !names_day(ev.display_date, ev.start.day))
            all_.push_back({source, ev.line, 0,
                            "the event \"" + ev.id + "\" shows \"" + ev.display_date + "\" but its " + lang +
                                " date, made from Day, would name the day: give Display Date" + sfx,
                            Diagnostic::Severity::warning});
    }

    // The curator PIN: kept as a hash, and never the one printed on the start screen
    // where visitors can open curator mode (a fullscreen installation).
    void check_pin() {
        const CuratorConfig& cu = cfg_.curator;
        if (!cu.pin.empty() && cu.pin_hash.empty()) {
            const auto [line, col] = position_of("curator.pin");
            all_.push_back({cfg_.path, line, col,
                            "the curator PIN is written in plain text; run kiosk --set-pin to keep only its hash",
                            Diagnostic::Severity::warning});
        }
        const bool default_pin = cu.pin_hash.empty() ? cu.pin == "1921" : verify_pin("1921", cu.pin_hash);
        if (default_pin && cfg_.display.fullscreen) {
            const auto [line, col] = position_of(cu.pin_hash.empty() ? "curator.pin" : "curator.pin_hash");
            all_.push_back({cfg_.path, line, col,
                            "the curator PIN is 1921, the year on the start screen: any visitor could open curator "
                            "mode; set another with kiosk --set-pin"});
        }
    }

    // What Home's doors will read, so a curator sees a [[documents]] title take effect.
    void print_doors() const {
        const std::string lang = cfg_.behaviour.default_language;
        std::cout << "Home's doors:";
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            std::string name = entries_[i].title_in(lang);
            const bool telegram =
                name.empty() && cfg_.resolve(entries_[i].file) == cfg_.resolve(ContentConfig{}.document);
            if (telegram)
                name = words_("home.telegram", lang);
            else if (name.empty() && i == 0 && doc_)
                name = doc_.value().display_title();
            std::cout << (i ? ", " : " ") << '"' << name << "\" (" << files_[i] << ")";
        }
        std::cout << ", \"" << words_("home.timeline", lang) << "\"\n";
    }

    // Warnings are worth reading but lose nothing: the kiosk shows the content as it is
    // (a pale colour, a source not given). Errors leave something out or stop it.
    int report() {
        // Errors first (what a visitor would miss), then warnings, each in file order.
        std::stable_sort(all_.begin(), all_.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.severity == Diagnostic::Severity::error && b.severity != Diagnostic::Severity::error;
        });
        for (const auto& d : all_) std::cout << d.to_string() << '\n';
        print_doors();
        const auto errors = static_cast<std::size_t>(std::count_if(
            all_.begin(), all_.end(), [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; }));
        const std::size_t warnings = all_.size() - errors;
        if (errors) {
            std::cout << plural(errors, "error") << (warnings ? " and " + plural(warnings, "warning") : std::string())
                      << " found.\n";
            return 1;
        }
        const std::string documents = files_.size() == 1 ? files_[0] : std::to_string(files_.size()) + " documents";
        std::cout << "All is well: " << path_ << ", " << documents << ", " << cfg_.resolve(cfg_.content.timeline)
                  << " (" << timeline_.timeline.events.size() << " events, " << timeline_.timeline.eras.size()
                  << " eras) and the fonts check out";
        if (warnings) std::cout << "; " << plural(warnings, "warning") << " above";
        std::cout << ".\n";
        if (warnings && options_.strict) {
            std::cout << "--strict: warnings count as problems.\n";
            return 1;
        }
        return 0;
    }

    const Options& options_;
    Diagnostics all_;
    std::string path_;
    ConfigLoad load_;
    const Config& cfg_;
    std::vector<DocumentEntry> entries_;
    std::vector<std::string> files_;  // each entry's file, as checked
    Result<Document> doc_ = Diagnostic{};
    TimelineLoad timeline_;
    UiWords words_;
};

}  // namespace

int run_check(const Options& options) {
    const std::string path = options.config_path.empty() ? find_default_config() : options.config_path;
    say_where(options, path);  // before reading it: its own problems come after
    return ContentCheck(options, path).run();
}

}  // namespace kiosk
