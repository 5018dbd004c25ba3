// Anonymous visitor counts in a local SQLite database: sessions, screens viewed and for
// how long, timeline events opened, languages and comfort options chosen. Nothing that
// identifies a person is stored. Each row is one transaction, so a power cut never
// leaves half a row (WAL journal, synchronous=FULL).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

struct sqlite3;

namespace kiosk {

struct SqliteDeleter { void operator()(sqlite3* db) const; };

// Where visitor counts go: the SQLite store, or a list in a test.
class AnalyticsSink {
public:
    virtual ~AnalyticsSink() = default;
    // A new session number (one more than any stored).
    virtual long next_session() = 0;
    // at_ms: Unix time in milliseconds. duration_ms < 0: none.
    virtual void record(long long at_ms, long session, const std::string& kind, const std::string& name,
                        long long duration_ms = -1) = 0;
    // One line for curator mode ("Visitors: 12 sessions, median 40 s"), or empty.
    virtual std::string summary() { return {}; }
};

class AnalyticsStore : public AnalyticsSink {
public:
    static Result<std::unique_ptr<AnalyticsStore>> open(const std::string& path, bool read_only = false);

    long next_session() override;
    void record(long long at_ms, long session, const std::string& kind, const std::string& name,
                long long duration_ms = -1) override;
    std::string summary() override;

    struct Report {
        std::vector<std::pair<std::string, long>> sessions_per_day;    // "2026-11-29", count
        long sessions = 0;
        double median_session_s = 0;
        std::vector<std::pair<std::string, long>> events_opened;        // id, times (most first)
        std::vector<std::pair<std::string, double>> seconds_per_screen; // scene, total seconds
        std::vector<std::pair<std::string, long>> languages;           // code, times chosen
        std::vector<std::pair<std::string, long>> comfort;             // option, times used
    };
    Report report();
    static std::string report_text(const Report& r);
    static std::string report_csv(const Report& r);

private:
    std::unique_ptr<sqlite3, SqliteDeleter> db_;
    std::string path_;
};

}  // namespace kiosk
