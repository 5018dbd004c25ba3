#include "platform/audio_out.h"

#include <SDL.h>

#include <cmath>
#include <vector>

#include "core/log.h"

namespace kiosk {
namespace {

void put_u32(std::FILE* f, std::uint32_t v) {
    const unsigned char b[4] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
                                static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24)};
    std::fwrite(b, 1, 4, f);
}
void put_u16(std::FILE* f, std::uint16_t v) {
    const unsigned char b[2] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8)};
    std::fwrite(b, 1, 2, f);
}

// A device keeps this much queued: enough to ride out a slow frame, little enough that
// a pause is heard at once (the queue is dropped anyway).
constexpr double queue_ms = 120;

}  // namespace

// ---- the clock ---------------------------------------------------------------------------

ClockAudioOut::ClockAudioOut(std::string wav_path, std::string why) : path_(std::move(wav_path)), why_(std::move(why)) {
    if (path_.empty()) return;
    file_.reset(std::fopen(path_.c_str(), "wb"));
    if (!file_)
        log::error(path_ + ": cannot write the audio file");
    else
        write_header();
}

ClockAudioOut::~ClockAudioOut() = default;

void ClockAudioOut::write_header() {
    std::FILE* f = file_.get();
    const auto data_bytes = static_cast<std::uint32_t>(samples_ * 2);
    std::fseek(f, 0, SEEK_SET);
    std::fwrite("RIFF", 1, 4, f);
    put_u32(f, 36 + data_bytes);
    std::fwrite("WAVEfmt ", 1, 8, f);
    put_u32(f, 16);
    put_u16(f, 1);  // PCM
    put_u16(f, 1);  // mono
    put_u32(f, speech_rate_hz);
    put_u32(f, speech_rate_hz * 2);
    put_u16(f, 2);
    put_u16(f, 16);
    std::fwrite("data", 1, 4, f);
    put_u32(f, data_bytes);
    std::fseek(f, 0, SEEK_END);
}

void ClockAudioOut::pump(NarrationPlayer& player, double now_ms, float volume) {
    if (!started_) {
        started_ = true;
        start_ms_ = now_ms;
    }
    const auto due = static_cast<long long>(std::floor((now_ms - start_ms_) * speech_rate_hz / 1000.0));
    if (due <= samples_) return;
    std::vector<std::int16_t> buf(static_cast<std::size_t>(due - samples_));
    player.render(buf.data(), buf.size(), volume);
    samples_ = due;
    if (file_) {
        for (std::int16_t s : buf) put_u16(file_.get(), static_cast<std::uint16_t>(s));
        write_header();
        std::fflush(file_.get());
    }
}

std::string ClockAudioOut::description() const {
    if (!path_.empty()) return "recording to " + path_;
    return "none" + (why_.empty() ? std::string() : " (" + why_ + ")");
}

// ---- the sound card ------------------------------------------------------------------------

Result<std::unique_ptr<SdlAudioOut>> SdlAudioOut::open(const std::string& device) {
    if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return Diagnostic{"", 0, 0, std::string("no sound: ") + SDL_GetError()};
    SDL_AudioSpec want{}, have{};
    want.freq = speech_rate_hz;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;
    // SDL converts to whatever the card wants; the queue stays in the speech format.
    const SDL_AudioDeviceID id = SDL_OpenAudioDevice(device.empty() ? nullptr : device.c_str(), 0, &want, &have, 0);
    if (id == 0) {
        return Diagnostic{"", 0, 0,
                          std::string("the sound device ") + (device.empty() ? "(default)" : "\"" + device + "\"") +
                              " cannot be opened: " + SDL_GetError()};
    }
    const char* driver = SDL_GetCurrentAudioDriver();
    const std::string name = device.empty() ? "default device" : device;
    return std::unique_ptr<SdlAudioOut>(new SdlAudioOut(
        id, have.freq > 0 ? have.samples * 1000.0 / have.freq : 0.0,
        std::string(driver ? driver : "SDL") + ": " + name + " (" + std::to_string(have.freq) + " Hz)"));
}

SdlAudioOut::SdlAudioOut(unsigned device_id, double device_buffer_ms, std::string description)
    : device_(device_id), device_buffer_ms_(device_buffer_ms), description_(std::move(description)) {}

SdlAudioOut::~SdlAudioOut() {
    SDL_CloseAudioDevice(device_);
}

void SdlAudioOut::pump(NarrationPlayer& player, double, float volume) {
    // A card left running plays silence all day: it rests while nothing is read.
    const bool playing = player.state() == NarrationPlayer::State::playing;
    if (!playing) {
        if (!device_paused_ && SDL_GetQueuedAudioSize(device_) == 0) {
            SDL_PauseAudioDevice(device_, 1);
            device_paused_ = true;
        }
        return;
    }
    if (device_paused_) {
        SDL_PauseAudioDevice(device_, 0);
        device_paused_ = false;
    }
    std::vector<std::int16_t> buf(512);
    const auto target = static_cast<Uint32>(queue_ms * speech_rate_hz / 1000.0) * 2;
    for (int guard = 0; guard < 16 && SDL_GetQueuedAudioSize(device_) < target; ++guard) {
        const std::size_t voiced = player.render(buf.data(), buf.size(), volume);
        if (voiced == 0) break;  // the voice is not ready: queue nothing rather than gaps
        SDL_QueueAudio(device_, buf.data(), static_cast<Uint32>(voiced * 2));
    }
}

double SdlAudioOut::latency_ms() const {
    const double queued = static_cast<double>(SDL_GetQueuedAudioSize(device_)) / 2.0;
    // What SDL has taken from the queue but the card has not played yet: about half
    // its buffer on average.
    return queued * 1000.0 / speech_rate_hz + device_buffer_ms_ * 0.5;
}

void SdlAudioOut::drop_queued(NarrationPlayer& player) {
    const std::size_t queued = SDL_GetQueuedAudioSize(device_) / 2;
    SDL_ClearQueuedAudio(device_);
    player.unrender(queued);
}

}  // namespace kiosk
