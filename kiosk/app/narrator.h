// Reading aloud: one narration at a time, its voice (the museum's own recording where
// there is one, else eSpeak NG on the device) and where the sound goes (the sound card,
// or the clock of a headless run, into a WAV with --audio-out). The app asks it to
// toggle a scene's text and to stop; each frame it feeds the output and says which word
// the listener hears.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/config.h"
#include "narration/narration_player.h"
#include "scenes/scene.h"

namespace kiosk {

class AudioOut;
class EspeakVoice;

class Narrator {
public:
    Narrator();
    ~Narrator();

    // From the configuration (at start and after a reload). `narration_dir` is resolved.
    void configure(const AudioConfig& audio, std::string narration_dir);
    // The sound card (interactive), or the clock (headless: `wait_for_voice`, and a WAV
    // file when `wav_path` is given). A missing or busy card is a warning: the words
    // are still lit, in silence.
    void open_output(bool headless, const std::string& wav_path);

    bool available() const;
    // Listen was tapped on `selection`: a new text starts; the text being read pauses,
    // or goes on.
    void toggle(const SpeechSelection& selection, const std::vector<SpeechParagraph>& paragraphs);
    void stop();
    bool active() const { return player_.active(); }
    // The voice is playing (not paused, not ended): a visitor is listening.
    bool playing() const { return player_.state() == NarrationPlayer::State::playing; }
    const std::string& text_id() const { return player_.text_id(); }
    // Still the text on screen? Its paragraphs change with the language or the content.
    bool reading(const std::string& text_id, const std::vector<SpeechParagraph>& paragraphs) const;

    struct Tick {
        bool word_changed = false;
        bool finished = false;  // the voice reached its end: the Listen button says Listen again
    };
    Tick tick(double now_ms);

    struct Heard {
        int index = -1;
        int paragraph = -1;
        ByteRange bytes;
        std::string text;
    };
    std::optional<Heard> heard() const;

    ListenView view() const;
    nlohmann::json state_json() const;
    std::string output_description() const;

private:
    bool device_voice() const;
    void scan_recordings();
    std::unique_ptr<SpeechSource> recorded_voice(const SpeechSelection& selection,
                                                 const std::vector<SpeechParagraph>& paragraphs);

    AudioConfig config_;
    std::string dir_;
    std::set<std::string> recorded_;  // "ID.LANG" with both the .ogg and the .vtt
    bool wait_for_voice_ = false;
    NarrationPlayer player_;
    std::vector<SpeechParagraph> paragraphs_;  // of the text being read
    std::string language_;
    std::unique_ptr<AudioOut> out_;
    std::unique_ptr<EspeakVoice> espeak_;
    bool espeak_tried_ = false;
    int heard_ = -1;
};

}  // namespace kiosk
