// What the timeline's readers share: a row of named cells, and the one place that
// turns rows into events, eras and a title, checking each. A CSV row and a TimelineJS
// JSON event both become a row, so both formats are held to the same rules and give
// the same messages.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "content/timeline.h"

namespace kiosk {

struct TimelineRow {
    int line = 0;  // where the row (or the JSON event) starts
    struct Cell {
        std::string name;  // as the file wrote it, for messages ("Headline", "text.headline")
        std::string value;
    };
    std::map<std::string, Cell> cells;  // by the sheet column's lower-case name ("end year", "text (ru)")

    void set(const std::string& column, std::string value, std::string name = {});
    std::string get(const std::string& column) const;  // trimmed; empty if absent
};

// Appends the good rows to load.timeline and a message for each row left out; sorts.
void timeline_from_rows(const std::vector<TimelineRow>& rows, const std::string& path, TimelineLoad& load);

// The kiosk's own timeline file (the TimelineJS sheet's columns plus Id, Source and
// translations), for `kiosk --import`: loading it gives back the same timeline.
std::string timeline_to_csv(const Timeline& tl);

// A picture given as a web address: the kiosk is offline and cannot show it.
bool is_web_address(const std::string& media);

}  // namespace kiosk
