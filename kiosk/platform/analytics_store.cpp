#include "platform/analytics_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "core/log.h"

namespace kiosk {

void SqliteDeleter::operator()(sqlite3* db) const { sqlite3_close(db); }

namespace {

struct StatementDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) return Statement(nullptr);
    return Statement(raw);
}

std::vector<std::pair<std::string, long>> counts(sqlite3* db, const char* sql) {
    std::vector<std::pair<std::string, long>> out;
    Statement st = prepare(db, sql);
    while (st && sqlite3_step(st.get()) == SQLITE_ROW) {
        const auto* text = sqlite3_column_text(st.get(), 0);
        out.emplace_back(text ? reinterpret_cast<const char*>(text) : "", static_cast<long>(sqlite3_column_int64(st.get(), 1)));
    }
    return out;
}

}  // namespace

Result<std::unique_ptr<AnalyticsStore>> AnalyticsStore::open(const std::string& path, bool read_only) {
    if (!read_only) {
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    }
    sqlite3* raw = nullptr;
    const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    auto store = std::unique_ptr<AnalyticsStore>(new AnalyticsStore());
    store->db_.reset(raw);
    store->path_ = path;
    if (rc != SQLITE_OK) return Diagnostic{path, 0, 0, std::string("cannot open the analytics database: ") + sqlite3_errstr(rc)};
    sqlite3_busy_timeout(raw, 2000);  // another kiosk process (a report) may be reading
    if (!read_only) {
        const char* schema =
            "PRAGMA journal_mode=WAL;"
            "PRAGMA synchronous=FULL;"
            // A few rows a visit need no more; the default 2 MB cache would fill over
            // the months and sit in memory.
            "PRAGMA cache_size=-256;"
            "CREATE TABLE IF NOT EXISTS events("
            "  id INTEGER PRIMARY KEY,"
            "  at_ms INTEGER NOT NULL,"     // Unix time, milliseconds
            "  session INTEGER NOT NULL,"
            "  kind TEXT NOT NULL,"         // session_start, session_end, screen, event_open, language, comfort
            "  name TEXT NOT NULL DEFAULT '',"
            "  duration_ms INTEGER);"
            "CREATE INDEX IF NOT EXISTS events_kind ON events(kind);";
        char* err = nullptr;
        if (sqlite3_exec(raw, schema, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : "unknown error";
            sqlite3_free(err);
            return Diagnostic{path, 0, 0, "cannot prepare the analytics database: " + msg};
        }
    }
    return store;
}

long AnalyticsStore::next_session() {
    Statement st = prepare(db_.get(), "SELECT COALESCE(MAX(session), 0) + 1 FROM events");
    if (st && sqlite3_step(st.get()) == SQLITE_ROW) return static_cast<long>(sqlite3_column_int64(st.get(), 0));
    return 1;
}

void AnalyticsStore::record(long long at_ms, long session, const std::string& kind, const std::string& name,
                            long long duration_ms) {
    Statement st = prepare(db_.get(), "INSERT INTO events(at_ms, session, kind, name, duration_ms) VALUES(?, ?, ?, ?, ?)");
    if (!st) return;
    sqlite3_bind_int64(st.get(), 1, at_ms);
    sqlite3_bind_int64(st.get(), 2, session);
    sqlite3_bind_text(st.get(), 3, kind.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st.get(), 4, name.c_str(), -1, SQLITE_TRANSIENT);
    if (duration_ms >= 0) sqlite3_bind_int64(st.get(), 5, duration_ms);
    else sqlite3_bind_null(st.get(), 5);
    if (sqlite3_step(st.get()) != SQLITE_DONE)
        log::warn(path_ + ": an analytics row was not written (" + sqlite3_errmsg(db_.get()) + ")");
}

std::string AnalyticsStore::summary() {
    const Report r = report();
    char line[128];
    std::snprintf(line, sizeof line, "Visitors: %ld sessions, median %.0f s", r.sessions, r.median_session_s);
    return line;
}

AnalyticsStore::Report AnalyticsStore::report() {
    Report r;
    sqlite3* db = db_.get();
    r.sessions_per_day = counts(db,
                                "SELECT date(at_ms / 1000, 'unixepoch', 'localtime') AS day, COUNT(*) FROM events "
                                "WHERE kind = 'session_start' GROUP BY day ORDER BY day");
    for (const auto& [d, n] : r.sessions_per_day) r.sessions += n;
    std::vector<double> lengths;
    Statement st = prepare(db, "SELECT duration_ms FROM events WHERE kind = 'session_end' AND duration_ms IS NOT NULL");
    while (st && sqlite3_step(st.get()) == SQLITE_ROW) lengths.push_back(static_cast<double>(sqlite3_column_int64(st.get(), 0)) / 1000.0);
    if (!lengths.empty()) {
        std::sort(lengths.begin(), lengths.end());
        const std::size_t n = lengths.size();
        r.median_session_s = n % 2 ? lengths[n / 2] : (lengths[n / 2 - 1] + lengths[n / 2]) / 2;
    }
    r.events_opened = counts(db, "SELECT name, COUNT(*) AS n FROM events WHERE kind = 'event_open' GROUP BY name ORDER BY n DESC, name");
    Statement sc = prepare(db, "SELECT name, SUM(duration_ms) FROM events WHERE kind = 'screen' GROUP BY name ORDER BY 2 DESC");
    while (sc && sqlite3_step(sc.get()) == SQLITE_ROW)
        r.seconds_per_screen.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(sc.get(), 0)),
                                          static_cast<double>(sqlite3_column_int64(sc.get(), 1)) / 1000.0);
    r.languages = counts(db, "SELECT name, COUNT(*) AS n FROM events WHERE kind = 'language' GROUP BY name ORDER BY n DESC");
    r.comfort = counts(db, "SELECT name, COUNT(*) AS n FROM events WHERE kind = 'comfort' GROUP BY name ORDER BY n DESC");
    return r;
}

std::string AnalyticsStore::report_text(const Report& r) {
    std::ostringstream out;
    char buf[128];
    out << "Visitor report\n\n";
    std::snprintf(buf, sizeof buf, "Sessions: %ld   Median session: %.0f s\n", r.sessions, r.median_session_s);
    out << buf << "\nSessions per day\n";
    for (const auto& [day, n] : r.sessions_per_day) out << "  " << day << "  " << n << "\n";
    out << "\nMost-opened events\n";
    for (std::size_t i = 0; i < r.events_opened.size() && i < 10; ++i)
        out << "  " << r.events_opened[i].second << "  " << r.events_opened[i].first << "\n";
    out << "\nTime on each screen\n";
    for (const auto& [scene, s] : r.seconds_per_screen) {
        std::snprintf(buf, sizeof buf, "  %-10s %8.0f s\n", scene.c_str(), s);
        out << buf;
    }
    if (!r.languages.empty()) {
        out << "\nLanguages chosen\n";
        for (const auto& [l, n] : r.languages) out << "  " << l << "  " << n << "\n";
    }
    if (!r.comfort.empty()) {
        out << "\nComfort options used\n";
        for (const auto& [o, n] : r.comfort) out << "  " << o << "  " << n << "\n";
    }
    return out.str();
}

std::string AnalyticsStore::report_csv(const Report& r) {
    std::ostringstream out;
    auto quote = [](const std::string& s) {
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    out << "section,key,value\n";
    out << "summary,sessions," << r.sessions << "\n";
    out << "summary,median_session_s," << r.median_session_s << "\n";
    for (const auto& [d, n] : r.sessions_per_day) out << "sessions_per_day," << quote(d) << "," << n << "\n";
    for (const auto& [e, n] : r.events_opened) out << "event_opened," << quote(e) << "," << n << "\n";
    for (const auto& [s, t] : r.seconds_per_screen) out << "seconds_on_screen," << quote(s) << "," << t << "\n";
    for (const auto& [l, n] : r.languages) out << "language," << quote(l) << "," << n << "\n";
    for (const auto& [o, n] : r.comfort) out << "comfort," << quote(o) << "," << n << "\n";
    return out.str();
}

}  // namespace kiosk
