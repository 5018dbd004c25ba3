// A voice reading one text: audio (mono, 16-bit, speech_rate_hz) and the timing of
// its words, as it becomes available. A synthesiser's voice arrives paragraph by
// paragraph from its own thread; a recording is decoded as it plays.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "narration/timed_words.h"

namespace kiosk {

// One rate for every voice: speech needs no more, and the output converts once.
constexpr int speech_rate_hz = 22050;

class SpeechSource {
public:
    virtual ~SpeechSource() = default;
    // Up to `n` samples from where the last read stopped. Fewer (even none) when the
    // voice is not ready yet; `ended()` tells the end apart from a wait.
    virtual std::size_t read(std::int16_t* out, std::size_t n) = 0;
    virtual bool ended() const = 0;
    // Words whose time is now known, appended in order (times from this source's
    // first sample).
    virtual void take_words(std::vector<TimedWord>& into) = 0;
    // What is speaking, for the diagnostics: "espeak-ng (en-us)", "recorded: …ogg".
    virtual std::string voice() const = 0;
};

// A voice held in memory (tests, short texts).
class PcmSource : public SpeechSource {
public:
    PcmSource(std::vector<std::int16_t> samples, std::vector<TimedWord> words, std::string voice = "in memory")
        : samples_(std::move(samples)), words_(std::move(words)), voice_(std::move(voice)) {}
    std::size_t read(std::int16_t* out, std::size_t n) override;
    bool ended() const override { return at_ >= samples_.size(); }
    void take_words(std::vector<TimedWord>& into) override;
    std::string voice() const override { return voice_; }

private:
    std::vector<std::int16_t> samples_;
    std::vector<TimedWord> words_;
    std::string voice_;
    std::size_t at_ = 0;
    bool words_taken_ = false;
};

}  // namespace kiosk
