#include "narration/speech_source.h"

#include <algorithm>

namespace kiosk {

std::size_t PcmSource::read(std::int16_t* out, std::size_t n) {
    const std::size_t k = std::min(n, samples_.size() - at_);
    std::copy_n(samples_.begin() + static_cast<std::ptrdiff_t>(at_), k, out);
    at_ += k;
    return k;
}

void PcmSource::take_words(std::vector<TimedWord>& into) {
    if (words_taken_) return;
    into.insert(into.end(), words_.begin(), words_.end());
    words_taken_ = true;
}

}  // namespace kiosk
