// Everything the kiosk shows from files, as one versioned snapshot: the configuration,
// the document, the timeline, the kiosk's own words, and the fonts (the text engine).
// The first load takes whatever can be loaded, piece by piece; a reload is accepted
// whole or rejected whole, so a broken edit never reaches the screen. The last good
// snapshot stays, with the reason of the last rejection.
#pragma once

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "content/config.h"
#include "content/document.h"
#include "content/timeline.h"
#include "core/result.h"
#include "scenes/ui_text.h"

namespace kiosk {

class TextEngine;

// Where content comes from: the configuration file, and a document given on the
// command line in place of the configured one ("FILE" or "FILE#ID"; empty: none).
struct ContentSources {
    std::string config_path;
    std::string document_override;
    std::string local_config;  // this computer's own settings over the shared ones (empty: none)
};

struct ContentSnapshot {
    Config config;
    // The documents offered (the configuration's, or the one given on the command line),
    // and each one loaded, in the same order (null: it could not be loaded).
    std::vector<DocumentEntry> entries;
    std::vector<std::shared_ptr<const Document>> documents;
    std::shared_ptr<const Document> document;  // the first that loaded; null: none could be
    std::shared_ptr<const Timeline> timeline;  // null: none could be loaded
    UiWords words;                             // the translation files' texts over the built-in ones
    int version = 1;
};

// Reads an image file's pixel size (the shell's answer; tests give their own).
using ImageSizeReader = std::function<std::optional<std::pair<int, int>>(const std::string& path, std::string& why)>;

class ContentStore {
public:
    explicit ContentStore(ImageSizeReader image_sizes = {});
    ~ContentStore();
    ContentStore(ContentStore&&) noexcept;
    ContentStore& operator=(ContentStore&&) noexcept;

    // First load, in two steps (the interactive kiosk starts its log in between).
    // Each piece that fails is logged and left out; the kiosk runs with the rest.
    bool load_configuration(const ContentSources& sources);
    void load_content();

    // Loads everything anew beside the running content; only if all of it is good
    // does it replace the snapshot. Returns whether it was accepted.
    bool reload();
    // The same, read on a thread of its own so the frames go on meanwhile (the old
    // content stays on screen until the new is ready); poll_reload() commits it once
    // read and says whether it was accepted, or nothing while it is still being read.
    void reload_in_background();
    std::optional<bool> poll_reload();
    bool reload_pending() const;

    const ContentSnapshot& snapshot() const { return snapshot_; }
    const Config& config() const { return snapshot_.config; }
    const Document* document() const { return snapshot_.document.get(); }
    const std::vector<DocumentEntry>& document_entries() const { return snapshot_.entries; }
    // The i-th document offered, or null (not loaded, or no such).
    const Document* document(std::size_t i) const {
        return i < snapshot_.documents.size() ? snapshot_.documents[i].get() : nullptr;
    }
    const Timeline* timeline() const { return snapshot_.timeline.get(); }
    const UiWords& words() const { return snapshot_.words; }
    bool has_timeline() const { return snapshot_.timeline && !snapshot_.timeline->events.empty(); }
    TextEngine* text() const { return text_.get(); }
    int version() const { return snapshot_.version; }
    const std::string& config_path() const { return sources_.config_path; }

    // The content repository's commit this content came from (the sync job leaves it in
    // the content folder as .content-commit), or empty.
    const std::string& content_commit() const { return content_commit_; }
    bool last_reload_ok() const { return last_reload_ok_; }
    const std::string& last_reload_problem() const { return last_reload_problem_; }
    // Why no document could be loaded (for the resting screen), or empty.
    const std::string& load_problem() const { return load_problem_; }
    // Warnings and skipped rows of the current content (for curator mode).
    const Diagnostics& problems() const { return problems_; }

    // The pixel size of an image, read once per snapshot (and remembered: a cache).
    std::optional<std::pair<int, int>> image_size(const std::string& path) const;
    // The folders whose files make up the content (for the file watcher).
    std::vector<std::string> watched_folders() const;

private:
    // An edit read and checked beside the running content, not yet shown.
    struct Prepared {
        std::string rejection;  // why the edit is refused; empty: accepted
        ConfigLoad config;
        std::vector<DocumentEntry> entries;
        std::vector<std::shared_ptr<const Document>> documents;
        std::shared_ptr<const Timeline> timeline;
        Diagnostics content_problems;  // rows left out, notes: accepted all the same
        std::map<std::string, std::map<std::string, std::string>> texts;
        std::unique_ptr<TextEngine> engine;  // new fonts only
    };
    // Touches nothing of the store: safe on another thread (the current timeline is
    // immutable and shared).
    static Prepared prepare(const ContentSources& sources, const Config& current,
                            const std::shared_ptr<const Timeline>& current_timeline);
    bool commit(Prepared prepared);

    bool load_document();
    bool load_timeline();
    bool load_texts();
    bool create_text_engine();

    ContentSources sources_;
    ContentSnapshot snapshot_;
    std::unique_ptr<TextEngine> text_;
    ImageSizeReader read_image_size_;
    mutable std::map<std::string, std::optional<std::pair<int, int>>> image_sizes_;
    Diagnostics problems_;
    std::future<Prepared> pending_;  // a reload being read
    bool again_ = false;
    std::string load_problem_;
    bool last_reload_ok_ = true;
    std::string content_commit_;
    std::string last_reload_problem_;
};

}  // namespace kiosk
