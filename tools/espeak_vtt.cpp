// Makes a test narration: speaks a text with eSpeak NG into a WAV file and writes a
// WebVTT script for it, a cue per sentence with a timestamp tag before every word
// (from eSpeak's word events). Used by make_narration_fixture.sh; a museum records
// its narration with a human voice instead (docs/curators.md).
//   espeak_vtt VOICE WPM OUT.wav OUT.vtt "text"
#include <espeak-ng/speak_lib.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

static std::vector<short> samples;
struct Word {
    int pos, len, ms;
};
static std::vector<Word> words;

static int on_synth(short* wav, int n, espeak_EVENT* e) {
    if (wav) samples.insert(samples.end(), wav, wav + n);
    for (; e && e->type != espeakEVENT_LIST_TERMINATED; ++e)
        if (e->type == espeakEVENT_WORD) words.push_back({e->text_position - 1, e->length, e->audio_position});
    return 0;
}

static std::string stamp(int ms) {
    char b[32];
    std::snprintf(b, sizeof b, "%02d:%02d.%03d", ms / 60000, ms / 1000 % 60, ms % 1000);
    return b;
}

int main(int argc, char** argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: espeak_vtt VOICE WPM OUT.wav OUT.vtt TEXT\n");
        return 2;
    }
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
    espeak_SetSynthCallback(on_synth);
    espeak_SetVoiceByName(argv[1]);
    espeak_SetParameter(espeakRATE, std::atoi(argv[2]), 0);
    const std::string text = argv[5];
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    espeak_Synchronize();
    // The text is ASCII here: character positions are byte offsets.
    FILE* w = std::fopen(argv[3], "wb");
    const unsigned data = samples.size() * 2;
    auto u32 = [&](unsigned v) { std::fwrite(&v, 4, 1, w); };
    auto u16 = [&](unsigned short v) { std::fwrite(&v, 2, 1, w); };
    std::fwrite("RIFF", 1, 4, w);
    u32(36 + data);
    std::fwrite("WAVEfmt ", 1, 8, w);
    u32(16);
    u16(1);
    u16(1);
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    std::fwrite("data", 1, 4, w);
    u32(data);
    std::fwrite(samples.data(), 2, samples.size(), w);
    std::fclose(w);
    FILE* v = std::fopen(argv[4], "w");
    std::fprintf(v, "WEBVTT\n\nNOTE Made by tools/espeak_vtt from eSpeak NG's word events.\n");
    const int total_ms = static_cast<int>(samples.size() * 1000 / rate);
    std::size_t i = 0;
    while (i < words.size()) {
        // A cue runs to the end of the sentence (the word ending in ".").
        std::size_t j = i;
        while (j + 1 < words.size() && text[words[j].pos + words[j].len] != '.') ++j;
        const int end = j + 1 < words.size() ? words[j + 1].ms : total_ms;
        std::fprintf(v, "\n%s --> %s\n", stamp(words[i].ms).c_str(), stamp(end).c_str());
        for (std::size_t k = i; k <= j; ++k) {
            const int to = k + 1 < words.size() ? words[k + 1].pos : static_cast<int>(text.size());
            std::string piece = text.substr(words[k].pos, to - words[k].pos);
            while (!piece.empty() && piece.back() == ' ') piece.pop_back();
            std::fprintf(v, "%s<%s>%s", k == i ? "" : " ", stamp(words[k].ms).c_str(), piece.c_str());
        }
        std::fprintf(v, "\n");
        i = j + 1;
    }
    std::fclose(v);
    return 0;
}
