// The soak, short: the same simulated hour of visitors four times over on the virtual
// clock (the week of different hours is `build/tests/kiosk_soak --hours 168`). The kiosk
// ends in a valid state, the last repeats end with the memory the second ended with
// (a leak would add to every repeat), and the same seed makes the same day.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "soak/soak_script.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

TEST(Soak, GivenASeedThenTheSimulatedDayIsTheSameAndFullOfVisitors) {
    soak::Plan plan{11, 4, "/tmp/x-"};
    const std::string a = soak::make_script(plan), b = soak::make_script(plan);
    EXPECT_EQ(a, b);
    plan.seed = 12;
    EXPECT_NE(soak::make_script(plan), a);
    // Every kind of input is there.
    for (const char* verb : {" down ", " move ", " up ", " key Tab", " key Return", " wheel ", " reload", " state "})
        EXPECT_NE(a.find(verb), std::string::npos) << verb;
}

TEST(Soak, GivenTheSameHourRepeatedThenEveryRepeatIsTheSameHourAgain) {
    soak::Plan plan{7, 3, "/tmp/x-", true};
    const std::string s = soak::make_script(plan);
    EXPECT_NE(s.find("/tmp/x-3.json"), std::string::npos);
    EXPECT_EQ(s.find("/tmp/x-4.json"), std::string::npos);
    // The second hour's lines are the first's, an hour later.
    std::istringstream in(s);
    std::vector<std::pair<long long, std::string>> lines;
    for (std::string line; std::getline(in, line);) lines.emplace_back(std::stoll(line), line.substr(line.find(' ')));
    std::size_t hour1 = 0, hour2 = 0;
    for (const auto& [t, rest] : lines) {
        if (t > 0 && t <= 3600000) ++hour1;
        if (t > 3600000 && t <= 7200000) ++hour2;
    }
    EXPECT_GT(hour1, 100u);
    EXPECT_EQ(hour1, hour2);
    for (std::size_t i = 1; i <= hour1; ++i) {
        EXPECT_EQ(lines[i + hour1].first, lines[i].first + 3600000);
        if (lines[i].second.find("state") == std::string::npos) EXPECT_EQ(lines[i + hour1].second, lines[i].second);
    }
    // In time order, which the replay needs.
    for (std::size_t i = 1; i < lines.size(); ++i) EXPECT_LE(lines[i - 1].first, lines[i].first) << i;
}

TEST(Soak, GivenTheSameHourOfVisitorsFourTimesThenTheLastRepeatsAddNoMemory) {
    const std::string dir = test::data_copy("soak");
    // Under the sanitizers memory is not measured, only touched: two repeats do that.
    const int hours = test::sanitized() ? 2 : 4;
    soak::Plan plan{7, static_cast<double>(hours), dir + "/state-", true};
    std::ofstream(dir + "/soak.replay") << soak::make_script(plan);
    // Its visitors are counted, as a kiosk's are: the database is part of what must not grow.
    const auto r =
        test::run(test::kiosk_binary() + " --headless --size 1280x800 --config " + dir +
                  "/config/kiosk.toml --replay " + dir + "/soak.replay --analytics " + dir + "/data/analytics.sqlite");
    ASSERT_EQ(r.exit_code, 0) << r.output.substr(0, 2000);
    std::vector<long> kb;
    for (int h = 0; h <= hours; ++h) {
        json s;
        std::ifstream(dir + "/state-" + std::to_string(h) + ".json") >> s;
        ASSERT_TRUE(s.is_object()) << "hour " << h;
        kb.push_back(s["memory_kb"].get<long>());
        EXPECT_GT(kb.back(), 0);
    }
    // The first repeat fills the caches (fonts at every size the hour needs, the glyph
    // atlas, the voice); after the second, a repeat may only stir the allocator's pages.
    if (!test::sanitized()) {  // ASan's quarantine holds freed memory on purpose
        const std::string all = "hours 0..4: " + std::to_string(kb[0]) + " " + std::to_string(kb[1]) + " " +
                                std::to_string(kb[2]) + " " + std::to_string(kb[3]) + " " + std::to_string(kb[4]) +
                                " KB";
        EXPECT_LE(kb[3] - kb[2], 512) << all;
        EXPECT_LE(kb[4] - kb[2], 512) << all;
    }
    // It ran through everything without a crash and is still a kiosk.
    const std::string log = test::read_file(dir + "/data/kiosk.log");
    EXPECT_NE(log.find("content reloaded"), std::string::npos);
    EXPECT_NE(log.find("back to the attract loop"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
