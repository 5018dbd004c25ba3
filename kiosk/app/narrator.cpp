#include "app/narrator.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/log.h"
#include "narration/timed_words.h"
#include "narration/webvtt.h"
#include "platform/audio_out.h"
#include "platform/espeak_voice.h"
#include "platform/recorded_voice.h"

namespace kiosk {

Narrator::Narrator() = default;
Narrator::~Narrator() {
    player_.stop();  // the source goes before the voice's thread
}

void Narrator::configure(const AudioConfig& audio, std::string narration_dir) {
    const bool pace_changed = audio.words_per_minute != config_.words_per_minute;
    config_ = audio;
    dir_ = std::move(narration_dir);
    scan_recordings();
    if (!config_.enabled) stop();
    if (pace_changed && espeak_) {
        stop();
        espeak_.reset();  // opened again at the new pace when next needed
        espeak_tried_ = false;
    }
}

void Narrator::open_output(bool headless, const std::string& wav_path) {
    wait_for_voice_ = headless;
    if (headless) {
        out_ = std::make_unique<ClockAudioOut>(wav_path, "headless");
        return;
    }
    if (!config_.enabled) {
        out_ = std::make_unique<ClockAudioOut>("", "audio is off in the configuration");
        return;
    }
    auto card = SdlAudioOut::open(config_.device);
    if (card) {
        out_ = std::move(card).value();
        log::info("sound: " + out_->description());
    } else {
        log::warn(card.error().message + "; Listen lights the words in silence");
        out_ = std::make_unique<ClockAudioOut>("", card.error().message);
    }
}

bool Narrator::available() const {
    return config_.enabled && (device_voice() || !recorded_.empty());
}

bool Narrator::device_voice() const {
    return espeak_built_in() && !(espeak_tried_ && !espeak_);
}

void Narrator::scan_recordings() {
    recorded_.clear();
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir_, ec)) {
        const auto& p = e.path();
        if (p.extension() == ".ogg" && std::filesystem::exists(std::filesystem::path(p).replace_extension(".vtt"), ec))
            recorded_.insert(p.stem().string());
    }
}

std::unique_ptr<SpeechSource> Narrator::recorded_voice(const SpeechSelection& selection,
                                                       const std::vector<SpeechParagraph>& paragraphs) {
    const std::string& lang = paragraphs[static_cast<std::size_t>(selection.first_paragraph)].language;
    const std::string stem = dir_ + "/" + selection.recording_id + "." + lang;
    std::error_code ec;
    if (selection.recording_id.empty() || !std::filesystem::exists(stem + ".ogg", ec) ||
        !std::filesystem::exists(stem + ".vtt", ec))
        return nullptr;
    const VttLoad vtt = load_webvtt(stem + ".vtt");
    for (const auto& p : vtt.problems) log::warn(p.to_string());
    if (!vtt.ok()) return nullptr;
    ScriptAlignment aligned = align_script(vtt.cues, paragraphs, stem + ".vtt");
    for (const auto& p : aligned.problems) log::warn(p.to_string());
    // Played from the first word of the paragraph the visitor is at, a breath early.
    double start_ms = -1;
    for (const auto& w : aligned.words)
        if (w.paragraph >= selection.first_paragraph) {
            start_ms = std::max(0.0, w.start_ms - 150);
            break;
        }
    if (start_ms < 0) return nullptr;  // the recording does not reach this far
    auto source = open_recording(stem + ".ogg", std::move(aligned.words), start_ms);
    if (!source) {
        log::warn(source.error().to_string());
        return nullptr;
    }
    return std::move(source).value();
}

void Narrator::toggle(const SpeechSelection& selection, const std::vector<SpeechParagraph>& paragraphs) {
    if (!config_.enabled || !out_) return;
    if (player_.active() && player_.text_id() == selection.text_id) {
        if (player_.state() == NarrationPlayer::State::playing) {
            out_->drop_queued(player_);  // what the card still holds is heard on resume
            player_.pause();
        } else {
            player_.resume();
        }
        return;
    }
    stop();
    if (selection.first_paragraph < 0 || static_cast<std::size_t>(selection.first_paragraph) >= paragraphs.size())
        return;
    std::unique_ptr<SpeechSource> source = recorded_voice(selection, paragraphs);
    if (!source) {
        if (!espeak_tried_) {
            espeak_tried_ = true;
            espeak_ = EspeakVoice::open(config_.words_per_minute);
        }
        if (espeak_) source = espeak_->speak(paragraphs, selection.first_paragraph, wait_for_voice_);
    }
    if (!source) {
        log::warn("no voice to read \"" + selection.text_id + "\" with");
        return;
    }
    paragraphs_ = paragraphs;
    language_ = paragraphs[static_cast<std::size_t>(selection.first_paragraph)].language;
    log::info("reading " + selection.text_id + " aloud (" + source->voice() + ")");
    player_.start(selection.text_id, std::move(source));
    heard_ = -1;
}

void Narrator::stop() {
    if (out_ && player_.active()) out_->drop_queued(player_);
    player_.stop();
    paragraphs_.clear();
    heard_ = -1;
}

bool Narrator::reading(const std::string& text_id, const std::vector<SpeechParagraph>& paragraphs) const {
    return player_.active() && player_.text_id() == text_id && paragraphs == paragraphs_;
}

Narrator::Tick Narrator::tick(double now_ms) {
    Tick t;
    if (!out_) return t;
    const bool was_active = player_.active();
    out_->pump(player_, now_ms, config_.volume);
    if (was_active && !player_.active()) {
        t.finished = true;
        paragraphs_.clear();
    }
    const int now = player_.word_at_heard(out_->latency_ms());
    t.word_changed = now != heard_;
    heard_ = now;
    return t;
}

std::optional<Narrator::Heard> Narrator::heard() const {
    if (heard_ < 0 || static_cast<std::size_t>(heard_) >= player_.words().size()) return std::nullopt;
    const TimedWord& w = player_.words()[static_cast<std::size_t>(heard_)];
    return Heard{heard_, w.paragraph, w.bytes, w.text};
}

ListenView Narrator::view() const {
    ListenView v;
    v.available = available();
    v.device_voice = device_voice();
    v.recorded = recorded_;
    if (player_.active()) {
        v.text_id = player_.text_id();
        v.paused = player_.state() == NarrationPlayer::State::paused;
    }
    return v;
}

nlohmann::json Narrator::state_json() const {
    if (!player_.active()) return nullptr;
    const auto h = heard();
    return {{"state", player_.state() == NarrationPlayer::State::playing ? "playing" : "paused"},
            {"text", player_.text_id()},
            {"language", language_},
            {"voice", player_.voice()},
            {"word", h ? h->index : -1},
            {"word_text", h ? nlohmann::json(h->text) : nlohmann::json(nullptr)},
            {"words_timed", player_.words().size()},
            {"position_ms", player_.rendered_ms()}};
}

std::string Narrator::output_description() const {
    if (!config_.enabled) return "off ([audio] enabled = false)";
    return out_ ? out_->description() : "not open";
}

}  // namespace kiosk
