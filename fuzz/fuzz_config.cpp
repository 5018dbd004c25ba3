// kiosk.toml: toml++ and the kiosk's schema on top of it.
#include <cstdint>
#include <string>

#include "content/config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto load = kiosk::parse_config(text, "fuzz.toml", "/nonexistent");
    (void)load.ok();
    return 0;
}
