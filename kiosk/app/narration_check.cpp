#include "app/narration_check.h"

#include <algorithm>
#include <filesystem>

#include "narration/content_speech.h"
#include "narration/timed_words.h"
#include "narration/webvtt.h"
#include "platform/recorded_voice.h"

namespace kiosk {

Diagnostics check_narrations(const std::string& folder, const Document* document, const Timeline* timeline) {
    namespace fs = std::filesystem;
    Diagnostics out;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(folder, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        const std::string path = f.string();
        const std::string stem = f.stem().string();  // "d723.en"
        const auto dot = stem.rfind('.');
        if (f.extension() == ".ogg") {
            if (!fs::exists(f.parent_path() / (stem + ".vtt")))
                out.push_back({path, 0, 0,
                               "has no script (" + stem + ".vtt): it is not played, since its words could not be lit",
                               Diagnostic::Severity::warning});
            continue;
        }
        if (f.extension() != ".vtt") continue;
        if (dot == std::string::npos) {
            out.push_back({path, 0, 0, "expected a name like ID.LANG.vtt (d723.en.vtt, hughes-reply-1921.ru.vtt)"});
            continue;
        }
        const std::string id = stem.substr(0, dot), lang = stem.substr(dot + 1);
        VttLoad vtt = load_webvtt(path);
        out.insert(out.end(), vtt.problems.begin(), vtt.problems.end());
        const std::string audio = (f.parent_path() / (stem + ".ogg")).string();
        if (!fs::exists(audio)) {
            out.push_back({path, 0, 0, "has no recording beside it (" + stem + ".ogg)"});
        } else if (const auto length = recording_length_ms(audio)) {
            check_cues_within(vtt, *length, path, out);
        } else {
            out.push_back({audio, 0, 0, "cannot be read as OGG Vorbis audio"});
        }
        std::vector<SpeechParagraph> text;
        if (document && id == document->id) {
            text = document_speech(*document, lang);
            if (text.empty()) out.push_back({path, 0, 0, "the document has no text in \"" + lang + "\" to narrate"});
        } else if (const TimelineEvent* ev = timeline ? timeline->find(id) : nullptr) {
            text = card_speech(ev->headline_for(lang), ev->text_for(lang));
        } else if (id == "title" && timeline && timeline->title) {
            text = card_speech(timeline->title->headline_for(lang), timeline->title->text_for(lang));
        } else {
            out.push_back({path, 0, 0, "\"" + id + "\" is neither the document's id nor an event's Id",
                           Diagnostic::Severity::warning});
            continue;
        }
        if (!text.empty() && vtt.ok()) {
            const ScriptAlignment a = align_script(vtt.cues, text, path);
            out.insert(out.end(), a.problems.begin(), a.problems.end());
        }
    }
    return out;
}

}  // namespace kiosk
