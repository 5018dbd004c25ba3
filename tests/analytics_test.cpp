// Visitor counts: a replay of two visitors fills the database; --report counts them.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "content/timeline.h"
#include "content/visitor_report.h"
#include "platform/analytics_store.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

json layout_of(const std::string& args) {
    const std::string dir = test::temp_dir("an-layout");
    const auto r =
        test::run(test::kiosk_binary() + " --headless --size 1920x1080 " + args + " --dump-layout " + dir + "/l.json");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    json j;
    std::ifstream(dir + "/l.json") >> j;
    return j;
}

std::string tap(const json& layout, const std::string& id, double t) {
    const auto c = test::target_centre(layout, id);
    EXPECT_GT(c.first, 0) << id;
    return test::tap_at(t, c);
}

// Three sessions on a fixed day, in a database of their own.
std::string three_sessions(const std::string& path, const std::string& name, long long day_ms) {
    auto store = AnalyticsStore::open(path);
    EXPECT_TRUE(store) << store.error().to_string();
    auto& s = *store.value();
    if (!name.empty()) s.set_kiosk_name(name);
    for (long i = 1; i <= 3; ++i) {
        EXPECT_EQ(s.next_session(), i);
        s.record(day_ms + i, i, "session_start", "en");
        s.record(day_ms + i + 5, i, "event_open", i == 3 ? "hughes-reply-1921" : "telegram-1921");
        s.record(day_ms + i + 10, i, "screen", "telegram", 4000);
        s.record(day_ms + i + 10, i, "session_end", "", i * 10000);
    }
    return path;
}

KioskVisits visits_of(const std::string& path) {
    auto store = AnalyticsStore::open(path, true);
    KioskVisits k{store.value()->kiosk_name(), {}};
    k.rows = store.value()->rows();
    return k;
}

const long long nov_29 = 1764417600000;  // 2025-11-29 12:00 UTC: the same day in any time zone within ±11 h
const long long nov_30 = nov_29 + 86400000;

// The report from rows the database grouped (what the curator's page and --report read)
// is the report from every row one by one: the oracle is the row-by-row builder.
TEST(VisitorReport, GivenMonthsOfVisitsThenTheRowsGroupedByTheDatabaseGiveTheSameReportInFewRows) {
    const std::string path = test::temp_dir("an-grouped") + "/analytics.sqlite";
    {
        auto store = AnalyticsStore::open(path);
        ASSERT_TRUE(store);
        auto& s = *store.value();
        const char* events[] = {"telegram-1921", "hughes-reply-1921", "ara-1921", "relations-1809"};
        const char* screens[] = {"home", "telegram", "timeline"};
        long session = 0;
        // 40 days, visits every 7 minutes or so from 9:00 to 17:00 UTC, a few events each.
        for (int day = 0; day < 40; ++day)
            for (long long t = 9 * 3600000LL; t < 17 * 3600000LL; t += 7 * 60000 + day * 1000) {
                const long long at = nov_29 - 12 * 3600000LL + day * 86400000LL + t;
                ++session;
                s.record(at, session, "session_start", "");
                s.record(at + 1000, session, "language", session % 3 ? "en" : "ru");
                for (int e = 0; e < static_cast<int>(session % 4) + 1; ++e)
                    s.record(at + 2000 + e, session, "event_open", events[(session + e) % 4]);
                s.record(at + 3000, session, "screen", screens[session % 3], 1000 * (session % 50));
                if (session % 5 == 0) s.record(at + 4000, session, "comfort", "text_size");
                s.record(at + 60000, session, "session_end", "", 60000 + 1000 * (session % 90));
            }
    }
    auto store = AnalyticsStore::open(path, true);
    ASSERT_TRUE(store);
    const std::vector<VisitRow> all = store.value()->rows(), grouped = store.value()->grouped_rows();
    EXPECT_LT(grouped.size() * 2, all.size()) << "grouped: " << grouped.size() << " rows of " << all.size();
    for (const std::string& from : {std::string(), std::string("2025-12-10")}) {
        const VisitorReport one = build_visitor_report({{"k", all}}, from, "", nullptr);
        const VisitorReport by_group = build_visitor_report({{"k", grouped}}, from, "", nullptr);
        EXPECT_GT(one.sessions, 1000);
        EXPECT_EQ(by_group.sessions, one.sessions) << from;
        EXPECT_EQ(by_group.median_session_s, one.median_session_s);
        EXPECT_EQ(by_group.sessions_per_day, one.sessions_per_day);
        EXPECT_EQ(by_group.sessions_by_hour, one.sessions_by_hour);
        ASSERT_EQ(by_group.events_opened.size(), one.events_opened.size());
        for (std::size_t i = 0; i < one.events_opened.size(); ++i) {
            EXPECT_EQ(by_group.events_opened[i].id, one.events_opened[i].id);
            EXPECT_EQ(by_group.events_opened[i].opened, one.events_opened[i].opened);
        }
        EXPECT_EQ(by_group.seconds_per_screen, one.seconds_per_screen);
        EXPECT_EQ(by_group.languages, one.languages);
        EXPECT_EQ(by_group.comfort, one.comfort);
    }
}

TEST(VisitorReport, GivenTwoKiosksThenEachAndTheTotalAreCountedWithHeadlinesAndTheEventsNobodyOpened) {
    const std::string dir = test::temp_dir("an-report");
    const KioskVisits left = visits_of(three_sessions(dir + "/a.sqlite", "gallery-left", nov_29));
    const KioskVisits right = visits_of(three_sessions(dir + "/b.sqlite", "gallery-right", nov_30));
    EXPECT_EQ(left.name, "gallery-left");
    ASSERT_EQ(left.rows.size(), 12u);
    const TimelineLoad tl = load_timeline(test::source_path("assets/timeline.csv"));
    const VisitorReport r = build_visitor_report({left, right}, "", "", &tl.timeline);
    ASSERT_EQ(r.kiosks.size(), 2u);
    EXPECT_EQ(r.kiosks[0].name, "gallery-left");
    EXPECT_EQ(r.kiosks[0].sessions, 3);
    EXPECT_EQ(r.kiosks[1].sessions, 3);
    EXPECT_EQ(r.sessions, 6);
    EXPECT_DOUBLE_EQ(r.kiosks[0].median_session_s, 20.0);  // 10, 20, 30 s
    EXPECT_DOUBLE_EQ(r.median_session_s, 20.0);            // 10, 10, 20, 20, 30, 30 s
    ASSERT_EQ(r.sessions_per_day.size(), 2u);
    EXPECT_EQ(r.sessions_per_day[0], (std::pair<std::string, long>{local_day(nov_29), 3}));
    ASSERT_EQ(r.events_opened.size(), 2u);
    EXPECT_EQ(r.events_opened[0].id, "telegram-1921");
    EXPECT_EQ(r.events_opened[0].opened, 4);
    EXPECT_EQ(r.events_opened[0].headline, tl.timeline.find("telegram-1921")->headline);
    EXPECT_EQ(r.never_opened.size(), tl.timeline.events.size() - 2);
    long by_hour = 0;
    for (const auto& day : r.sessions_by_hour)
        for (long n : day) by_hour += n;
    EXPECT_EQ(by_hour, 6);
    ASSERT_EQ(r.seconds_per_screen.size(), 1u);
    EXPECT_EQ(r.seconds_per_screen[0], (std::pair<std::string, double>{"Reader", 24.0}));
    // A range of one day: the other kiosk's day is left out.
    const VisitorReport one = build_visitor_report({left, right}, local_day(nov_30), local_day(nov_30), &tl.timeline);
    EXPECT_EQ(one.sessions, 3);
    EXPECT_EQ(one.kiosks[0].sessions, 0);
    EXPECT_EQ(one.kiosks[1].sessions, 3);
    const std::string csv = visitor_report_csv(r);
    EXPECT_NE(csv.find("event_opened,\"telegram-1921\",4,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("kiosk_sessions,\"gallery-right\",3"), std::string::npos) << csv;
}

TEST(VisitorReport, GivenReportOverTwoDatabasesThenThePerKioskAndTotalFiguresArePrinted) {
    const std::string dir = test::data_copy("an-two");
    three_sessions(dir + "/hall.sqlite", "", nov_29);  // no name inside: the file's
    three_sessions(dir + "/stair.sqlite", "stairwell", nov_30);
    const auto r = test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report --analytics " +
                             dir + "/hall.sqlite --analytics " + dir + "/stair.sqlite");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("Sessions: 6"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("  hall                          3 sessions"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("  stairwell                     3 sessions"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("  All kiosks                    6 sessions"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("  4  Soviet Russia"), std::string::npos) << "headlines, not ids: " << r.output;
    EXPECT_NE(r.output.find("Events nobody opened (44)"), std::string::npos) << r.output;
    const auto ranged = test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report --from " +
                                  local_day(nov_30) + " --to " + local_day(nov_30) + " --analytics " + dir +
                                  "/hall.sqlite --analytics " + dir + "/stair.sqlite");
    EXPECT_NE(ranged.output.find("Sessions: 3"), std::string::npos) << ranged.output;
    const auto wrong =
        test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report --from 30/11/2025");
    EXPECT_EQ(wrong.exit_code, 2);
    EXPECT_NE(wrong.output.find("YYYY-MM-DD"), std::string::npos) << wrong.output;
    const auto missing = test::run(test::kiosk_binary() + " --config " + dir +
                                   "/config/kiosk.toml --report --analytics " + dir + "/none.sqlite");
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.output.find("none.sqlite"), std::string::npos) << missing.output;
}

TEST(Analytics, GivenAReplayWithoutAnalyticsThenNoVisitorIsCountedAnywhere) {
    const std::string dir = test::data_copy("analytics-replay");
    std::ofstream(dir + "/s.replay")
        << "1000 down 1 0.5 0.5\n1060 up 1 0.5 0.5\n5000 key Tab\n5100 key Return\n9000 state " << dir << "/s.json\n";
    const auto r = test::run(test::kiosk_binary() + " --headless --config " + dir + "/config/kiosk.toml --replay " +
                             dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    ASSERT_FALSE(test::read_json(dir + "/s.json").is_null());
    const auto left = test::run("find '" + dir + "' -name '*.sqlite*'");
    EXPECT_TRUE(left.output.empty()) << "a replay left visitor counts behind: " << left.output;
}

TEST(Analytics, GivenAReplayOfTwoVisitorsThenTheReportShowsTheRightCounts) {
    const std::string dir = test::data_copy("analytics");
    const json home = layout_of("--scene home");
    const json timeline = layout_of("--scene timeline");
    const json reader = layout_of("--scene telegram");
    std::string s;
    // Visitor 1: wakes the kiosk, reads the telegram, goes home, opens the telegram's card.
    s += "1000 down 1 0.5 0.5\n1060 up 1 0.5 0.5\n";
    s += tap(home, "telegram", 2000);
    s += tap(reader, "home", 12000);
    s += tap(home, "timeline", 13000);
    s += tap(timeline, "event:telegram-1921", 14000);
    // ... and walks away: 90 s later the kiosk resets. Visitor 2 switches to Russian.
    s += "110000 down 1 0.5 0.5\n110060 up 1 0.5 0.5\n";
    s += tap(home, "lang", 111000);
    s += tap(home, "timeline", 112000);
    s += tap(timeline, "event:telegram-1921", 113000);
    s += "220000 state " + dir + "/end.json\n";
    std::ofstream(dir + "/s.replay") << s;
    auto r =
        test::run(test::kiosk_binary() + " --headless --size 1920x1080 --config " + dir +
                  "/config/kiosk.toml --replay " + dir + "/s.replay --analytics " + dir + "/data/analytics.sqlite");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    json end;
    std::ifstream(dir + "/end.json") >> end;
    EXPECT_EQ(end["scene"], "attract");

    r = test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report --report-csv " + dir +
                  "/report.csv");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("Sessions: 2"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("  2  Soviet Russia"), std::string::npos) << "named by its headline: " << r.output;
    const std::string csv = test::read_file(dir + "/report.csv");
    EXPECT_NE(csv.find("summary,sessions,2"), std::string::npos) << csv;
    EXPECT_NE(csv.find("event_opened,\"telegram-1921\",2,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("language,\"ru\",1"), std::string::npos) << csv;
    // Visitor 1 touched from 1 s to 14 s, visitor 2 from 110 s to 113 s: 13 s and 3 s.
    EXPECT_NE(csv.find("summary,median_session_s,8"), std::string::npos) << csv;
    EXPECT_NE(csv.find("seconds_on_screen,\"Reader\",10"), std::string::npos) << csv;
}

TEST(Analytics, GivenNoDatabaseThenTheReportSaysSoCalmly) {
    const std::string dir = test::data_copy("analytics-none");
    const auto r = test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.output.find("No visitor data yet"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
