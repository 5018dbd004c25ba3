#include "platform/recorded_voice.h"

#include <SDL.h>
#include <vorbis/vorbisfile.h>

#include "core/limits.h"
#include "core/text_file.h"

namespace kiosk {
namespace {

struct VorbisFileDeleter {
    void operator()(OggVorbis_File* f) const {
        ov_clear(f);
        delete f;
    }
};
using VorbisFile = std::unique_ptr<OggVorbis_File, VorbisFileDeleter>;

struct AudioStreamDeleter {
    void operator()(SDL_AudioStream* s) const { SDL_FreeAudioStream(s); }
};
using AudioStream = std::unique_ptr<SDL_AudioStream, AudioStreamDeleter>;

// Through the one door first: libvorbisfile would block on a FIFO and read /dev/zero
// for ever. `why` says what the door refused.
VorbisFile open_vorbis(const std::string& path, std::string* why = nullptr) {
    const auto size = regular_file_size(path);
    if (!size || size.value() > limits::audio_bytes) {
        if (why)
            *why =
                size ? "is larger than the limit for a recording (" + std::to_string(limits::audio_bytes >> 20) + " MB)"
                     : size.error().message;
        return nullptr;
    }
    auto* f = new OggVorbis_File{};
    if (ov_fopen(path.c_str(), f) != 0) {
        delete f;
        return nullptr;
    }
    return VorbisFile(f);
}

class RecordedSource : public SpeechSource {
public:
    RecordedSource(std::string path, VorbisFile file, AudioStream stream, std::vector<TimedWord> words)
        : path_(std::move(path)), file_(std::move(file)), stream_(std::move(stream)), words_(std::move(words)) {}

    std::size_t read(std::int16_t* out, std::size_t n) override {
        const int want_bytes = static_cast<int>(n * sizeof(std::int16_t));
        char buf[8192];
        while (!eof_ && SDL_AudioStreamAvailable(stream_.get()) < want_bytes) {
            int section = 0;
            const long got = ov_read(file_.get(), buf, sizeof buf, 0 /* little-endian */, 2, 1, &section);
            if (got <= 0) {  // the end, or a damaged page: what was decoded still plays
                eof_ = true;
                SDL_AudioStreamFlush(stream_.get());
                break;
            }
            SDL_AudioStreamPut(stream_.get(), buf, static_cast<int>(got));
        }
        const int got = SDL_AudioStreamGet(stream_.get(), out, want_bytes);
        return got > 0 ? static_cast<std::size_t>(got) / sizeof(std::int16_t) : 0;
    }
    bool ended() const override { return eof_ && SDL_AudioStreamAvailable(stream_.get()) == 0; }
    void take_words(std::vector<TimedWord>& into) override {
        into.insert(into.end(), words_.begin(), words_.end());
        words_.clear();
    }
    std::string voice() const override { return "recorded: " + path_; }

private:
    std::string path_;
    VorbisFile file_;
    AudioStream stream_;
    std::vector<TimedWord> words_;
    bool eof_ = false;
};

}  // namespace

Result<std::unique_ptr<SpeechSource>> open_recording(const std::string& path, std::vector<TimedWord> words,
                                                     double start_ms) {
    std::string why;
    VorbisFile file = open_vorbis(path, &why);
    if (!file) return Diagnostic{path, 0, 0, why.empty() ? "cannot be read as OGG Vorbis audio" : why};
    const vorbis_info* info = ov_info(file.get(), -1);
    if (!info || info->channels < 1 || info->rate <= 0) return Diagnostic{path, 0, 0, "has no audio stream"};
    if (start_ms > 0 && ov_time_seek(file.get(), start_ms / 1000.0) != 0)
        return Diagnostic{path, 0, 0, "cannot be played from the middle"};
    AudioStream stream(SDL_NewAudioStream(AUDIO_S16LSB, static_cast<Uint8>(info->channels),
                                          static_cast<int>(info->rate), AUDIO_S16SYS, 1, speech_rate_hz));
    if (!stream) return Diagnostic{path, 0, 0, std::string("cannot be converted for playing: ") + SDL_GetError()};
    std::vector<TimedWord> from_start;
    for (auto& w : words)
        if (w.start_ms >= start_ms) {
            w.start_ms -= start_ms;
            from_start.push_back(std::move(w));
        }
    return std::unique_ptr<SpeechSource>(
        std::make_unique<RecordedSource>(path, std::move(file), std::move(stream), std::move(from_start)));
}

std::optional<double> recording_length_ms(const std::string& path) {
    VorbisFile file = open_vorbis(path);
    if (!file) return std::nullopt;
    const double s = ov_time_total(file.get(), -1);
    if (s < 0) return std::nullopt;
    return s * 1000.0;
}

}  // namespace kiosk
