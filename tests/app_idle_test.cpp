// Idle reset and the attract loop, on the virtual clock: ten minutes take milliseconds.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

json run_states(const std::string& name, const std::string& args, std::string script,
                const std::vector<std::string>& files, std::vector<json>& out) {
    const std::string dir = test::temp_dir(name);
    for (auto at = script.find("%D"); at != std::string::npos; at = script.find("%D")) script.replace(at, 2, dir);
    std::ofstream(dir + "/s.replay") << script;
    const auto r = test::run(test::kiosk_binary() + " --headless " + args + " --replay " + dir + "/s.replay");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    for (const auto& f : files) {
        json j;
        std::ifstream in(dir + "/" + f);
        if (in) in >> j;
        out.push_back(j);
    }
    return json();
}

TEST(Idle, GivenNoInputForTheTimeoutThenAWarningThenTheAttractLoopAndTheSettingsReset) {
    std::vector<json> s;
    // 1920x1080 home: the language button is in the bottom row; switch to Russian first.
    run_states("idle", "--size 1920x1080 --scene home", R"(
0      key Escape
100    state %D/start.json
80000  state %D/warning.json
91000  state %D/after.json
)",
               {"start.json", "warning.json", "after.json"}, s);
    EXPECT_EQ(s[0]["scene"], "home");
    EXPECT_EQ(s[1]["scene"], "home");
    EXPECT_TRUE(s[1]["idle_warning"].get<bool>());  // "Still reading?" 10 s before
    EXPECT_EQ(s[2]["scene"], "attract");
    EXPECT_FALSE(s[2]["idle_warning"].get<bool>());
}

TEST(Idle, GivenATouchDuringTheWarningThenTheVisitorStaysWhereTheyWere) {
    std::vector<json> s;
    run_states("stay", "--size 1920x1080 --scene telegram", R"(
0      key PageDown
80000  down 1 0.5 0.5
80050  up 1 0.5 0.5
80100  state %D/a.json
150000 state %D/b.json
)",
               {"a.json", "b.json"}, s);
    EXPECT_EQ(s[0]["scene"], "telegram");
    EXPECT_FALSE(s[0]["idle_warning"].get<bool>());
    EXPECT_GT(double(s[0]["scroll"]), 100.0);  // the place is kept
    EXPECT_EQ(s[1]["scene"], "telegram");      // 70 s later: not yet 90 s idle
}

TEST(Idle, GivenTheAttractLoopWhenTouchedThenHomeAndTheWakingTouchPressesNothing) {
    // Find where the telegram door is on Home, then touch exactly there on the attract loop.
    const std::string dir = test::temp_dir("wake");
    auto r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --scene home --dump-layout " + dir +
                       "/home.json");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    json home;
    std::ifstream(dir + "/home.json") >> home;
    const auto [x, y] = test::target_centre(home, "telegram");
    ASSERT_GT(x, 0);
    std::vector<json> s;
    run_states("wake2", "--size 1920x1080",
               "0 state %D/a.json\n5000 down 1 " + std::to_string(x) + " " + std::to_string(y) + "\n5060 up 1 " +
                   std::to_string(x) + " " + std::to_string(y) + "\n6000 state %D/b.json\n",
               {"a.json", "b.json"}, s);
    EXPECT_EQ(s[0]["scene"], "attract");  // the kiosk starts on the attract loop
    EXPECT_EQ(s[1]["scene"], "home");     // woken, and the door under the finger was not pressed
    // A second tap on the same place now opens the telegram.
    std::vector<json> s2;
    run_states("wake3", "--size 1920x1080",
               "5000 down 1 " + std::to_string(x) + " " + std::to_string(y) + "\n5060 up 1 " + std::to_string(x) + " " +
                   std::to_string(y) + "\n6000 down 1 " + std::to_string(x) + " " + std::to_string(y) + "\n6060 up 1 " +
                   std::to_string(x) + " " + std::to_string(y) + "\n7000 state %D/c.json\n",
               {"c.json"}, s2);
    EXPECT_EQ(s2[0]["scene"], "telegram");
}

TEST(Idle, GivenTheAttractLoopThenItMovesByItselfAndStillWithReducedMotionItHolds) {
    const std::string dir = test::temp_dir("attract");
    std::ofstream(dir + "/s.replay") << "0 layout " + dir + "/a.json\n10000 layout " + dir + "/b.json\n";
    auto r = test::run(test::kiosk_binary() + " --headless --size 1280x800 --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    json a, b;
    std::ifstream(dir + "/a.json") >> a;
    std::ifstream(dir + "/b.json") >> b;
    auto first_year_x = [](const json& j) {
        for (const auto& l : j["lines"])
            if (l["role"] == "year") return double(l["x"]);
        return -1e9;
    };
    EXPECT_NE(first_year_x(a), first_year_x(b));  // the years drift
    bool invite = false;
    for (const auto& l : a["lines"]) invite = invite || l["role"] == "invite";
    EXPECT_TRUE(invite);
}

// The warning's card is laid out once for each second of its countdown, not each frame:
// within a second two frames are the same picture, and three seconds on the count moved.
TEST(Idle, GivenTheWarningThenItsCountdownMovesEachSecondAndStaysStillWithinOne) {
    const std::string dir = test::temp_dir("idle-countdown");
    std::ofstream(dir + "/s.replay") << "0 key Escape\n81000 shot " << dir << "/a.png\n81300 shot " << dir
                                     << "/b.png\n84000 shot " << dir << "/c.png\n";
    const auto r =
        test::run(test::kiosk_binary() + " --headless --size 800x480 --scene home --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const std::string a = test::read_file(dir + "/a.png"), b = test::read_file(dir + "/b.png"),
                      c = test::read_file(dir + "/c.png");
    ASSERT_FALSE(a.empty());
    EXPECT_EQ(a, b) << "the same second: the same card";
    EXPECT_NE(a, c) << "three seconds later the countdown says so";
}

}  // namespace
}  // namespace kiosk
