#include "narration/timed_words.h"

#include <algorithm>

namespace kiosk {

int word_at(const std::vector<TimedWord>& words, double ms) {
    const auto it =
        std::upper_bound(words.begin(), words.end(), ms, [](double t, const TimedWord& w) { return t < w.start_ms; });
    return static_cast<int>(it - words.begin()) - 1;
}

ScriptAlignment align_script(const std::vector<VttCue>& cues, const std::vector<SpeechParagraph>& paragraphs,
                             const std::string& path) {
    ScriptAlignment out;
    struct TextWord {
        SpeechWord at;
        std::string key, text;
    };
    std::vector<TextWord> text;
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
        for (const auto& w : words_of(paragraphs[p], static_cast<int>(p))) {
            std::string t = paragraphs[p].text.substr(w.bytes.begin, w.bytes.end - w.bytes.begin);
            text.push_back({w, word_key(t), t});
        }
    std::vector<const VttWord*> script;
    for (const auto& c : cues)
        for (const auto& w : c.words) script.push_back(&w);
    if (script.empty()) return out;

    // Where the recording starts: where its first word stands with most of the next
    // few after it (a slip among them must not hide the start); the earliest such place.
    const std::size_t probe = std::min<std::size_t>(4, script.size());
    std::size_t start = text.size(), best = 0;
    for (std::size_t s = 0; s < text.size(); ++s) {
        if (text[s].key != word_key(script[0]->text)) continue;
        std::size_t n = 0;
        for (std::size_t k = 0; k < probe && s + k < text.size(); ++k)
            n += text[s + k].key == word_key(script[k]->text);
        if (n > best) {
            best = n;
            start = s;
        }
    }
    if (best * 2 < probe) start = text.size();
    if (start == text.size()) {
        out.problems.push_back(
            {path, script[0]->line, script[0]->column,
             "the script's first words (\"" + script[0]->text + "…\") are not found in the text it narrates",
             Diagnostic::Severity::error});
        return out;
    }
    std::size_t j = start;
    int reported = 0;
    for (std::size_t i = 0; i < script.size(); ++i) {
        const VttWord* w = script[i];
        const std::string key = word_key(w->text);
        if (j < text.size() && text[j].key == key) {
            out.words.push_back({text[j].at.paragraph, text[j].at.bytes, w->start_ms, text[j].text});
            ++j;
            continue;
        }
        if (reported++ < 10) {
            out.problems.push_back({path, w->line, w->column,
                                    "the script says \"" + w->text + "\" where the text has " +
                                        (j < text.size() ? "\"" + text[j].text + "\"" : std::string("no more words")),
                                    Diagnostic::Severity::error});
        }
        // Pick up again. The text's word a little further on: the script left words
        // out. Else, if the script's next word is the text's next: this one was said
        // differently. Else the script has a word too many.
        bool found = false;
        for (std::size_t k = j + 1; k < std::min(text.size(), j + 6) && !found; ++k)
            if (text[k].key == key) {
                out.words.push_back({text[k].at.paragraph, text[k].at.bytes, w->start_ms, text[k].text});
                j = k + 1;
                found = true;
            }
        if (!found && i + 1 < script.size() && j + 1 < text.size() && text[j + 1].key == word_key(script[i + 1]->text))
            ++j;
    }
    return out;
}

}  // namespace kiosk
