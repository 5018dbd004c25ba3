// Speech made on the device by eSpeak NG, whose word events time the words. eSpeak
// keeps global state, so one thread of its own does all the synthesis, a paragraph at
// a time and no more than two paragraphs ahead of the listener.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "narration/speech_source.h"

namespace kiosk {

class EspeakVoice {
public:
    // Nothing (and a logged warning) where eSpeak NG or its voices are missing, or the
    // kiosk was built without it (-DKIOSK_WITH_ESPEAK=OFF).
    static std::unique_ptr<EspeakVoice> open(int words_per_minute);
    ~EspeakVoice();

    // Reads `paragraphs` from `first` on, each in its own language. With `wait`, a read
    // waits for audio not synthesised yet (the virtual clock of a headless run must not
    // outrun the voice); without, it returns short and the player waits.
    std::unique_ptr<SpeechSource> speak(std::vector<SpeechParagraph> paragraphs, int first, bool wait);

    struct Worker;

private:
    explicit EspeakVoice(std::unique_ptr<Worker> worker);
    std::unique_ptr<Worker> worker_;
};

// True when this build can speak with eSpeak NG.
bool espeak_built_in();

}  // namespace kiosk
