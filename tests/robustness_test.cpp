// Bad input never crashes: every prefix of the real files, bytes flipped at random,
// and a storm of ten fingers on every screen.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "content/config.h"
#include "content/tei_document.h"
#include "content/timeline.h"
#include "input/replay.h"
#include "test_support.h"

namespace kiosk {
namespace {

template <typename Parse>
void every_prefix_and_mutation(const std::string& text, Parse parse) {
    // Every cut of the file (step 7 bytes keeps it quick yet hits every construct).
    for (std::size_t n = 0; n <= text.size(); n += 7) parse(text.substr(0, n));
    std::mt19937 rng(20);
    for (int i = 0; i < 300; ++i) {
        std::string t = text;
        for (int k = 0; k < 5; ++k) t[rng() % t.size()] = static_cast<char>(rng() % 256);
        parse(t);
    }
}

TEST(Robustness, GivenTruncatedOrGarbledDocumentsThenParsingReportsOrSucceedsWithoutCrashing) {
    const std::string xml = test::read_file(test::source_path("assets/telegram-661.1115-279.xml"));
    int errors = 0;
    every_prefix_and_mutation(xml, [&](const std::string& t) {
        auto r = parse_tei_document(t, "x.xml");
        if (!r) {
            ++errors;
            EXPECT_FALSE(r.error().message.empty());
        }
    });
    EXPECT_GT(errors, 100);  // the broken ones were reported, not accepted
}

TEST(Robustness, GivenTruncatedOrGarbledTimelinesThenRowsAreSkippedWithoutCrashing) {
    const std::string csv = test::read_file(test::source_path("assets/timeline.csv"));
    every_prefix_and_mutation(csv, [&](const std::string& t) {
        const TimelineLoad load = parse_timeline_csv(t, "x.csv");
        for (const auto& e : load.timeline.events) EXPECT_FALSE(e.id.empty());
        for (const auto& d : load.problems) EXPECT_FALSE(d.message.empty());
    });
}

TEST(Robustness, GivenTruncatedOrGarbledConfigurationsThenDefaultsHoldWithoutCrashing) {
    const std::string toml = test::read_file(test::source_path("config/kiosk.toml"));
    every_prefix_and_mutation(toml, [&](const std::string& t) {
        const ConfigLoad load = parse_config(t, "x.toml", "/data");
        EXPECT_GE(load.config.display.width_px, 320);
        EXPECT_GE(load.config.behaviour.idle_timeout_ms, 5000);
    });
}

TEST(Robustness, GivenGarbledReplayScriptsThenTheyAreRejectedWithALine) {
    std::mt19937 rng(7);
    const std::string good = "0 down 1 0.5 0.5\n16 move 1 0.4 0.5\n32 up 1 0.4 0.5\n40 key Right\n";
    for (int i = 0; i < 200; ++i) {
        std::string t = good;
        t[rng() % t.size()] = static_cast<char>(rng() % 256);
        auto r = parse_replay(t, "x.replay");
        if (!r) EXPECT_GT(r.error().line, 0);
    }
}

class TouchStorm : public ::testing::TestWithParam<std::string> {};

TEST_P(TouchStorm, GivenTenFingersEverywhereThenTheKioskKeepsRunningAndEndsInAValidState) {
    const std::string dir = test::temp_dir("storm");
    std::mt19937 rng(10);
    std::uniform_real_distribution<float> pos(-0.05f, 1.05f);  // some lifted outside the window
    std::string script;
    for (int wave = 0; wave < 6; ++wave) {
        const int t0 = 1000 + wave * 700;
        for (int f = 0; f < 10; ++f)
            script += std::to_string(t0 + f) + " down " + std::to_string(f) + " " + std::to_string(pos(rng)) + " " +
                      std::to_string(pos(rng)) + "\n";
        for (int step = 1; step < 20; ++step)
            for (int f = 0; f < 10; ++f)
                script += std::to_string(t0 + 10 + step * 16) + " move " + std::to_string(f) + " " +
                          std::to_string(pos(rng)) + " " + std::to_string(pos(rng)) + "\n";
        for (int f = 0; f < 10; f += (wave % 2) + 1)  // odd waves leave fingers down: stray states
            script += std::to_string(t0 + 400 + f) + " up " + std::to_string(f) + " " + std::to_string(pos(rng)) + " " +
                      std::to_string(pos(rng)) + "\n";
    }
    script += "9000 state " + dir + "/s.json\n9000 layout " + dir + "/l.json\n";
    std::ofstream(dir + "/s.replay") << script;
    const auto r = test::run(test::kiosk_binary() + " --headless --size 1280x800 --scene " + GetParam() + " --replay " +
                             dir + "/s.replay --screenshot " + dir + "/end.png");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    nlohmann::json s;
    std::ifstream(dir + "/s.json") >> s;
    EXPECT_TRUE(s.contains("scene"));
    EXPECT_FALSE(test::read_file(dir + "/end.png").empty());
}

INSTANTIATE_TEST_SUITE_P(Screens, TouchStorm,
                         ::testing::Values("attract", "home", "telegram", "timeline", "event:telegram-1921"),
                         [](const auto& info) {
                             std::string n = info.param;
                             for (auto& c : n)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return n;
                         });

}  // namespace
}  // namespace kiosk
