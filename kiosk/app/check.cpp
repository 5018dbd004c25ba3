// kiosk --check: every problem in configuration and content, FILE:LINE:COL: message.
#include "app/check.h"

#include <iostream>

#include "content/config.h"
#include "content/tei_document.h"
#include "content/timeline.h"
#include "content/translations.h"
#include "platform/image_file.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {

int run_check(const Options& options) {
    Diagnostics all;
    const std::string path = options.config_path.empty() ? find_default_config() : options.config_path;
    ConfigLoad load = load_config(path);
    all.insert(all.end(), load.problems.begin(), load.problems.end());
    const Config& cfg = load.config;
    const DocumentChoice choice = choose_document(options.document, cfg.resolve(cfg.content.document), cfg.content.document_id);
    const std::string& file = choice.file;
    auto doc = load_tei_document(file, choice.id);
    if (!doc) all.push_back(doc.error());
    TimelineLoad timeline = load_timeline_csv(cfg.resolve(cfg.content.timeline));
    all.insert(all.end(), timeline.problems.begin(), timeline.problems.end());
    for (const auto& ev : timeline.timeline.events) {
        if (ev.media.empty()) continue;
        const std::string image = cfg.resolve(ev.media);
        std::string why;
        if (!image_file_size(image, why))
            all.push_back({timeline.timeline.source_path, ev.line, 0,
                           "the image \"" + ev.media + "\" (" + image + ") cannot be read: " + why});
    }
    if (timeline.file_ok && !cfg.timeline.start_at.empty() && !timeline.timeline.find(cfg.timeline.start_at))
        all.push_back({cfg.path, 0, 0, "timeline.start_at \"" + cfg.timeline.start_at + "\" is not an Id in the timeline"});
    if (timeline.file_ok && !timeline.timeline.find(cfg.content.document_event))
        all.push_back({cfg.path, 0, 0, "content.document_event \"" + cfg.content.document_event +
                                           "\" is not an Id in the timeline"});
    TranslationsLoad texts = load_translations(cfg.resolve(cfg.content.translations), ui_text_keys(), cfg.behaviour.languages);
    all.insert(all.end(), texts.problems.begin(), texts.problems.end());
    Diagnostics font_problems;
    auto engine = TextEngine::create(cfg, font_problems);
    all.insert(all.end(), font_problems.begin(), font_problems.end());
    if (!engine) all.push_back(engine.error());
    for (const auto& d : all) std::cout << d.to_string() << '\n';
    if (all.empty()) {
        std::cout << "All is well: " << path << ", " << file << ", " << cfg.resolve(cfg.content.timeline)
                  << " (" << timeline.timeline.events.size() << " events, " << timeline.timeline.eras.size()
                  << " eras) and the fonts check out.\n";
        return 0;
    }
    std::cout << all.size() << " problem" << (all.size() == 1 ? "" : "s") << " found.\n";
    return 1;
}

}  // namespace kiosk
