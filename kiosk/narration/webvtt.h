// WebVTT (W3C), the caption format, as a narration's script: cues per phrase, and
// inside a cue optional timestamp tags ("<00:01.250>word") that time single words.
// Words between two timestamps share the time between them by their length.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace kiosk {

struct VttWord {
    std::string text;
    double start_ms = 0;
    int line = 0, column = 0;  // where the word stands in the file
};

struct VttCue {
    double start_ms = 0, end_ms = 0;
    int line = 0;  // the timing line
    std::vector<VttWord> words;
};

struct VttLoad {
    std::vector<VttCue> cues;
    Diagnostics problems;  // FILE:LINE:COL for every syntax or timing error
    bool ok() const;
};

VttLoad parse_webvtt(std::string_view text, const std::string& path);
VttLoad load_webvtt(const std::string& path);

// A timestamp "hh:mm:ss.ttt" or "mm:ss.ttt" in milliseconds; false if malformed.
bool parse_vtt_timestamp(std::string_view s, double& ms);

// Cues that run past the end of the recording (its length in milliseconds).
void check_cues_within(const VttLoad& vtt, double audio_ms, const std::string& path, Diagnostics& out);

}  // namespace kiosk
