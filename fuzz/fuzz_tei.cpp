// The TEI document and its translation: any bytes, no crash, no hang.
#include <cstdint>
#include <string>

#include "content/tei_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto doc = kiosk::parse_tei_document(text, "fuzz.xml", "");
    if (doc) {
        (void)kiosk::check_document(doc.value());
        kiosk::Document& d = doc.value();
        (void)kiosk::parse_tei_translation(text, "fuzz.ru.xml", d);
    }
    return 0;
}
