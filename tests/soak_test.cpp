// The soak, short: four simulated hours of visitors on the virtual clock (the week is
// `build/tests/kiosk_soak --hours 168`). The kiosk ends in a valid state, its memory
// after the warm-up grows by no more than 2 MiB, and the same seed makes the same day.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

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

TEST(Soak, GivenFourSimulatedHoursOfVisitorsThenMemoryStaysFlatAfterTheWarmUp) {
    const std::string dir = test::data_copy("soak");
    soak::Plan plan{7, 4, dir + "/state-"};
    std::ofstream(dir + "/soak.replay") << soak::make_script(plan);
    const auto r = test::run(test::kiosk_binary() + " --headless --size 1280x800 --config " + dir + "/config/kiosk.toml --replay " + dir +
                             "/soak.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output.substr(0, 2000);
    std::vector<long> kb;
    for (int h = 0; h <= 4; ++h) {
        json s;
        std::ifstream(dir + "/state-" + std::to_string(h) + ".json") >> s;
        ASSERT_TRUE(s.is_object()) << "hour " << h;
        kb.push_back(s["memory_kb"].get<long>());
        EXPECT_GT(kb.back(), 0);
    }
    long peak = 0;
    for (int h = 2; h <= 4; ++h) peak = std::max(peak, kb[static_cast<std::size_t>(h)]);
    EXPECT_LE(peak - kb[2], 2048) << "hours 0..4: " << kb[0] << " " << kb[1] << " " << kb[2] << " " << kb[3] << " " << kb[4] << " KB";
    // It ran through everything without a crash and is still a kiosk.
    const std::string log = test::read_file(dir + "/data/kiosk.log");
    EXPECT_NE(log.find("content reloaded"), std::string::npos);
    EXPECT_NE(log.find("back to the attract loop"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
