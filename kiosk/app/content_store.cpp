// Sections: 1. the first load, piece by piece  2. reload, all or nothing  3. images
// and the folders to watch.
#include "app/content_store.h"

#include <chrono>
#include <filesystem>

#include "app/options.h"
#include "content/tei_document.h"
#include "content/translations.h"
#include "core/log.h"
#include "core/paths.h"
#include "core/text_file.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

std::string folder_of(const std::string& path) {
    const auto p = std::filesystem::path(path).parent_path();
    return p.empty() ? std::string(".") : p.string();
}

// The documents to offer: the one given on the command line, else the configuration's.
std::vector<DocumentEntry> entries_of(const ContentSources& sources, const Config& c) {
    if (sources.document_override.empty()) return c.document_entries();
    const DocumentChoice choice = choose_document(sources.document_override, "", "");
    DocumentEntry one;
    one.file = std::filesystem::absolute(choice.file).lexically_normal().string();  // from where the command was given
    one.id = choice.id;
    return {one};
}

// The first word of data_dir/.content-commit: a commit id, at most 64 characters.
std::string read_content_commit(const std::string& data_dir) {
    auto text =
        read_text_file((std::filesystem::path(data_dir) / ".content-commit").string(), 4096, "the content's commit");
    if (!text) return {};
    std::string id = trim_space(text.value());
    id = id.substr(0, std::min<std::size_t>(id.find_first_of(" \t\r\n"), 64));
    for (const char c : id)
        if (!std::isalnum(static_cast<unsigned char>(c))) return {};
    return id;
}

std::shared_ptr<const Document> first_loaded(const std::vector<std::shared_ptr<const Document>>& docs) {
    for (const auto& d : docs)
        if (d) return d;
    return nullptr;
}

bool fonts_differ(const Config& a, const Config& b) {
    return a.theme.font_body != b.theme.font_body || a.theme.font_body_italic != b.theme.font_body_italic ||
           a.theme.font_display != b.theme.font_display || a.theme.font_display_italic != b.theme.font_display_italic ||
           a.theme.font_label != b.theme.font_label || a.theme.font_label_strong != b.theme.font_label_strong ||
           a.content.hyphenation_en != b.content.hyphenation_en || a.content.hyphenation_ru != b.content.hyphenation_ru;
}

}  // namespace

ContentStore::ContentStore(ImageSizeReader image_sizes) : read_image_size_(std::move(image_sizes)) {}
ContentStore::~ContentStore() = default;
ContentStore::ContentStore(ContentStore&&) noexcept = default;
ContentStore& ContentStore::operator=(ContentStore&&) noexcept = default;

// ---- 1. the first load ---------------------------------------------------------

bool ContentStore::load_configuration(const ContentSources& sources) {
    sources_ = sources;
    if (sources_.config_path.empty()) sources_.config_path = find_default_config();
    ConfigLoad load = load_config(sources_.config_path, sources_.local_config);
    for (const auto& d : load.problems) log::warn(d.to_string());
    problems_ = load.problems;
    // A wrong key keeps its default; the rest of the file still counts.
    snapshot_.config = load.config;
    content_commit_ = read_content_commit(snapshot_.config.data_dir);
    return load.ok();
}

void ContentStore::load_content() {
    load_texts();
    if (!load_document()) log::error("no document to show");
    load_timeline();
    if (!create_text_engine()) log::error("no fonts; the kiosk shows a plain screen");
}

bool ContentStore::load_texts() {
    const Config& c = snapshot_.config;
    TranslationsLoad t = load_translations(c.resolve(c.content.translations), ui_text_keys(), c.behaviour.languages);
    for (const auto& d : t.problems) log::warn(d.to_string());
    problems_.insert(problems_.end(), t.problems.begin(), t.problems.end());
    snapshot_.words = UiWords(std::make_shared<const UiTexts>(std::move(t.texts)));
    return t.ok();
}

bool ContentStore::load_document() {
    const Config& c = snapshot_.config;
    snapshot_.entries = entries_of(sources_, c);
    snapshot_.documents.assign(snapshot_.entries.size(), nullptr);
    for (std::size_t i = 0; i < snapshot_.entries.size(); ++i) {
        const DocumentEntry& e = snapshot_.entries[i];
        Diagnostics translation_problems;
        auto doc = load_tei_document(c.resolve(e.file), e.id, &translation_problems);
        for (const auto& d : translation_problems) log::warn(d.to_string() + " (the translation is left out)");
        problems_.insert(problems_.end(), translation_problems.begin(), translation_problems.end());
        if (!doc) {
            if (load_problem_.empty()) load_problem_ = doc.error().to_string();
            problems_.push_back(doc.error());
            log::error(doc.error().to_string() + ": its door on Home says it is not available");
            continue;
        }
        snapshot_.documents[i] = std::make_shared<const Document>(std::move(doc).value());
    }
    snapshot_.document = first_loaded(snapshot_.documents);
    return snapshot_.document != nullptr;
}

bool ContentStore::load_timeline() {
    const Config& c = snapshot_.config;
    TimelineLoad load =
        kiosk::load_timeline(c.resolve(c.content.timeline), [&](const std::string& p) { return c.resolve(p); });
    for (const auto& d : load.problems) log::warn(d.to_string());
    problems_.insert(problems_.end(), load.problems.begin(), load.problems.end());
    if (!load.file_ok) {
        log::error(c.resolve(c.content.timeline) +
                   (snapshot_.timeline ? ": keeping the last good timeline" : ": the kiosk runs without a timeline"));
        return false;
    }
    snapshot_.timeline = std::make_shared<const Timeline>(std::move(load.timeline));
    return true;
}

bool ContentStore::create_text_engine() {
    Diagnostics problems;
    auto engine = TextEngine::create(snapshot_.config, problems);
    for (const auto& d : problems) log::warn(d.to_string());
    problems_.insert(problems_.end(), problems.begin(), problems.end());
    if (!engine) {
        log::error(engine.error().to_string());
        return false;
    }
    text_ = std::move(engine).value();
    return true;
}

// ---- 2. reload ----------------------------------------------------------------------

namespace {

// The first error among `problems` as FILE:LINE: message, or `otherwise`.
std::string first_error(const Diagnostics& problems, const std::string& otherwise) {
    for (const auto& d : problems)
        if (d.severity == Diagnostic::Severity::error) return d.to_string();
    return otherwise;
}

}  // namespace

ContentStore::Prepared ContentStore::prepare(const ContentSources& sources, const Config& current,
                                             const std::shared_ptr<const Timeline>& current_timeline) {
    Prepared p;
    auto reject = [&](std::string why) {
        p.rejection = std::move(why);
        return std::move(p);
    };
    p.config = load_config(sources.config_path, sources.local_config);
    // A line that cannot be read keeps what it set before; the rest of the edit counts.
    // A file that cannot be read at all, or settings that contradict each other, are
    // refused whole.
    std::size_t errors = 0;
    for (const auto& d : p.config.problems) errors += d.severity == Diagnostic::Severity::error;
    if (!p.config.file_ok || errors > static_cast<std::size_t>(p.config.line_errors))
        return reject(first_error(p.config.problems, sources.config_path + ": the configuration cannot be read"));
    keep_last_good(p.config, current);
    const Config& c = p.config.config;
    p.entries = entries_of(sources, c);
    for (const DocumentEntry& e : p.entries) {
        Diagnostics translation_problems;
        auto d = load_tei_document(c.resolve(e.file), e.id, &translation_problems);
        if (!d) return reject(d.error().to_string());
        if (!translation_problems.empty()) return reject(translation_problems.front().to_string());
        p.documents.push_back(std::make_shared<const Document>(std::move(d).value()));
    }
    // Row by row, as at the start: a file that cannot be read at all keeps the last good
    // timeline; bad rows are skipped and said, and the good ones show.
    TimelineLoad tl =
        kiosk::load_timeline(c.resolve(c.content.timeline), [&](const std::string& media) { return c.resolve(media); });
    if (!tl.file_ok)
        return reject(first_error(tl.problems, c.resolve(c.content.timeline) + ": the timeline cannot be read"));
    if (current_timeline) keep_last_good_rows(tl, *current_timeline);
    p.content_problems = std::move(tl.problems);
    p.timeline = std::make_shared<const Timeline>(std::move(tl.timeline));
    TranslationsLoad texts =
        load_translations(c.resolve(c.content.translations), ui_text_keys(), c.behaviour.languages);
    if (!texts.ok()) return reject(first_error(texts.problems, ""));
    p.texts = std::move(texts.texts);
    // Fonts deleted or emptied since the start are noticed now, not at the next boot
    // (the faces in use stay open and keep working until then).
    for (const std::string* font : {&c.theme.font_body, &c.theme.font_body_italic, &c.theme.font_display,
                                    &c.theme.font_display_italic, &c.theme.font_label, &c.theme.font_label_strong}) {
        if (font->empty()) continue;
        const auto size = regular_file_size(c.resolve(*font));
        if (!size) return reject(c.resolve(*font) + ": the font " + size.error().message);
        if (size.value() == 0) return reject(c.resolve(*font) + ": the font file is empty");
    }
    if (fonts_differ(c, current)) {
        Diagnostics problems;
        auto e = TextEngine::create(c, problems);
        if (!e) return reject(e.error().to_string());
        if (!problems.empty()) return reject(problems.front().to_string());
        p.engine = std::move(e).value();
    }
    return p;
}

bool ContentStore::commit(Prepared p) {
    if (!p.rejection.empty()) {
        last_reload_ok_ = false;
        last_reload_problem_ = p.rejection;
        log::error("edit rejected, the last good content stays on screen: " + p.rejection);
        return false;
    }
    for (const auto& d : p.config.problems) log::warn(d.to_string());
    for (const auto& d : p.content_problems) log::warn(d.to_string());
    snapshot_.config = p.config.config;
    content_commit_ = read_content_commit(snapshot_.config.data_dir);
    snapshot_.entries = std::move(p.entries);
    snapshot_.documents = std::move(p.documents);
    snapshot_.document = first_loaded(snapshot_.documents);
    load_problem_.clear();
    snapshot_.timeline = std::move(p.timeline);
    ++snapshot_.version;
    snapshot_.words = UiWords(std::make_shared<const UiTexts>(std::move(p.texts)));
    if (p.engine) text_ = std::move(p.engine);
    image_sizes_.clear();
    problems_ = p.config.problems;
    problems_.insert(problems_.end(), p.content_problems.begin(), p.content_problems.end());
    last_reload_ok_ = true;
    last_reload_problem_.clear();
    // Accepted, but not whole: say what was left out, never just "accepted".
    std::size_t left_out = 0;
    for (const auto& d : problems_) {
        if (d.severity != Diagnostic::Severity::error) continue;
        if (left_out++ == 0) last_reload_problem_ = d.to_string();
    }
    if (left_out > 1) last_reload_problem_ += " (and " + std::to_string(left_out - 1) + " more)";
    log::info("content reloaded (version " + std::to_string(snapshot_.version) + ")" +
              (left_out ? ", " + std::to_string(left_out) + " line(s) or row(s) left out" : ""));
    return true;
}

bool ContentStore::reload() {
    if (pending_.valid()) pending_.wait();  // one at a time
    if (pending_.valid()) commit(pending_.get());
    return commit(prepare(sources_, snapshot_.config, snapshot_.timeline));
}

void ContentStore::reload_in_background() {
    if (pending_.valid()) {
        again_ = true;  // an edit arrived while the last one was being read: read again after
        return;
    }
    pending_ =
        std::async(std::launch::async, [sources = sources_, current = snapshot_.config, timeline = snapshot_.timeline] {
            return prepare(sources, current, timeline);
        });
}

std::optional<bool> ContentStore::poll_reload() {
    if (!pending_.valid() || pending_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    const bool accepted = commit(pending_.get());
    if (again_) {
        again_ = false;
        reload_in_background();
    }
    return accepted;
}

bool ContentStore::reload_pending() const {
    return pending_.valid();
}

// ---- 3. images and folders ------------------------------------------------------------

std::optional<std::pair<int, int>> ContentStore::image_size(const std::string& path) const {
    if (auto it = image_sizes_.find(path); it != image_sizes_.end()) return it->second;
    std::string why = "no image reader";
    std::optional<std::pair<int, int>> size;
    // Pictures come from the content folder, and only from there.
    if (!inside_folder(snapshot_.config.data_dir, path))
        why = "it lies outside the content folder " + snapshot_.config.data_dir;
    else if (read_image_size_)
        size = read_image_size_(path, why);
    if (!size) log::warn(path + ": cannot read the image (" + why + "); the card is shown without it");
    image_sizes_[path] = size;
    return size;
}

std::vector<std::string> ContentStore::watched_folders() const {
    const Config& c = snapshot_.config;
    std::vector<std::string> folders{folder_of(sources_.config_path), folder_of(c.resolve(c.content.timeline)),
                                     c.resolve(c.content.translations)};
    for (const auto& e : snapshot_.entries) folders.push_back(folder_of(c.resolve(e.file)));
    if (!sources_.local_config.empty()) folders.push_back(folder_of(sources_.local_config));
    if (snapshot_.timeline)
        for (const auto& e : snapshot_.timeline->events)
            if (!e.media.empty()) folders.push_back(folder_of(c.resolve(e.media)));
    return folders;
}

}  // namespace kiosk
