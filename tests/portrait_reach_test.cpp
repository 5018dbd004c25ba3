// Everything within reach in portrait (issue 23): on a 1080x1920 screen a seated visitor
// reaches the lower part only, so every control of Home, the reader, the timeline, its
// title slide and an open card has its centre in the lower 60% of the screen, in both
// languages. Links inside the text (a person's name, the footnote mark) stay where the
// text is, and so do the timeline's events (its labels and clusters are its text, set
// where the story puts them; the axis and its chips are low); areas (a card's own
// surface, the backdrop beside it) are not controls.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

json reach_layout(const std::string& args, const std::string& script) {
    const std::string dir = test::temp_dir("reach");
    std::string cmd = test::kiosk_binary() + " --headless --size 1080x1920 " + args;
    if (script.empty()) {
        cmd += " --dump-layout " + dir + "/l.json";
    } else {
        test::run("printf '" + script + "1500 layout " + dir + "/l.json\\n' > " + dir + "/s.replay");
        cmd += " --replay " + dir + "/s.replay";
    }
    const auto r = test::run(cmd);
    EXPECT_EQ(r.exit_code, 0) << r.output;
    return test::read_json(dir + "/l.json");
}

TEST(PortraitReach, GivenEveryScreenInPortraitThenEveryControlIsInTheLowerSixtyPercent) {
    const std::set<std::string> areas{"card",        "card-backdrop", "chooser-backdrop", "person-backdrop",
                                      "person-card", "wake",          "timeline:legend"};
    for (const std::string lang : {"en", "ru"}) {
        const std::vector<std::pair<std::string, json>> screens{
            {"home", reach_layout("--lang " + lang + " --scene home", "")},
            {"reader", reach_layout("--lang " + lang + " --scene telegram", "")},
            {"title slide", reach_layout("--lang " + lang + " --scene timeline", "")},
            {"timeline", reach_layout("--lang " + lang + " --scene timeline", "0 key Escape\\n")},
            {"card", reach_layout("--lang " + lang + " --scene event:cuban-missile-crisis-1962", "")},
        };
        for (const auto& [name, l] : screens) {
            const double H = l["size"][1];
            int controls = 0;
            for (const auto& t : l["targets"]) {
                const std::string id = t["id"];
                if (!t["visible"].get<bool>() || areas.count(id) || t["layer"] == "content") continue;
                if (name == "timeline" && (id.rfind("event:", 0) == 0 || id.rfind("cluster:", 0) == 0)) continue;
                ++controls;
                const double centre = double(t["y"]) + double(t["h"]) / 2;
                EXPECT_GE(centre, 0.4 * H) << lang << " " << name << ": " << id << " at " << centre << " px of " << H;
            }
            EXPECT_GT(controls, 2) << lang << " " << name;
        }
    }
}

// Home in portrait has no empty band (issue 23): between the top, the title, the
// invitation, the doors and the comfort row no stretch of the height over 15% holds
// neither a line nor a target.
TEST(PortraitReach, GivenHomeInPortraitThenNoEmptyBandOverFifteenPercentOfTheHeight) {
    for (const std::string lang : {"en", "ru"}) {
        const json l = reach_layout("--lang " + lang + " --scene home", "");
        const double H = l["size"][1];
        std::vector<std::pair<double, double>> spans;
        for (const char* kind : {"lines", "targets"})
            for (const auto& x : l[kind])
                if (x["visible"].get<bool>()) spans.push_back({double(x["y"]), double(x["y"]) + double(x["h"])});
        std::sort(spans.begin(), spans.end());
        double covered = 0, widest = 0;
        for (const auto& [top, bottom] : spans) {
            widest = std::max(widest, top - covered);
            covered = std::max(covered, bottom);
        }
        widest = std::max(widest, H - covered);
        EXPECT_LE(widest, 0.15 * H) << lang << ": an empty band of " << widest << " px";
    }
}

}  // namespace
}  // namespace kiosk
