// Session bookkeeping alone, written into a list instead of SQLite.
#include "app/visitor_session.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

struct Row {
    long long at_ms;
    long session;
    std::string kind, name;
    long long duration_ms;
};

class ListSink : public AnalyticsSink {
public:
    explicit ListSink(std::vector<Row>& rows) : rows_(rows) {}
    long next_session() override { return ++sessions_; }
    void record(long long at_ms, long session, const std::string& kind, const std::string& name,
                long long duration_ms) override {
        rows_.push_back({at_ms, session, kind, name, duration_ms});
    }

private:
    std::vector<Row>& rows_;
    long sessions_ = 0;
};

TEST(VisitorSession, GivenAVisitThenStartScreensEventsAndEndAreRecordedWithTheirTimes) {
    std::vector<Row> rows;
    VisitorSession s;
    s.attach(std::make_unique<ListSink>(rows), 1'000'000);
    s.screen_shown(0, "attract");
    s.start(1000, "en", "attract");
    EXPECT_TRUE(s.active());
    s.screen_shown(1500, "home");
    s.note(2000, "comfort", "larger_text");
    s.screen_shown(3000, "timeline");
    s.event_selected(4000, "telegram-1921");
    s.event_selected(4100, "telegram-1921");  // the same card: not counted twice
    s.end(100000, 9000);                      // last input at 9 s; reset at 100 s
    EXPECT_FALSE(s.active());
    ASSERT_EQ(rows.size(), 7u);
    EXPECT_EQ(rows[0].kind, "session_start");
    EXPECT_EQ(rows[0].name, "en");
    EXPECT_EQ(rows[0].at_ms, 1'001'000);
    EXPECT_EQ(rows[1].kind, "screen");
    EXPECT_EQ(rows[1].name, "attract");
    EXPECT_EQ(rows[1].duration_ms, 500);
    EXPECT_EQ(rows[2].kind, "comfort");
    EXPECT_EQ(rows[3].name, "home");
    EXPECT_EQ(rows[3].duration_ms, 1500);
    EXPECT_EQ(rows[4].kind, "event_open");
    EXPECT_EQ(rows[4].name, "telegram-1921");
    EXPECT_EQ(rows[5].name, "timeline");
    EXPECT_EQ(rows[5].duration_ms, 6000);  // up to the last input, not the reset
    EXPECT_EQ(rows[6].kind, "session_end");
    EXPECT_EQ(rows[6].duration_ms, 8000);
    for (const auto& r : rows) EXPECT_EQ(r.session, 1);
}

TEST(VisitorSession, GivenNoVisitorThenNothingIsRecordedAndCuratorModeIsNotAScreen) {
    std::vector<Row> rows;
    VisitorSession s;
    s.attach(std::make_unique<ListSink>(rows), 0);
    s.screen_shown(0, "home");
    s.event_selected(10, "x");
    s.note(20, "language", "ru");
    s.end(30, 30);
    EXPECT_TRUE(rows.empty());
    s.start(100, "ru", "home");
    s.screen_shown(200, "curator");
    s.screen_shown(900, "home");  // the curator's 700 ms are not counted
    s.end(1000, 1000);
    int screens = 0;
    for (const auto& r : rows)
        if (r.kind == "screen") {
            ++screens;
            EXPECT_NE(r.name, "curator");
        }
    EXPECT_EQ(screens, 2);
}

TEST(VisitorSession, GivenASecondVisitorThenANewSessionNumber) {
    std::vector<Row> rows;
    VisitorSession s;
    s.attach(std::make_unique<ListSink>(rows), 0);
    s.start(0, "en", "home");
    s.start(10, "en", "home");  // already running: ignored
    s.end(20, 20);
    s.start(30, "en", "home");
    EXPECT_EQ(rows.front().session, 1);
    EXPECT_EQ(rows.back().session, 2);
}

TEST(VisitorSession, GivenNoSinkThenSessionsDoNotRun) {
    VisitorSession s;
    s.start(0, "en", "home");
    EXPECT_FALSE(s.active());
}

}  // namespace
}  // namespace kiosk
