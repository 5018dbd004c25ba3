// Where the narration goes: a sound card through SDL, or the clock alone (a headless
// run, or a kiosk without a sound device), optionally into a WAV file.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "core/result.h"
#include "narration/narration_player.h"

namespace kiosk {

class AudioOut {
public:
    virtual ~AudioOut() = default;
    // Hands the output the narration up to `now_ms`.
    virtual void pump(NarrationPlayer& player, double now_ms, float volume) = 0;
    // How far what the listener hears lags what the player rendered.
    virtual double latency_ms() const = 0;
    // On pause: what is queued is not heard; the player takes it back.
    virtual void drop_queued(NarrationPlayer& player) = 0;
    // For curator mode: "ALSA: HDA Intel PCH (22050 Hz)", "none (…)".
    virtual std::string description() const = 0;
};

// Renders on the clock it is given: as many samples as the time that passed, voice or
// silence; with a path, every sample goes into a 16-bit mono WAV file, so a test can
// hear a replay. The file is complete after each pump (its header tells the length).
class ClockAudioOut : public AudioOut {
public:
    explicit ClockAudioOut(std::string wav_path = {}, std::string why = {});
    ~ClockAudioOut() override;
    void pump(NarrationPlayer& player, double now_ms, float volume) override;
    double latency_ms() const override { return 0; }
    void drop_queued(NarrationPlayer&) override {}
    std::string description() const override;

private:
    void write_header();
    struct FileCloser {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, FileCloser> file_;
    std::string path_, why_;
    bool started_ = false;
    double start_ms_ = 0;
    long long samples_ = 0;  // rendered since the start
};

// The sound card: SDL's audio queue, kept a little ahead of the listener.
class SdlAudioOut : public AudioOut {
public:
    // `device` empty: the system's default. An error (no device, device busy) says why.
    static Result<std::unique_ptr<SdlAudioOut>> open(const std::string& device);
    ~SdlAudioOut() override;
    void pump(NarrationPlayer& player, double now_ms, float volume) override;
    double latency_ms() const override;
    void drop_queued(NarrationPlayer& player) override;
    std::string description() const override { return description_; }

private:
    SdlAudioOut(unsigned device_id, double device_buffer_ms, std::string description);
    unsigned device_ = 0;
    double device_buffer_ms_ = 0;
    bool device_paused_ = true;  // SDL opens devices paused
    std::string description_;
};

}  // namespace kiosk
