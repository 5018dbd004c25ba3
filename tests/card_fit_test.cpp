// Every event's card at three sizes, three text steps and both languages (issue 22): no
// visible line of the card's body is cut by its visible area (the body ends under a
// whole line, with "More" below where it scrolls), and at 1920x1080 at the normal text
// size nearly every card shows all its words without scrolling. The cards are visited
// as a visitor would, from the first with the → key, on the real kiosk's layout dumps.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "shipped_timeline.h"

namespace kiosk {
namespace {

using nlohmann::json;

struct FitParam {
    std::string size, lang;
    int step;
};
void PrintTo(const FitParam& p, std::ostream* os) {
    *os << p.size << "_" << p.lang << "_step" << p.step;
}

class EveryCard : public ::testing::TestWithParam<FitParam> {};

TEST_P(EveryCard, GivenEachCardThenNoVisibleLineIsCutAndFewScroll) {
    const FitParam& p = GetParam();
    const auto& events = test::shipped_timeline().events;
    ASSERT_GT(events.size(), 10u);
    const std::string dir = test::temp_dir("cards");
    std::ostringstream script;
    for (std::size_t i = 0; i < events.size(); ++i) {
        script << 300 + i * 1000 << " layout " << dir << "/c" << i << ".json\n";
        script << 500 + i * 1000 << " key Right\n";
    }
    std::ofstream(dir + "/s.replay") << script.str();
    const auto r =
        test::run(test::kiosk_binary() + " --headless --size " + p.size + " --lang " + p.lang + " --text-size " +
                  std::to_string(p.step) + " --scene event:" + events.front().id + " --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    int scrolling = 0;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const json l = test::read_json(dir + "/c" + std::to_string(i) + ".json");
        const double vy = l["viewport"]["y"], vh = l["viewport"]["h"];
        ASSERT_GT(vh, 0) << events[i].id;
        // The card on screen is this event's: its headline lines belong to it.
        std::string heading_of;
        for (const auto& line : l["lines"])
            if (line["role"] == "heading" && line["layer"] == "content" && line["id"].is_string())
                heading_of = line["id"];
        EXPECT_EQ(heading_of, events[i].id) << "card " << i;
        seen.insert(heading_of);
        for (const auto& line : l["lines"]) {
            if (line["layer"] != "content" || !line["visible"].get<bool>()) continue;
            const double y = line["y"], h = line["h"];
            if (y + h < vy + 1 || y > vy + vh - 1) continue;  // touching the edge by a fraction of a pixel: not shown
            EXPECT_GE(y, vy - 0.5) << events[i].id << ": \"" << line["text"] << "\" is cut at the top";
            EXPECT_LE(y + h, vy + vh + 0.5) << events[i].id << ": \"" << line["text"] << "\" is cut at the bottom";
        }
        const bool scrolls = double(l["content_height"]) > vh + 1;
        if (scrolls) {
            ++scrolling;
            // A body that scrolls says so with a cue a finger can press, and a bar.
            bool more = false, bar = false;
            for (const auto& t : l["targets"]) {
                more = more || (t["id"] == "card:more" && t["visible"].get<bool>());
                bar = bar || (t["id"] == "card:scrollbar" && t["visible"].get<bool>());
            }
            EXPECT_TRUE(more && bar) << events[i].id << " scrolls without its cue or bar";
        }
    }
    EXPECT_EQ(seen.size(), events.size());
    RecordProperty("scrolling", scrolling);
    if (p.size == "1920x1080" && p.step == 0) EXPECT_LE(scrolling, 3) << scrolling << " cards scroll";
}

INSTANTIATE_TEST_SUITE_P(
    Sizes, EveryCard,
    ::testing::Values(FitParam{"1920x1080", "en", 0}, FitParam{"1920x1080", "en", 1}, FitParam{"1920x1080", "en", 2},
                      FitParam{"1920x1080", "ru", 0}, FitParam{"1920x1080", "ru", 1}, FitParam{"1920x1080", "ru", 2},
                      FitParam{"1080x1920", "en", 0}, FitParam{"1080x1920", "en", 1}, FitParam{"1080x1920", "en", 2},
                      FitParam{"1080x1920", "ru", 0}, FitParam{"1080x1920", "ru", 1}, FitParam{"1080x1920", "ru", 2},
                      FitParam{"800x480", "en", 0}, FitParam{"800x480", "en", 1}, FitParam{"800x480", "en", 2},
                      FitParam{"800x480", "ru", 0}, FitParam{"800x480", "ru", 1}, FitParam{"800x480", "ru", 2}),
    [](const auto& info) {
        return "size_" + info.param.size + "_" + info.param.lang + "_step" + std::to_string(info.param.step);
    });

}  // namespace
}  // namespace kiosk
