// The timeline, as a spreadsheet might save it, as TimelineJS's JSON, or as a file
// system might cut either; then written back as --import would.
#include <cstdint>
#include <string>

#include "content/timeline.h"
#include "content/timeline_rows.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    const bool json = first != std::string::npos && (text[first] == '{' || text[first] == '[');
    auto load = json ? kiosk::parse_timeline_json(text, "fuzz.json") : kiosk::parse_timeline_csv(text, "fuzz.csv");
    for (const auto& e : load.timeline.events) (void)e.display_date_in("ru");
    (void)kiosk::parse_timeline_csv(kiosk::timeline_to_csv(load.timeline), "again.csv");
    return 0;
}
