#include "content/visitor_report.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>
#include <sstream>

namespace kiosk {
namespace {

std::tm local_tm(long long at_ms) {
    const std::time_t t = static_cast<std::time_t>(at_ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

// The screens as a curator calls them.
std::string screen_name(const std::string& scene) {
    static const std::map<std::string, std::string> names = {{"home", "Home"},
                                                             {"telegram", "Reader"},
                                                             {"timeline", "Timeline"},
                                                             {"event", "Event cards"},
                                                             {"attract", "Attract loop"}};
    const auto it = names.find(scene);
    return it == names.end() ? scene : it->second;
}

std::vector<std::pair<std::string, long>> by_count(const std::map<std::string, long>& m) {
    std::vector<std::pair<std::string, long>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return v;
}

}  // namespace

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

long long local_midnight_ms(const std::string& day) {
    std::tm tm{};
    std::sscanf(day.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_isdst = -1;
    return static_cast<long long>(std::mktime(&tm)) * 1000;
}

std::string local_day(long long at_ms) {
    const std::tm tm = local_tm(at_ms);
    char buf[40];  // room for any int the format could print (GCC checks it)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

bool is_day(const std::string& s) {
    int y = 0, m = 0, d = 0;
    char extra = 0;
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3) return false;
    using namespace std::chrono;
    return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

VisitorReport build_visitor_report(const std::vector<KioskVisits>& kiosks, const std::string& from_day,
                                   const std::string& to_day, const Timeline* timeline) {
    VisitorReport r;
    r.from_day = from_day;
    r.to_day = to_day;
    auto in_range = [&](const std::string& day) {
        return (from_day.empty() || day >= from_day) && (to_day.empty() || day <= to_day);
    };
    std::map<std::string, long> per_day, opened, languages, comfort;
    std::map<std::string, double> seconds;
    std::vector<double> all_lengths;
    for (const KioskVisits& k : kiosks) {
        VisitorReport::PerKiosk pk{k.name, 0, 0};
        std::vector<double> lengths;
        for (const VisitRow& row : k.rows) {
            const std::string day = local_day(row.at_ms);
            if (!in_range(day)) continue;
            if (row.kind == "session_start") {
                pk.sessions += row.count;
                per_day[day] += row.count;
                const std::tm tm = local_tm(row.at_ms);
                r.sessions_by_hour[static_cast<std::size_t>((tm.tm_wday + 6) % 7)]
                                  [static_cast<std::size_t>(tm.tm_hour)] += row.count;
            } else if (row.kind == "session_end" && row.duration_ms >= 0) {
                lengths.push_back(static_cast<double>(row.duration_ms) / 1000.0);  // one row a session: the median
            } else if (row.kind == "event_open") {
                opened[row.name] += row.count;
            } else if (row.kind == "screen" && row.duration_ms >= 0) {
                seconds[row.name] += static_cast<double>(row.duration_ms) / 1000.0;
            } else if (row.kind == "language") {
                languages[row.name] += row.count;
            } else if (row.kind == "comfort") {
                comfort[row.name] += row.count;
            }
        }
        pk.median_session_s = median(lengths);
        all_lengths.insert(all_lengths.end(), lengths.begin(), lengths.end());
        r.sessions += pk.sessions;
        r.kiosks.push_back(pk);
    }
    r.median_session_s = median(all_lengths);
    // Every day between the first and the last, so a quiet day shows as a gap.
    if (!per_day.empty()) {
        using namespace std::chrono;
        auto parse = [](const std::string& s) {
            int y = 0, m = 0, d = 0;
            std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d);
            return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}};
        };
        const sys_days first = parse(per_day.begin()->first), last = parse(per_day.rbegin()->first);
        for (sys_days d = first; d <= last; d += days{1}) {
            const year_month_day ymd{d};
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                          static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
            const auto it = per_day.find(buf);
            r.sessions_per_day.emplace_back(buf, it == per_day.end() ? 0 : it->second);
        }
    }
    auto headline_of = [&](const std::string& id) {
        const TimelineEvent* ev = timeline ? timeline->find(id) : nullptr;
        return ev ? ev->headline : id;
    };
    for (const auto& [id, n] : by_count(opened)) r.events_opened.push_back({id, headline_of(id), n});
    if (timeline)
        for (const auto& ev : timeline->events)
            if (!opened.count(ev.id)) r.never_opened.push_back({ev.id, ev.headline, 0});
    std::map<std::string, double> named;
    for (const auto& [scene, s] : seconds) named[screen_name(scene)] += s;
    r.seconds_per_screen.assign(named.begin(), named.end());
    std::stable_sort(r.seconds_per_screen.begin(), r.seconds_per_screen.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    r.languages = by_count(languages);
    r.comfort = by_count(comfort);
    return r;
}

std::string visitor_report_text(const VisitorReport& r) {
    std::ostringstream out;
    char buf[160];
    out << "Visitor report";
    if (!r.from_day.empty() || !r.to_day.empty())
        out << ", " << (r.from_day.empty() ? "the start" : r.from_day) << " to "
            << (r.to_day.empty() ? "today" : r.to_day);
    out << "\n\n";
    std::snprintf(buf, sizeof buf, "Sessions: %ld   Median session: %.0f s\n", r.sessions, r.median_session_s);
    out << buf;
    if (r.kiosks.size() > 1) {
        out << "\nPer kiosk\n";
        for (const auto& k : r.kiosks) {
            std::snprintf(buf, sizeof buf, "  %-24s %6ld sessions   median %4.0f s\n", k.name.c_str(), k.sessions,
                          k.median_session_s);
            out << buf;
        }
        std::snprintf(buf, sizeof buf, "  %-24s %6ld sessions   median %4.0f s\n", "All kiosks", r.sessions,
                      r.median_session_s);
        out << buf;
    }
    out << "\nSessions per day\n";
    for (const auto& [day, n] : r.sessions_per_day) out << "  " << day << "  " << n << "\n";
    out << "\nMost-opened events\n";
    for (std::size_t i = 0; i < r.events_opened.size() && i < 10; ++i)
        out << "  " << r.events_opened[i].opened << "  " << r.events_opened[i].headline << "\n";
    if (!r.never_opened.empty()) {
        out << "\nEvents nobody opened (" << r.never_opened.size() << ")\n";
        for (const auto& e : r.never_opened) out << "  " << e.headline << "\n";
    }
    out << "\nTime on each screen\n";
    for (const auto& [screen, s] : r.seconds_per_screen) {
        std::snprintf(buf, sizeof buf, "  %-14s %8.0f s\n", screen.c_str(), s);
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

std::string visitor_report_csv(const VisitorReport& r) {
    std::ostringstream out;
    auto quote = [](const std::string& s) {
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    out << "section,key,value,label\n";
    out << "summary,sessions," << r.sessions << "\n";
    out << "summary,median_session_s," << r.median_session_s << "\n";
    for (const auto& k : r.kiosks) out << "kiosk_sessions," << quote(k.name) << "," << k.sessions << "\n";
    for (const auto& [d, n] : r.sessions_per_day) out << "sessions_per_day," << quote(d) << "," << n << "\n";
    for (std::size_t day = 0; day < 7; ++day)
        for (std::size_t h = 0; h < 24; ++h)
            if (r.sessions_by_hour[day][h]) {
                static const char* names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
                char key[16];
                std::snprintf(key, sizeof key, "%s %02zu:00", names[day], h);
                out << "sessions_by_hour," << quote(key) << "," << r.sessions_by_hour[day][h] << "\n";
            }
    for (const auto& e : r.events_opened)
        out << "event_opened," << quote(e.id) << "," << e.opened << "," << quote(e.headline) << "\n";
    for (const auto& e : r.never_opened)
        out << "event_never_opened," << quote(e.id) << ",0," << quote(e.headline) << "\n";
    for (const auto& [s, t] : r.seconds_per_screen) out << "seconds_on_screen," << quote(s) << "," << t << "\n";
    for (const auto& [l, n] : r.languages) out << "language," << quote(l) << "," << n << "\n";
    for (const auto& [o, n] : r.comfort) out << "comfort," << quote(o) << "," << n << "\n";
    return out.str();
}

}  // namespace kiosk
