// The visitor report, worked out from the rows of one or several kiosks' databases:
// per kiosk and in total, over a range of days, with events named by their headlines
// and the events nobody opened. Pure: the rows come from AnalyticsStore, the headlines
// from the timeline; text, CSV and the picture (report_scene) are drawn from this.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "content/timeline.h"

namespace kiosk {

struct VisitRow {
    long long at_ms = 0;  // Unix time, milliseconds
    long session = 0;
    std::string kind, name;
    long long duration_ms = -1;  // -1: none
    // Rows grouped by the database (AnalyticsStore::grouped_rows): how many this stands
    // for, all in the local hour of at_ms, with their durations summed.
    long count = 1;
};

struct KioskVisits {
    std::string name;  // the kiosk's name (from its database, else its file's name)
    std::vector<VisitRow> rows;
};

struct VisitorReport {
    std::string from_day, to_day;  // "YYYY-MM-DD", inclusive; empty: open
    struct PerKiosk {
        std::string name;
        long sessions = 0;
        double median_session_s = 0;
    };
    std::vector<PerKiosk> kiosks;
    long sessions = 0;
    double median_session_s = 0;
    // Every day from the first to the last with a session (days without one as 0).
    std::vector<std::pair<std::string, long>> sessions_per_day;
    // Sessions begun in each hour of the week, local time: [Monday = 0][hour].
    std::array<std::array<long, 24>, 7> sessions_by_hour{};
    struct EventCount {
        std::string id, headline;  // headline: from the timeline, else the id
        long opened = 0;
    };
    std::vector<EventCount> events_opened;                           // most opened first
    std::vector<EventCount> never_opened;                            // in the timeline, opened by nobody in the range
    std::vector<std::pair<std::string, double>> seconds_per_screen;  // screen's name for people, seconds
    std::vector<std::pair<std::string, long>> languages, comfort;
};

// `from_day`/`to_day`: "YYYY-MM-DD" or empty. Days and hours are local time.
VisitorReport build_visitor_report(const std::vector<KioskVisits>& kiosks, const std::string& from_day,
                                   const std::string& to_day, const Timeline* timeline);

std::string visitor_report_text(const VisitorReport& r);
std::string visitor_report_csv(const VisitorReport& r);

// The middle value (the mean of the two middle ones for an even count); 0 for none.
double median(std::vector<double> values);

// Local midnight at the start of a day "YYYY-MM-DD", as Unix milliseconds.
long long local_midnight_ms(const std::string& day);

// "2026-11-29" for a Unix time in milliseconds, local time.
std::string local_day(long long at_ms);
// Whether a string is a date "YYYY-MM-DD" that exists.
bool is_day(const std::string& s);

}  // namespace kiosk
