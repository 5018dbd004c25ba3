// A recorded narration's WebVTT script.
#include <cstdint>
#include <string>

#include "narration/webvtt.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto v = kiosk::parse_webvtt(text, "fuzz.vtt");
    kiosk::Diagnostics out;
    kiosk::check_cues_within(v, 5000, "fuzz.vtt", out);
    return 0;
}
