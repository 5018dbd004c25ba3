// The timeline CSV, as a spreadsheet might save it or a file system might cut it.
#include <cstdint>
#include <string>

#include "content/timeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto load = kiosk::parse_timeline_csv(text, "fuzz.csv");
    for (const auto& e : load.timeline.events) (void)e.display_date_in("ru");
    return 0;
}
