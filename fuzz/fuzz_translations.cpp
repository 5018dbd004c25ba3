// A translations file (config/translations/LANG.toml).
#include <cstdint>
#include <string>

#include "content/translations.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    kiosk::TranslationsLoad load;
    kiosk::parse_translation(text, "fuzz.toml", "ru", {"nav.home", "card.close", "reader.title"}, load);
    return 0;
}
