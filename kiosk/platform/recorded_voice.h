// A narration recorded by the museum: an OGG Vorbis file decoded as it plays (libvorbisfile),
// converted to the speech rate, with the word times of its WebVTT script.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "narration/speech_source.h"

namespace kiosk {

// Opens `path` at `start_ms`; `words` carry the file's own times and are shifted to
// the start. An error names the file when it cannot be read as OGG Vorbis.
Result<std::unique_ptr<SpeechSource>> open_recording(const std::string& path, std::vector<TimedWord> words,
                                                     double start_ms);

// The recording's length, or nothing if it cannot be read.
std::optional<double> recording_length_ms(const std::string& path);

}  // namespace kiosk
