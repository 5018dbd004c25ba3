#include "platform/analytics_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <sstream>

#include "content/visitor_report.h"
#include "core/log.h"
#include "core/text_file.h"

namespace kiosk {

void SqliteDeleter::operator()(sqlite3* db) const {
    sqlite3_close(db);
}

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

}  // namespace

namespace {

// Whether the open handle reads a database: SQLite opens any file and says only at the
// first read that it is none (SQLITE_NOTADB).
bool is_database(sqlite3* db) {
    return sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::string timestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
    return buf;
}

}  // namespace

Result<std::unique_ptr<AnalyticsStore>> AnalyticsStore::open(const std::string& path, bool read_only) {
    if (const auto size = regular_file_size(path); !size && std::filesystem::exists(path))
        return Diagnostic{path, 0, 0, "the analytics database " + size.error().message};
    auto opened = open_file(path, read_only);
    if (!opened || read_only || is_database(opened.value()->db_.get())) return opened;
    // Damaged or never a database: kept for a look, and counting starts afresh.
    const std::string aside = path + ".damaged-" + timestamp();
    opened.value()->db_.reset();
    std::error_code ec;
    std::filesystem::rename(path, aside, ec);
    if (ec) return Diagnostic{path, 0, 0, "is not an analytics database, and cannot be set aside: " + ec.message()};
    log::warn(path + ": not an analytics database; set aside as " + aside + ", and a new one started");
    auto fresh = open_file(path, false);
    if (fresh) fresh.value()->set_aside_ = aside;
    return fresh;
}

Result<std::unique_ptr<AnalyticsStore>> AnalyticsStore::open_file(const std::string& path, bool read_only) {
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
    if (rc != SQLITE_OK)
        return Diagnostic{path, 0, 0, std::string("cannot open the analytics database: ") + sqlite3_errstr(rc)};
    sqlite3_busy_timeout(raw, 2000);  // another kiosk process (a report) may be reading
    if (read_only && !is_database(raw))
        return Diagnostic{path, 0, 0,
                          "is not an analytics database (SQLite: " + std::string(sqlite3_errmsg(raw)) + ")"};
    if (!read_only) {
        const char* schema =
            "PRAGMA journal_mode=WAL;"
            "PRAGMA synchronous=FULL;"
            // A few rows a visit need no more; the default 2 MB cache would fill over
            // the months and sit in memory.
            "PRAGMA cache_size=-256;"
            "CREATE TABLE IF NOT EXISTS events("
            "  id INTEGER PRIMARY KEY,"
            "  at_ms INTEGER NOT NULL,"  // Unix time, milliseconds
            "  session INTEGER NOT NULL,"
            "  kind TEXT NOT NULL,"  // session_start, session_end, screen, event_open, language, comfort
            "  name TEXT NOT NULL DEFAULT '',"
            "  duration_ms INTEGER);"
            "CREATE INDEX IF NOT EXISTS events_kind ON events(kind);";
        char* err = nullptr;
        if (!is_database(raw)) return store;  // open() sets it aside
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
    Statement st =
        prepare(db_.get(), "INSERT INTO events(at_ms, session, kind, name, duration_ms) VALUES(?, ?, ?, ?, ?)");
    if (!st) return;
    sqlite3_bind_int64(st.get(), 1, at_ms);
    sqlite3_bind_int64(st.get(), 2, session);
    sqlite3_bind_text(st.get(), 3, kind.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st.get(), 4, name.c_str(), -1, SQLITE_TRANSIENT);
    if (duration_ms >= 0)
        sqlite3_bind_int64(st.get(), 5, duration_ms);
    else
        sqlite3_bind_null(st.get(), 5);
    if (sqlite3_step(st.get()) != SQLITE_DONE)
        log::warn(path_ + ": an analytics row was not written (" + sqlite3_errmsg(db_.get()) + ")");
}

std::string AnalyticsStore::summary() {
    long sessions = 0;
    Statement st = prepare(db_.get(), "SELECT COUNT(*) FROM events WHERE kind = 'session_start'");
    if (st && sqlite3_step(st.get()) == SQLITE_ROW) sessions = static_cast<long>(sqlite3_column_int64(st.get(), 0));
    std::vector<double> lengths;
    Statement ln =
        prepare(db_.get(), "SELECT duration_ms FROM events WHERE kind = 'session_end' AND duration_ms IS NOT NULL");
    while (ln && sqlite3_step(ln.get()) == SQLITE_ROW)
        lengths.push_back(static_cast<double>(sqlite3_column_int64(ln.get(), 0)) / 1000.0);
    char line[128];
    std::snprintf(line, sizeof line, "Visitors: %ld sessions, median %.0f s", sessions, median(std::move(lengths)));
    return line;
}

std::vector<VisitRow> AnalyticsStore::rows(long long since_ms) {
    std::vector<VisitRow> out;
    Statement st =
        prepare(db_.get(), "SELECT at_ms, session, kind, name, duration_ms FROM events WHERE at_ms >= ? ORDER BY id");
    if (!st) return out;
    sqlite3_bind_int64(st.get(), 1, since_ms);
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
        VisitRow r;
        r.at_ms = sqlite3_column_int64(st.get(), 0);
        r.session = static_cast<long>(sqlite3_column_int64(st.get(), 1));
        const auto* kind = sqlite3_column_text(st.get(), 2);
        const auto* name = sqlite3_column_text(st.get(), 3);
        r.kind = kind ? reinterpret_cast<const char*>(kind) : "";
        r.name = name ? reinterpret_cast<const char*>(name) : "";
        r.duration_ms = sqlite3_column_type(st.get(), 4) == SQLITE_NULL ? -1 : sqlite3_column_int64(st.get(), 4);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<VisitRow> AnalyticsStore::grouped_rows(long long since_ms) {
    std::vector<VisitRow> out;
    // SQLite's 'localtime' is the C library's, as the report's own local_day() is.
    Statement st = prepare(db_.get(),
                           "SELECT MIN(at_ms), kind, name, COUNT(*), SUM(duration_ms) FROM events"
                           " WHERE at_ms >= ?1 AND kind <> 'session_end'"
                           " GROUP BY kind, name, strftime('%Y-%m-%d %H', at_ms / 1000, 'unixepoch', 'localtime')"
                           " UNION ALL"
                           " SELECT at_ms, kind, name, 1, duration_ms FROM events"
                           " WHERE at_ms >= ?1 AND kind = 'session_end'");
    if (!st) return out;
    sqlite3_bind_int64(st.get(), 1, since_ms);
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
        VisitRow r;
        r.at_ms = sqlite3_column_int64(st.get(), 0);
        const auto* kind = sqlite3_column_text(st.get(), 1);
        const auto* name = sqlite3_column_text(st.get(), 2);
        r.kind = kind ? reinterpret_cast<const char*>(kind) : "";
        r.name = name ? reinterpret_cast<const char*>(name) : "";
        r.count = static_cast<long>(sqlite3_column_int64(st.get(), 3));
        r.duration_ms = sqlite3_column_type(st.get(), 4) == SQLITE_NULL ? -1 : sqlite3_column_int64(st.get(), 4);
        out.push_back(std::move(r));
    }
    return out;
}

std::string AnalyticsStore::kiosk_name() {
    Statement st = prepare(db_.get(), "SELECT value FROM meta WHERE key = 'kiosk_name'");  // absent in older databases
    if (st && sqlite3_step(st.get()) == SQLITE_ROW)
        if (const auto* v = sqlite3_column_text(st.get(), 0)) return reinterpret_cast<const char*>(v);
    return {};
}

void AnalyticsStore::set_kiosk_name(const std::string& name) {
    sqlite3_exec(db_.get(), "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)", nullptr,
                 nullptr, nullptr);
    Statement st = prepare(db_.get(), "INSERT OR REPLACE INTO meta(key, value) VALUES('kiosk_name', ?)");
    if (!st) return;
    sqlite3_bind_text(st.get(), 1, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(st.get());
}

}  // namespace kiosk
