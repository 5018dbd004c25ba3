// The real kiosk, headless, on the timeline: drags, flings, pinches and taps from
// replay scripts; labels checked on the layout dump at many zoom levels.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "content/timeline.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

struct KioskRun {
    std::string dir;
    json read(const std::string& name) const {
        json j;
        std::ifstream in(dir + "/" + name);
        if (in) in >> j;
        return j;
    }
};

// Runs the kiosk with a replay script; "%D" in the script stands for the output folder.
KioskRun replay(const std::string& name, const std::string& args, std::string script) {
    KioskRun r{test::temp_dir(name)};
    for (auto at = script.find("%D"); at != std::string::npos; at = script.find("%D")) script.replace(at, 2, r.dir);
    std::ofstream(r.dir + "/s.replay") << script;
    const auto res = test::run(test::kiosk_binary() + " --headless " + args + " --replay " + r.dir + "/s.replay");
    EXPECT_EQ(res.exit_code, 0) << res.output;
    return r;
}

double day(const json& state, const char* which) {
    return state["timeline"][std::string(which) + "_day"].get<double>();
}
double units(const json& state, const char* which) {
    return state["timeline"][std::string(which) + "_units"].get<double>();
}

using test::tap_at;

std::pair<double, double> centre_of(const json& layout, const std::string& id) {
    return test::target_centre(layout, id);
}

TEST(TimelineApp, GivenTheScenesByNameThenStateReportsSceneSelectionAndRange) {
    // The timeline opens on the title slide over the years around the telegram (the
    // default [timeline] opening_from/opening_to, 1914 to 1934).
    KioskRun r = replay("scenes", "--size 1920x1080 --scene timeline", "0 state %D/a.json\n");
    const json a = r.read("a.json");
    EXPECT_EQ(a["scene"], "timeline");
    EXPECT_TRUE(a["selected_event"].is_null());
    EXPECT_TRUE(a["timeline"]["title_slide"].get<bool>());
    EXPECT_EQ(a["timeline"]["from"].get<std::string>(), "1914-01-01");
    EXPECT_EQ(a["timeline"]["to"].get<std::string>(), "1935-01-01");
    KioskRun e = replay("event", "--size 1920x1080 --scene event:hughes-reply-1921", "0 state %D/e.json\n");
    EXPECT_EQ(e.read("e.json")["scene"], "event");
    EXPECT_EQ(e.read("e.json")["selected_event"], "hughes-reply-1921");
    KioskRun h = replay("home", "--size 1080x1920 --scene home", "0 state %D/h.json\n");
    EXPECT_EQ(h.read("h.json")["scene"], "home");
}

TEST(TimelineApp, GivenADragToTheLeftThenLaterYearsComeIntoViewByTheDistanceDragged) {
    // The title slide covers the upper plot at the opening; it is closed first (a swipe
    // on it would turn to the first event).
    KioskRun r = replay("drag", "--size 1920x1080 --scene timeline", R"(
0    key Escape
0    key plus
0    key plus
1000 state %D/before.json
1000 down 1 0.7 0.5
1100 move 1 0.6 0.5
1200 move 1 0.5 0.5
1300 move 1 0.4 0.5
1900 up   1 0.4 0.5
2000 state %D/after.json
)");
    const json before = r.read("before.json"), after = r.read("after.json");
    // The axis is linear in story units (days spread by the events) over the width less
    // its margins.
    const double span = units(before, "to") - units(before, "from");
    const double px_per_unit = (1920 - 2 * 38.4) / span;
    EXPECT_GT(day(after, "from"), day(before, "from"));
    EXPECT_NEAR(units(after, "from") - units(before, "from"), 0.3 * 1920 / px_per_unit, 0.02 * span);
    EXPECT_NEAR(units(after, "to") - units(after, "from"), span, 1e-6);  // a drag does not zoom
}

TEST(TimelineApp, GivenAFlingThenTheRangeKeepsMovingAfterTheFingerLiftsAndComesToRest) {
    KioskRun r = replay("fling", "--size 1920x1080 --scene timeline", R"(
0    key Escape
0    key plus
400  key plus
800  key plus
1000 down 1 0.7 0.5
1016 move 1 0.68 0.5
1032 move 1 0.66 0.5
1048 move 1 0.64 0.5
1064 up   1 0.62 0.5
1064 state %D/lift.json
1200 state %D/glide.json
6000 state %D/rest.json
)");
    const json lift = r.read("lift.json"), glide = r.read("glide.json"), rest = r.read("rest.json");
    EXPECT_GT(day(glide, "from"), day(lift, "from"));
    EXPECT_TRUE(glide["timeline"]["moving"].get<bool>());
    EXPECT_GT(day(rest, "from"), day(glide, "from"));
    EXPECT_FALSE(rest["timeline"]["moving"].get<bool>());
}

TEST(TimelineApp, GivenAPinchThenTheRangeNarrowsAroundThePinchCentre) {
    KioskRun r = replay("pinch", "--size 1920x1080 --scene timeline", R"(
0   key Escape
0   state %D/before.json
100 down 1 0.55 0.5
110 down 2 0.65 0.5
130 move 1 0.50 0.5
130 move 2 0.70 0.5
150 move 1 0.45 0.5
150 move 2 0.75 0.5
170 move 1 0.40 0.5
170 move 2 0.80 0.5
300 up 1 0.40 0.5
300 up 2 0.80 0.5
400 state %D/after.json
)");
    const json before = r.read("before.json"), after = r.read("after.json");
    const double span0 = units(before, "to") - units(before, "from"), span1 = units(after, "to") - units(after, "from");
    EXPECT_NEAR(span1, span0 / 4, span0 * 0.01);  // the fingers' distance grew four times
    // The moment under the centre (x = 0.6 of the width) stayed under it.
    auto units_at = [](const json& s, double xfrac) {
        const double x0 = 38.4, x1 = 1920 - 38.4;
        return units(s, "from") + (xfrac * 1920 - x0) / (x1 - x0) * (units(s, "to") - units(s, "from"));
    };
    EXPECT_NEAR(units_at(after, 0.6), units_at(before, 0.6), span0 * 0.005);
}

TEST(TimelineApp, GivenATapOnTheTelegramThenItsCardOpensThenTheReaderThenHome) {
    // Find the telegram's label on the first screen.
    KioskRun first = replay("tap0", "--size 1920x1080 --scene timeline", "0 layout %D/l.json\n");
    const auto telegram = centre_of(first.read("l.json"), "event:telegram-1921");
    ASSERT_GT(telegram.first, 0) << "the telegram's label is on the first screen";
    KioskRun card = replay("tap1", "--size 1920x1080 --scene timeline",
                           tap_at(0, telegram) + "1000 state %D/s.json\n1000 layout %D/l.json\n");
    const json s = card.read("s.json");
    EXPECT_EQ(s["scene"], "event");
    EXPECT_EQ(s["selected_event"], "telegram-1921");
    const auto read = centre_of(card.read("l.json"), "card-read:0");
    ASSERT_GT(read.first, 0) << "the card offers the telegram";
    KioskRun reader =
        replay("tap2", "--size 1920x1080 --scene timeline",
               tap_at(0, telegram) + tap_at(1000, read) + "2000 state %D/s.json\n2000 layout %D/l.json\n");
    EXPECT_EQ(reader.read("s.json")["scene"], "telegram");
    const auto home = centre_of(reader.read("l.json"), "home");
    KioskRun back = replay("tap3", "--size 1920x1080 --scene timeline",
                           tap_at(0, telegram) + tap_at(1000, read) + tap_at(2000, home) + "3000 state %D/s.json\n");
    EXPECT_EQ(back.read("s.json")["scene"], "home");
}

TEST(TimelineApp, GivenTheCardWhenTappedOutsideOrClosedThenItCloses) {
    // Beside the card (it is as wide as the screen's margins allow with its picture).
    KioskRun r = replay("close", "--size 1920x1080 --scene event:telegram-1921",
                        tap_at(0, {0.008, 0.5}) + "500 state %D/s.json\n");
    EXPECT_EQ(r.read("s.json")["scene"], "timeline");
    EXPECT_TRUE(r.read("s.json")["selected_event"].is_null());
}

TEST(TimelineApp, GivenTheReadersTimelineButtonThenTheTimelineCentresOnTheTelegram) {
    KioskRun first = replay("fromreader0", "--size 1920x1080 --scene telegram", "0 layout %D/l.json\n");
    const auto button = centre_of(first.read("l.json"), "timeline");
    ASSERT_GT(button.first, 0);
    KioskRun r =
        replay("fromreader1", "--size 1920x1080 --scene telegram", tap_at(0, button) + "1000 state %D/s.json\n");
    const json s = r.read("s.json");
    EXPECT_EQ(s["scene"], "timeline");
    const double telegram = days_from_civil(1921, 3, 20);
    EXPECT_LT(day(s, "from"), telegram);
    EXPECT_GT(day(s, "to"), telegram);
    EXPECT_LT(day(s, "to") - day(s, "from"), 20 * 365.0);
}

// A cluster target's id lists its events: "cluster:a,b,c".
std::vector<std::string> cluster_events(const std::string& id) {
    std::vector<std::string> out;
    std::stringstream ss(id.substr(8));
    for (std::string e; std::getline(ss, e, ',');) out.push_back(e);
    return out;
}

TEST(TimelineApp, GivenATapOnASmallClusterThenAListOfItsEventsOpensAndEachItemOpensItsCard) {
    // The whole span, where the crowded years stand in clusters.
    KioskRun opening = replay("chip00", "--size 1920x1080 --scene timeline", "0 key Escape\n100 layout %D/a.json\n");
    const std::string all = tap_at(100, centre_of(opening.read("a.json"), "timeline:all"));
    KioskRun first =
        replay("chip0", "--size 1920x1080 --scene timeline", "0 key Escape\n" + all + "1000 layout %D/l.json\n");
    const json l = first.read("l.json");
    std::string cluster;
    for (const auto& t : l["targets"]) {
        const std::string id = t["id"];
        if (id.rfind("cluster:", 0) == 0 && cluster_events(id).size() <= 6 && t["visible"].get<bool>()) {
            cluster = id;
            break;
        }
    }
    ASSERT_FALSE(cluster.empty()) << "the whole span has events closer than a finger";
    const auto members = cluster_events(cluster);
    KioskRun r = replay(
        "chip1", "--size 1920x1080 --scene timeline",
        "0 key Escape\n" + all + tap_at(1100, centre_of(l, cluster)) + "2000 state %D/s.json\n2000 layout %D/l.json\n");
    const json s = r.read("s.json");
    ASSERT_EQ(s["timeline"]["chooser"].size(), members.size());
    for (std::size_t i = 0; i < members.size(); ++i) EXPECT_EQ(s["timeline"]["chooser"][i], members[i]);
    // Each listed event has its own target; the last one opens its card.
    const json list = r.read("l.json");
    for (const auto& m : members) EXPECT_GT(centre_of(list, "event:" + m).first, 0) << m;
    KioskRun open = replay("chip2", "--size 1920x1080 --scene timeline",
                           "0 key Escape\n" + all + tap_at(1100, centre_of(l, cluster)) +
                               tap_at(2000, centre_of(list, "event:" + members.back())) + "3000 state %D/s.json\n");
    EXPECT_EQ(open.read("s.json")["selected_event"], members.back());
    EXPECT_TRUE(open.read("s.json")["timeline"]["chooser"].empty());
}

// Every visible line in the dump against every other: none may overlap.
int expect_no_overlaps(const json& layout, const std::string& where) {
    std::vector<json> lines;
    for (const auto& l : layout["lines"])
        if (l["visible"].get<bool>()) lines.push_back(l);
    int labels = 0;
    for (std::size_t a = 0; a < lines.size(); ++a) {
        labels += lines[a]["role"] == "event";
        for (std::size_t b = a + 1; b < lines.size(); ++b) {
            const auto &p = lines[a], &q = lines[b];
            EXPECT_FALSE(test::boxes_overlap(p, q)) << where << ": \"" << p["text"] << "\" and \"" << q["text"] << "\"";
        }
        EXPECT_GE(double(lines[a]["x"]), 0.0) << where << lines[a]["text"];
        EXPECT_LE(double(lines[a]["x"]) + double(lines[a]["w"]), double(layout["size"][0]) + 0.5)
            << where << lines[a]["text"];
    }
    EXPECT_FALSE(lines.empty()) << where;
    return labels;
}

class TimelineLabelsAt : public ::testing::TestWithParam<std::string> {};

TEST_P(TimelineLabelsAt, GivenEveryZoomLevelAndSeveralPlacesThenNoTwoVisibleLabelsOverlap) {
    // From the telegram's place (its card closed), out to the whole span, then in step by
    // step to a few months around March 1921, then out a little and across the years
    // after it; the layout is dumped at each step.
    std::string script = "0 key Escape\n";
    int t = 0, n = 0;
    for (int i = 0; i < 8; ++i) {
        t += 400;
        script += std::to_string(t) + " key minus\n";
    }
    script += std::to_string(t + 350) + " layout %D/z" + std::to_string(n++) + ".json\n";
    for (int i = 0; i < 12; ++i) {
        t += 400;
        script += std::to_string(t) + " key plus\n" + std::to_string(t + 350) + " layout %D/z" + std::to_string(n++) +
                  ".json\n";
    }
    for (int i = 0; i < 6; ++i) {
        t += 400;
        script += std::to_string(t) + " key minus\n";
    }
    for (int i = 0; i < 8; ++i) {
        t += 400;
        script += std::to_string(t) + " key Right\n" + std::to_string(t + 350) + " layout %D/z" + std::to_string(n++) +
                  ".json\n";
    }
    KioskRun r = replay("labels", "--size " + GetParam() + " --scene event:telegram-1921", script);
    int labels = 0;
    for (int i = 0; i < n; ++i)
        labels +=
            expect_no_overlaps(r.read("z" + std::to_string(i) + ".json"), GetParam() + " step " + std::to_string(i));
    EXPECT_GT(labels, n * 2) << "event labels were readable along the way";
}

INSTANTIATE_TEST_SUITE_P(Screens, TimelineLabelsAt, ::testing::Values("1920x1080", "1080x1920"),
                         [](const auto& info) { return "size_" + info.param; });

}  // namespace
}  // namespace kiosk
