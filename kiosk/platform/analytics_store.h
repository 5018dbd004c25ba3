// Anonymous visitor counts in a local SQLite database: sessions, screens viewed and for
// how long, timeline events opened, languages and comfort options chosen. Nothing that
// identifies a person is stored. Each row is one transaction, so a power cut never
// leaves half a row (WAL journal, synchronous=FULL).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "content/visitor_report.h"
#include "core/result.h"

struct sqlite3;

namespace kiosk {

struct SqliteDeleter {
    void operator()(sqlite3* db) const;
};

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
    // A file at `path` that is not an SQLite database is refused read-only (a report);
    // to write, it is set aside (renamed with the time) and a new database started.
    static Result<std::unique_ptr<AnalyticsStore>> open(const std::string& path, bool read_only = false);
    // Where a damaged database was set aside when this one was opened, or empty.
    const std::string& set_aside() const { return set_aside_; }

    long next_session() override;
    void record(long long at_ms, long session, const std::string& kind, const std::string& name,
                long long duration_ms = -1) override;
    std::string summary() override;

    // Every row since `since_ms` (Unix ms; 0: all), oldest first, for the report.
    std::vector<VisitRow> rows(long long since_ms = 0);
    // The same, grouped by the database for the report: one row per kind, name and local
    // hour (durations summed), but one per session end (for the median). A busy museum's
    // 90 days are a few thousand rows, not millions (the curator's Visitors page took
    // 185 MB reading them one by one).
    std::vector<VisitRow> grouped_rows(long long since_ms = 0);
    // The name the kiosk that wrote this database goes by (empty: not recorded).
    std::string kiosk_name();
    void set_kiosk_name(const std::string& name);

private:
    static Result<std::unique_ptr<AnalyticsStore>> open_file(const std::string& path, bool read_only);
    std::unique_ptr<sqlite3, SqliteDeleter> db_;
    std::string path_;
    std::string set_aside_;
};

}  // namespace kiosk
