#include "platform/espeak_voice.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "core/log.h"

#ifdef KIOSK_WITH_ESPEAK
#include <espeak-ng/speak_lib.h>
#endif

namespace kiosk {
namespace {

// A paragraph's audio and its words, times from the paragraph's first sample.
struct Chunk {
    std::vector<std::int16_t> samples;
    std::vector<TimedWord> words;
};

// One text being read: the worker fills it, the source empties it.
struct Job {
    std::vector<SpeechParagraph> paragraphs;
    int first = 0;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> chunks;
    bool done = false;
    std::atomic<bool> cancelled{false};
    std::string voice_name;
};

constexpr std::size_t chunks_ahead = 2;

// eSpeak NG's voice for a language code.
std::string voice_for(const std::string& language) {
    if (language == "en") return "en-us";
    return language;
}
constexpr double pause_between_paragraphs_ms = 350;

class EspeakSource : public SpeechSource {
public:
    EspeakSource(std::shared_ptr<Job> job, bool wait) : job_(std::move(job)), wait_(wait) {}
    ~EspeakSource() override {
        std::lock_guard lock(job_->mutex);
        job_->cancelled = true;
        job_->changed.notify_all();
    }
    std::size_t read(std::int16_t* out, std::size_t n) override {
        std::size_t got = 0;
        std::unique_lock lock(job_->mutex);
        while (got < n) {
            if (at_ >= current_.samples.size()) {
                if (job_->chunks.empty()) {
                    if (job_->done || !wait_) break;
                    job_->changed.wait(lock, [&] { return job_->done || !job_->chunks.empty(); });
                    continue;
                }
                current_ = std::move(job_->chunks.front());
                job_->chunks.pop_front();
                job_->changed.notify_all();  // room for the worker to go on
                at_ = 0;
                const double offset_ms = static_cast<double>(consumed_) * 1000.0 / speech_rate_hz;
                for (auto w : current_.words) {
                    w.start_ms += offset_ms;
                    pending_.push_back(std::move(w));
                }
            }
            const std::size_t k = std::min(n - got, current_.samples.size() - at_);
            std::copy_n(current_.samples.begin() + static_cast<std::ptrdiff_t>(at_), k, out + got);
            at_ += k;
            got += k;
            consumed_ += k;
        }
        return got;
    }
    bool ended() const override {
        std::lock_guard lock(job_->mutex);
        return job_->done && job_->chunks.empty() && at_ >= current_.samples.size();
    }
    void take_words(std::vector<TimedWord>& into) override {
        into.insert(into.end(), pending_.begin(), pending_.end());
        pending_.clear();
    }
    std::string voice() const override { return "espeak-ng (" + job_->voice_name + ")"; }

private:
    std::shared_ptr<Job> job_;
    bool wait_;
    Chunk current_;
    std::size_t at_ = 0;
    std::size_t consumed_ = 0;
    std::vector<TimedWord> pending_;
};

}  // namespace

struct EspeakVoice::Worker {
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::shared_ptr<Job>> jobs;
    std::shared_ptr<Job> current;  // the job being synthesised
    bool quit = false;
    std::thread thread;
    int rate_wpm = 150;
    void run();
};

#ifdef KIOSK_WITH_ESPEAK
namespace {

// What the synthesis callback fills; only the worker thread calls eSpeak.
struct Collector {
    std::vector<std::int16_t>* samples = nullptr;
    struct WordEvent {
        int char_index, length;
    };
    std::vector<std::pair<WordEvent, double>>* words = nullptr;
    const std::atomic<bool>* cancelled = nullptr;
};
thread_local Collector collector;

int on_synth(short* wav, int n, espeak_EVENT* events) {
    if (wav && n > 0) collector.samples->insert(collector.samples->end(), wav, wav + n);
    for (espeak_EVENT* e = events; e && e->type != espeakEVENT_LIST_TERMINATED; ++e)
        if (e->type == espeakEVENT_WORD)
            collector.words->push_back({{e->text_position - 1, e->length}, static_cast<double>(e->audio_position)});
    return collector.cancelled && collector.cancelled->load() ? 1 : 0;  // 1: abort
}

}  // namespace

bool espeak_built_in() {
    return true;
}

std::unique_ptr<EspeakVoice> EspeakVoice::open(int words_per_minute) {
    // Initialise on the caller's thread once, to know whether voices are there; the
    // worker then owns eSpeak.
    static const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
    if (rate <= 0) {
        log::warn("eSpeak NG could not start (its data is missing?): texts cannot be read aloud unless recorded");
        return nullptr;
    }
    if (rate != speech_rate_hz)
        log::warn("eSpeak NG speaks at " + std::to_string(rate) + " Hz, not " + std::to_string(speech_rate_hz));
    auto worker = std::make_unique<Worker>();
    worker->rate_wpm = words_per_minute;
    worker->thread = std::thread([w = worker.get()] { w->run(); });
    return std::unique_ptr<EspeakVoice>(new EspeakVoice(std::move(worker)));
}

void EspeakVoice::Worker::run() {
    espeak_SetSynthCallback(on_synth);
    espeak_SetParameter(espeakRATE, rate_wpm, 0);
    std::string current_voice;
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [&] { return quit || !jobs.empty(); });
            if (quit) return;
            job = jobs.front();
            jobs.pop_front();
            current = job;
        }
        for (std::size_t p = static_cast<std::size_t>(std::max(0, job->first)); p < job->paragraphs.size(); ++p) {
            {
                // No more than a couple of paragraphs ahead of the listener.
                std::unique_lock lock(job->mutex);
                job->changed.wait(lock, [&] { return job->cancelled.load() || job->chunks.size() < chunks_ahead; });
            }
            if (job->cancelled) break;
            const SpeechParagraph& para = job->paragraphs[p];
            const std::string voice = voice_for(para.language);
            if (voice != current_voice) {
                if (espeak_SetVoiceByName(voice.c_str()) != EE_OK) {
                    log::warn("eSpeak NG has no voice \"" + voice + "\"; reading with en-us");
                    espeak_SetVoiceByName("en-us");
                }
                current_voice = voice;
            }
            const SpokenString spoken = spoken_string(para);
            Chunk chunk;
            std::vector<std::pair<Collector::WordEvent, double>> events;
            collector = {&chunk.samples, &events, &job->cancelled};
            espeak_Synth(spoken.text.c_str(), spoken.text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                         nullptr);
            espeak_Synchronize();
            collector = {};
            if (job->cancelled) break;
            const std::size_t chars = spoken.byte_of_char.size() - 1;
            for (const auto& [ev, ms] : events) {
                if (ev.char_index < 0 || static_cast<std::size_t>(ev.char_index) >= chars) continue;
                const std::size_t c0 = static_cast<std::size_t>(ev.char_index);
                const std::size_t c1 = std::min(chars, c0 + static_cast<std::size_t>(std::max(1, ev.length)));
                const ByteRange bytes{spoken.byte_of_char[c0], spoken.byte_of_char[c1]};
                chunk.words.push_back(
                    {static_cast<int>(p), bytes, ms, para.text.substr(bytes.begin, bytes.end - bytes.begin)});
            }
            chunk.samples.resize(
                chunk.samples.size() + static_cast<std::size_t>(pause_between_paragraphs_ms * speech_rate_hz / 1000),
                0);
            std::lock_guard lock(job->mutex);
            job->voice_name = voice;
            job->chunks.push_back(std::move(chunk));
            job->changed.notify_all();
        }
        {
            std::lock_guard lock(job->mutex);
            job->done = true;
            job->changed.notify_all();
        }
        std::lock_guard lock(mutex);
        current.reset();
    }
}

#else

bool espeak_built_in() {
    return false;
}
std::unique_ptr<EspeakVoice> EspeakVoice::open(int) {
    return nullptr;
}
void EspeakVoice::Worker::run() {}

#endif

EspeakVoice::EspeakVoice(std::unique_ptr<Worker> worker) : worker_(std::move(worker)) {}

EspeakVoice::~EspeakVoice() {
    {
        std::lock_guard lock(worker_->mutex);
        worker_->quit = true;
        for (auto& j : worker_->jobs) j->cancelled = true;
        if (worker_->current) {
            std::lock_guard job_lock(worker_->current->mutex);
            worker_->current->cancelled = true;
            worker_->current->changed.notify_all();
        }
    }
    worker_->wake.notify_all();
    if (worker_->thread.joinable()) worker_->thread.join();
}

std::unique_ptr<SpeechSource> EspeakVoice::speak(std::vector<SpeechParagraph> paragraphs, int first, bool wait) {
    auto job = std::make_shared<Job>();
    job->paragraphs = std::move(paragraphs);
    job->first = first;
    job->voice_name = voice_for(
        job->paragraphs.empty() ? "en" : job->paragraphs[static_cast<std::size_t>(std::max(0, first))].language);
    {
        std::lock_guard lock(worker_->mutex);
        // Texts still waiting are not wanted any more (the one being synthesised is
        // cancelled when its source goes).
        for (auto& j : worker_->jobs) {
            std::lock_guard job_lock(j->mutex);
            j->cancelled = true;
            j->done = true;
            j->changed.notify_all();
        }
        worker_->jobs.clear();
        worker_->jobs.push_back(job);
    }
    worker_->wake.notify_all();
    return std::make_unique<EspeakSource>(job, wait);
}

}  // namespace kiosk
