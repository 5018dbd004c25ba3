// Words with the time the voice reaches them: from a synthesiser's word events, or
// from a recorded narration's WebVTT script matched to the text.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "narration/speech_text.h"
#include "narration/webvtt.h"

namespace kiosk {

struct TimedWord {
    int paragraph = -1;   // index into the paragraphs read
    ByteRange bytes;      // in that paragraph's text
    double start_ms = 0;  // on the voice's clock, from its first sample
    std::string text;
};

// The index of the word being heard at `ms` (the last one started), -1 before the first.
int word_at(const std::vector<TimedWord>& words, double ms);

// The script's words matched, in order, to the words of `paragraphs`. The recording may
// cover any stretch of the text (the telegram without the exhibit's introduction): it
// starts where its first words are found. A script word that is not the text's next
// word is a problem at its line and column; matching then picks up again a few words
// on, so one slip does not unhinge the rest.
struct ScriptAlignment {
    std::vector<TimedWord> words;
    Diagnostics problems;
};
ScriptAlignment align_script(const std::vector<VttCue>& cues, const std::vector<SpeechParagraph>& paragraphs,
                             const std::string& path);

}  // namespace kiosk
