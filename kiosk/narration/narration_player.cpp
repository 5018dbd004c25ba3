#include "narration/narration_player.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

void NarrationPlayer::start(std::string text_id, std::unique_ptr<SpeechSource> source) {
    stop();
    text_id_ = std::move(text_id);
    source_ = std::move(source);
    state_ = source_ ? State::playing : State::stopped;
}

void NarrationPlayer::pause() {
    if (state_ == State::playing) state_ = State::paused;
}

void NarrationPlayer::resume() {
    if (state_ == State::paused) state_ = State::playing;
}

void NarrationPlayer::stop() {
    state_ = State::stopped;
    text_id_.clear();
    source_.reset();
    words_.clear();
    rendered_ = 0;
    history_.clear();
    replay_.clear();
}

std::size_t NarrationPlayer::render(std::int16_t* out, std::size_t n, float volume) {
    std::fill_n(out, n, std::int16_t{0});
    if (state_ != State::playing || !source_) return 0;
    std::size_t got = 0;
    while (got < n && !replay_.empty()) {
        out[got++] = replay_.front();
        replay_.pop_front();
    }
    if (got < n) got += source_->read(out + got, n - got);
    source_->take_words(words_);
    // Volume as a gain on the samples; clipping cannot happen below 1.
    const float gain = std::clamp(volume, 0.0f, 1.0f);
    for (std::size_t i = 0; i < got; ++i) {
        history_.push_back(out[i]);
        out[i] = static_cast<std::int16_t>(std::lround(static_cast<float>(out[i]) * gain));
    }
    while (history_.size() > static_cast<std::size_t>(speech_rate_hz)) history_.pop_front();
    rendered_ += got;
    if (got < n && replay_.empty() && source_->ended()) stop();
    return got;
}

void NarrationPlayer::unrender(std::size_t samples) {
    samples = std::min({samples, history_.size(), rendered_});
    for (std::size_t i = 0; i < samples; ++i) {
        replay_.push_front(history_.back());
        history_.pop_back();
    }
    rendered_ -= samples;
}

double NarrationPlayer::rendered_ms() const {
    return static_cast<double>(rendered_) * 1000.0 / speech_rate_hz;
}

int NarrationPlayer::word_at_heard(double latency_ms) const {
    if (state_ == State::stopped) return -1;
    return word_at(words_, std::max(0.0, rendered_ms() - latency_ms));
}

}  // namespace kiosk
