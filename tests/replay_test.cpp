#include "input/replay.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(Replay, GivenTheGuidesExampleWhenParsedThenEveryEventIsRead) {
    const std::string script = R"(
0     down  1 0.50 0.80      # finger 1 touches
16    move  1 0.45 0.80
32    up    1 0.45 0.80
40    click 0.20 0.10        # mouse press and release
50    wheel 0 -3
60    key   Right
5000  shot  out.png          # screenshot now
5000  state out.json         # state dump now
5000  layout out.json        # layout dump now
5000  sleep 2000             # wait 2 s of real time (lets file watchers fire)
)";
    auto r = parse_replay(script, "example.replay");
    ASSERT_TRUE(r) << r.error().to_string();
    const auto& e = r.value();
    ASSERT_EQ(e.size(), 10u);
    EXPECT_EQ(e[0].kind, ReplayEvent::Kind::down);
    EXPECT_EQ(e[0].finger, 1);
    EXPECT_FLOAT_EQ(e[0].y, 0.80f);
    EXPECT_EQ(e[3].kind, ReplayEvent::Kind::click);
    EXPECT_FLOAT_EQ(e[4].y, -3.0f);
    EXPECT_EQ(e[5].argument, "Right");
    EXPECT_EQ(e[6].argument, "out.png");
    EXPECT_EQ(e[9].kind, ReplayEvent::Kind::sleep);
    EXPECT_DOUBLE_EQ(e[9].sleep_ms, 2000);
}

TEST(Replay, GivenAMistakeWhenParsedThenTheLineAndWhatWasExpectedAreGiven) {
    auto r = parse_replay("0 down 1 0.5 0.5\n\n16 mvoe 1 0.5 0.5\n", "bad.replay");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().line, 3);
    EXPECT_NE(r.error().message.find("unknown event \"mvoe\""), std::string::npos);
    auto r2 = parse_replay("abc down 1 0.5 0.5\n", "bad.replay");
    ASSERT_FALSE(r2);
    EXPECT_NE(r2.error().message.find("time in milliseconds"), std::string::npos);
    auto r3 = parse_replay("0 down 1 0.5\n", "bad.replay");
    ASSERT_FALSE(r3);
    EXPECT_NE(r3.error().message.find("FINGER X Y"), std::string::npos);
}

TEST(Replay, GivenEventsOutOfOrderWhenParsedThenTheyRunInTimeOrder) {
    auto r = parse_replay("100 key Down\n0 key Up\n", "order.replay");
    ASSERT_TRUE(r);
    EXPECT_EQ(r.value()[0].argument, "Up");
}

}  // namespace
}  // namespace kiosk
