// Visitor counts: a replay of two visitors fills the database; --report counts them.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "platform/analytics_store.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

json layout_of(const std::string& args) {
    const std::string dir = test::temp_dir("an-layout");
    const auto r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 " + args + " --dump-layout " + dir + "/l.json");
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

TEST(AnalyticsStore, GivenRowsThenTheReportCountsThem) {
    const std::string dir = test::temp_dir("an-store");
    auto store = AnalyticsStore::open(dir + "/a.sqlite");
    ASSERT_TRUE(store) << store.error().to_string();
    auto& s = *store.value();
    const long long day = 1764374400000;  // a fixed day
    for (long i = 1; i <= 3; ++i) {
        EXPECT_EQ(s.next_session(), i);
        s.record(day + i, i, "session_start", "en");
        s.record(day + i + 5, i, "event_open", i == 3 ? "hughes-reply-1921" : "telegram-1921");
        s.record(day + i + 10, i, "session_end", "", i * 10000);
    }
    const auto r = s.report();
    EXPECT_EQ(r.sessions, 3);
    EXPECT_DOUBLE_EQ(r.median_session_s, 20.0);
    ASSERT_EQ(r.events_opened.size(), 2u);
    EXPECT_EQ(r.events_opened[0], (std::pair<std::string, long>{"telegram-1921", 2}));
    const std::string csv = AnalyticsStore::report_csv(r);
    EXPECT_NE(csv.find("event_opened,\"telegram-1921\",2"), std::string::npos) << csv;
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
    auto r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --config " + dir + "/config/kiosk.toml --replay " +
                       dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    json end;
    std::ifstream(dir + "/end.json") >> end;
    EXPECT_EQ(end["scene"], "attract");

    r = test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report --report-csv " + dir + "/report.csv");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("Sessions: 2"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("  2  telegram-1921"), std::string::npos) << r.output;
    const std::string csv = test::read_file(dir + "/report.csv");
    EXPECT_NE(csv.find("summary,sessions,2"), std::string::npos) << csv;
    EXPECT_NE(csv.find("event_opened,\"telegram-1921\",2"), std::string::npos) << csv;
    EXPECT_NE(csv.find("language,\"ru\",1"), std::string::npos) << csv;
    // Visitor 1 touched from 1 s to 14 s, visitor 2 from 110 s to 113 s: 13 s and 3 s.
    EXPECT_NE(csv.find("summary,median_session_s,8"), std::string::npos) << csv;
    EXPECT_NE(csv.find("seconds_on_screen,\"telegram\",10"), std::string::npos) << csv;
}

TEST(Analytics, GivenNoDatabaseThenTheReportSaysSoCalmly) {
    const std::string dir = test::data_copy("analytics-none");
    const auto r = test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.output.find("No visitor data yet"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
