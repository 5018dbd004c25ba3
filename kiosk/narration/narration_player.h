// The player of one narration at a time: playing, paused or stopped; the samples it
// has handed to the speaker; the word being heard. Pure: an output (a sound device,
// a WAV file, or just the clock) pulls samples from it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "narration/speech_source.h"

namespace kiosk {

class NarrationPlayer {
public:
    enum class State { stopped, playing, paused };

    // Starts a text (stopping whatever was playing): `text_id` names it for the scenes
    // and the state ("telegram", "event:hughes-reply-1921").
    void start(std::string text_id, std::unique_ptr<SpeechSource> source);
    void pause();
    void resume();
    void stop();

    State state() const { return state_; }
    bool active() const { return state_ != State::stopped; }
    const std::string& text_id() const { return text_id_; }
    std::string voice() const { return source_ ? source_->voice() : std::string(); }

    // Fills `n` samples for the speaker: the voice at `volume` (0..1) while playing,
    // silence otherwise. Returns how many of them were voice. At the voice's end the
    // player stops by itself.
    std::size_t render(std::int16_t* out, std::size_t n, float volume);
    // Samples rendered but never heard (a device's queue dropped on pause): they are
    // played again on resume, and the clock goes back by as much.
    void unrender(std::size_t samples);

    // Milliseconds of voice rendered so far.
    double rendered_ms() const;
    // The word being heard when the speaker is `latency_ms` behind what was rendered.
    int word_at_heard(double latency_ms) const;
    const std::vector<TimedWord>& words() const { return words_; }

private:
    State state_ = State::stopped;
    std::string text_id_;
    std::unique_ptr<SpeechSource> source_;
    std::vector<TimedWord> words_;
    std::size_t rendered_ = 0;          // voice samples handed out
    std::deque<std::int16_t> history_;  // the last second of them, for unrender
    std::deque<std::int16_t> replay_;   // handed back, played before the source
};

}  // namespace kiosk
