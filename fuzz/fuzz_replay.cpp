// A replay script (the tests' and the soak's input).
#include <cstdint>
#include <string>

#include "input/replay.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)kiosk::parse_replay(text, "fuzz.replay");
    return 0;
}
