// The timeline as a story a visitor can follow: previous and next through the events,
// the title slide, the zoom buttons, the overview strip, and every event within reach
// at every zoom and size, through the real kiosk's replays and layout dumps.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "content/timeline.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

struct StoryRun {
    std::string dir;
    json read(const std::string& name) const {
        json j;
        std::ifstream in(dir + "/" + name);
        if (in) in >> j;
        return j;
    }
};

StoryRun replay(const std::string& name, const std::string& args, std::string script) {
    StoryRun r{test::temp_dir(name)};
    for (auto at = script.find("%D"); at != std::string::npos; at = script.find("%D")) script.replace(at, 2, r.dir);
    std::ofstream(r.dir + "/s.replay") << script;
    const auto res = test::run(test::kiosk_binary() + " --headless " + args + " --replay " + r.dir + "/s.replay");
    EXPECT_EQ(res.exit_code, 0) << res.output;
    return r;
}

json layout_of(const std::string& name, const std::string& args) {
    return replay(name, args, "0 layout %D/l.json\n").read("l.json");
}

double day(const json& state, const char* which) {
    return state["timeline"][std::string(which) + "_day"].get<double>();
}

const Timeline& timeline() {
    static const TimelineLoad load = load_timeline(test::source_path("assets/timeline.csv"));
    return load.timeline;
}

// ---- stepping through the story ----------------------------------------------------------

TEST(Story, GivenTheTelegramsCardThenNextOpensHughesReplyAndPreviousComesBack) {
    const json l = layout_of("story0", "--size 1920x1080 --scene event:telegram-1921");
    const auto next = test::target_centre(l, "card:next"), prev = test::target_centre(l, "card:prev");
    ASSERT_GT(next.first, 0);
    ASSERT_GT(prev.first, 0);
    StoryRun r = replay("story1", "--size 1920x1080 --scene event:telegram-1921",
                        test::tap_at(0, next) + "1000 state %D/a.json\n1000 layout %D/la.json\n");
    const json a = r.read("a.json");
    EXPECT_EQ(a["scene"], "event");
    EXPECT_EQ(a["selected_event"], "hughes-reply-1921");
    // The timeline glided so that the new event stands in view.
    const double hughes = timeline().find("hughes-reply-1921")->start_day();
    EXPECT_GT(hughes, day(a, "from"));
    EXPECT_LT(hughes, day(a, "to"));
    StoryRun back =
        replay("story2", "--size 1920x1080 --scene event:telegram-1921",
               test::tap_at(0, next) + test::tap_at(1000, test::target_centre(r.read("la.json"), "card:prev")) +
                   "2000 state %D/b.json\n");
    EXPECT_EQ(back.read("b.json")["selected_event"], "telegram-1921");
}

TEST(Story, GivenTheKeysRightAndLeftThenTheyStepLikeTheButtons) {
    StoryRun r = replay(
        "keys", "--size 1920x1080 --scene event:telegram-1921",
        "0 key Right\n500 state %D/a.json\n600 key Left\n1100 state %D/b.json\n1200 key Left\n1700 state %D/c.json\n");
    EXPECT_EQ(r.read("a.json")["selected_event"], "hughes-reply-1921");
    EXPECT_EQ(r.read("b.json")["selected_event"], "telegram-1921");
    EXPECT_EQ(r.read("c.json")["selected_event"], "colby-note-1920");  // the event before, by date
}

TEST(Story, GivenASwipeOnTheCardThenItTurnsLikeAPage) {
    const json l = layout_of("swipe0", "--size 1920x1080 --scene event:telegram-1921");
    double cx = 0, cy = 0;
    for (const auto& t : l["targets"])
        if (t["id"] == "card") {
            cx = (double(t["x"]) + double(t["w"]) / 2) / 1920;
            cy = (double(t["y"]) + double(t["h"]) * 0.3) / 1080;
        }
    ASSERT_GT(cx, 0);
    std::ostringstream s;
    for (int i = 0; i <= 8; ++i)
        s << i * 16 << (i == 0 ? " down 1 " : " move 1 ") << cx - i * 0.02 << ' ' << cy << '\n';
    s << 8 * 16 + 8 << " up 1 " << cx - 0.16 << ' ' << cy << "\n1000 state %D/a.json\n";
    StoryRun r = replay("swipe1", "--size 1920x1080 --scene event:telegram-1921", s.str());
    EXPECT_EQ(r.read("a.json")["selected_event"], "hughes-reply-1921");
}

TEST(Story, GivenTheLastEventThenNextSaysTheEndAndDoesNothing) {
    const std::string last = timeline().events.back().id;
    const json l = layout_of("end0", "--size 1920x1080 --scene event:" + last);
    const auto next = test::target_centre(l, "card:next");
    ASSERT_GT(next.first, 0) << "the button stays, saying so";
    bool says_end = false;
    for (const auto& line : l["lines"]) says_end = says_end || (line["id"] == "card:next" && line["text"] == "The end");
    EXPECT_TRUE(says_end);
    StoryRun r = replay("end1", "--size 1920x1080 --scene event:" + last,
                        "0 state %D/a.json\n" + test::tap_at(100, next) + "1000 state %D/b.json\n");
    EXPECT_EQ(r.read("b.json")["selected_event"], last);
    EXPECT_EQ(r.read("b.json")["scene"], "event");
    EXPECT_DOUBLE_EQ(day(r.read("b.json"), "from"), day(r.read("a.json"), "from"));
}

TEST(Story, GivenTheTitleSlideThenBeginOpensTheFirstEventAndPreviousFromItReturns) {
    const json l = layout_of("title0", "--size 1920x1080 --scene timeline");
    StoryRun r =
        replay("title1", "--size 1920x1080 --scene timeline",
               test::tap_at(0, test::target_centre(l, "card:next")) + "1000 state %D/a.json\n1000 layout %D/la.json\n");
    EXPECT_EQ(r.read("a.json")["selected_event"], timeline().events.front().id);
    EXPECT_FALSE(r.read("a.json")["timeline"]["title_slide"].get<bool>());
    StoryRun back =
        replay("title2", "--size 1920x1080 --scene timeline",
               test::tap_at(0, test::target_centre(l, "card:next")) +
                   test::tap_at(1000, test::target_centre(r.read("la.json"), "card:prev")) + "2000 state %D/b.json\n");
    EXPECT_TRUE(back.read("b.json")["timeline"]["title_slide"].get<bool>());
    EXPECT_TRUE(back.read("b.json")["selected_event"].is_null());
}

// ---- the controls and the strip ---------------------------------------------------------------

TEST(Story, GivenTheZoomButtonsThenInNarrowsOutWidensAndStartReturnsToTheTitleSlide) {
    const json l = layout_of("zoom0", "--size 1920x1080 --scene timeline");
    for (const char* id : {"timeline:zoom-in", "timeline:zoom-out", "timeline:start", "timeline:all"}) {
        const auto c = test::target_centre(l, id);
        ASSERT_GT(c.first, 0) << id;
        EXPECT_GT(c.second, 0.75) << id << " is in the lower part of the screen, within reach";
    }
    StoryRun r = replay("zoom1", "--size 1920x1080 --scene timeline",
                        "0 state %D/a.json\n" + test::tap_at(100, test::target_centre(l, "timeline:zoom-in")) +
                            "1000 state %D/b.json\n" + test::tap_at(1100, test::target_centre(l, "timeline:zoom-out")) +
                            test::tap_at(1600, test::target_centre(l, "timeline:zoom-out")) + "2500 state %D/c.json\n" +
                            test::tap_at(2600, test::target_centre(l, "card-close")) + "3000 state %D/d.json\n" +
                            test::tap_at(3100, test::target_centre(l, "timeline:start")) + "4000 state %D/e.json\n");
    // Spans on the story's scale (linear in pixels; days are spread by the events).
    auto span = [](const json& s) {
        return s["timeline"]["to_units"].get<double>() - s["timeline"]["from_units"].get<double>();
    };
    const double span_a = span(r.read("a.json")), span_b = span(r.read("b.json")), span_c = span(r.read("c.json"));
    EXPECT_NEAR(span_b, span_a / 2, span_a * 0.01);
    EXPECT_NEAR(span_c, span_b * 4, span_a * 0.01);
    EXPECT_FALSE(r.read("d.json")["timeline"]["title_slide"].get<bool>());
    EXPECT_TRUE(r.read("e.json")["timeline"]["title_slide"].get<bool>());
}

TEST(Story, GivenTheWholeSpanButtonThenEveryEventIsInTheRange) {
    const json l = layout_of("all0", "--size 1920x1080 --scene timeline");
    StoryRun r = replay("all1", "--size 1920x1080 --scene timeline",
                        test::tap_at(0, test::target_centre(l, "timeline:all")) + "1000 state %D/a.json\n");
    for (const auto& e : timeline().events) {
        EXPECT_GE(e.start_day(), day(r.read("a.json"), "from")) << e.id;
        EXPECT_LE(e.end_day(), day(r.read("a.json"), "to")) << e.id;
    }
}

TEST(Story, GivenADragOfTheOverviewWindowThenTheRangeMovesWithIt) {
    const json l = layout_of("strip0", "--size 1920x1080 --scene timeline");
    const auto strip = test::target_centre(l, "timeline:overview");
    ASSERT_GT(strip.first, 0);
    // Grab the window where it is (the opening range, a little right of the strip's
    // first quarter) and drag it to the right.
    std::ostringstream script;
    const double x0 = 0.26, y = strip.second;
    script << "0 state %D/a.json\n";
    for (int i = 0; i <= 10; ++i)
        script << 100 + i * 16 << (i == 0 ? " down 1 " : " move 1 ") << x0 + i * 0.02 << ' ' << y << '\n';
    script << 100 + 11 * 16 << " up 1 " << x0 + 0.2 << ' ' << y << "\n1000 state %D/b.json\n";
    StoryRun r = replay("strip2", "--size 1920x1080 --scene timeline", script.str());
    const json a = r.read("a.json"), b = r.read("b.json");
    EXPECT_GT(day(b, "from"), day(a, "from") + 365 * 5) << "the view moved years later";
    auto span = [](const json& s) {
        return s["timeline"]["to_units"].get<double>() - s["timeline"]["from_units"].get<double>();
    };
    EXPECT_NEAR(span(b), span(a), span(a) * 1e-6) << "and kept its span (on the story's scale)";
}

TEST(Story, GivenADragOnTheAxisAtTheOpeningViewThenTheRangeMoves) {
    // The title slide is open; the axis below it still answers the hint "Drag to travel in time".
    const json l = layout_of("odrag0", "--size 1920x1080 --scene timeline");
    double axis_y = -1;
    for (const auto& t : l["targets"]) {
        const std::string id = t["id"];
        if (id.rfind("event:", 0) == 0 || id.rfind("cluster:", 0) == 0)
            axis_y = (double(t["y"]) + double(t["h"]) / 2) / 1080;
    }
    ASSERT_GT(axis_y, 0.5);
    std::ostringstream script;
    script << "0 state %D/a.json\n";
    // Between markers, on the axis: a drag, not a tap.
    for (int i = 0; i <= 10; ++i)
        script << 100 + i * 16 << (i == 0 ? " down 1 " : " move 1 ") << 0.9 - i * 0.03 << ' ' << axis_y << '\n';
    script << 100 + 11 * 16 << " up 1 " << 0.6 << ' ' << axis_y << "\n2000 state %D/b.json\n";
    StoryRun r = replay("odrag1", "--size 1920x1080 --scene timeline", script.str());
    EXPECT_GT(day(r.read("b.json"), "from"), day(r.read("a.json"), "from") + 365);
    EXPECT_TRUE(r.read("b.json")["timeline"]["title_slide"].get<bool>()) << "the title slide stays";
}

TEST(Story, GivenTheColourKeyButtonThenTheKeyShowsEveryGroupOfTheTimeline) {
    const json l = layout_of("key0", "--size 1920x1080 --scene timeline");
    StoryRun r =
        replay("key1", "--size 1920x1080 --scene timeline",
               test::tap_at(0, test::target_centre(l, "timeline:key")) + "500 layout %D/k.json\n500 state %D/s.json\n");
    EXPECT_TRUE(r.read("s.json")["timeline"]["legend"].get<bool>());
    std::set<std::string> shown;
    const json key = r.read("k.json");
    for (const auto& line : key["lines"])
        if (line["role"] == "legend") shown.insert(line["text"].get<std::string>());
    EXPECT_EQ(shown, (std::set<std::string>{"Diplomacy", "Conflict", "Trade", "Treaty", "Science", "Crisis"}));
}

// ---- every event within reach ------------------------------------------------------------------

std::vector<std::string> ids_of(const std::string& target) {
    std::vector<std::string> out;
    if (target.rfind("event:", 0) == 0)
        out.push_back(target.substr(6));
    else if (target.rfind("cluster:", 0) == 0) {
        std::stringstream ss(target.substr(8));
        for (std::string e; std::getline(ss, e, ',');) out.push_back(e);
    }
    return out;
}

// Returns how many events were in view (so a caller can tell the check was not empty).
int expect_every_event_within_reach(const json& layout, const json& state, const std::string& where) {
    EXPECT_FALSE(layout["targets"].empty()) << where << ": no layout";
    if (state.is_null() || layout["targets"].empty()) return 0;
    const double from = day(state, "from"), to = day(state, "to");
    int in_view = 0;
    std::map<std::string, int> reachable;
    std::vector<std::pair<json, std::vector<std::string>>> event_targets;
    const double W = layout["size"][0], H = layout["size"][1];
    for (const auto& t : layout["targets"]) {
        if (!t["visible"].get<bool>()) continue;
        const auto ids = ids_of(t["id"]);
        if (ids.empty()) continue;
        EXPECT_GT(double(t["x"]) + double(t["w"]), 0.0) << where << t["id"];
        EXPECT_LT(double(t["x"]), W) << where << t["id"];
        EXPECT_LE(double(t["y"]) + double(t["h"]), H + 0.5) << where << t["id"];
        for (const auto& id : ids) ++reachable[id];
        event_targets.push_back({t, ids});
    }
    for (const auto& e : timeline().events)
        if (e.start_day() >= from && e.start_day() <= to) {
            ++in_view;
            EXPECT_GT(reachable[e.id], 0) << where << ": " << e.id << " has no target";
        }
    for (std::size_t a = 0; a < event_targets.size(); ++a)
        for (std::size_t b = a + 1; b < event_targets.size(); ++b) {
            const auto& [p, pi] = event_targets[a];
            const auto& [q, qi] = event_targets[b];
            bool shared = false;
            for (const auto& x : pi)
                for (const auto& y : qi) shared = shared || x == y;
            if (!shared) EXPECT_FALSE(test::boxes_overlap(p, q)) << where << ": " << p["id"] << " and " << q["id"];
        }
    return in_view;
}

class ReachAt : public ::testing::TestWithParam<std::string> {};

TEST_P(ReachAt, GivenEveryZoomStepThenEveryEventInViewHasATargetAndNoTwoEventsTargetsOverlap) {
    // The opening view (title slide and all), then without it: out to the whole span,
    // and in step by step to a few months, and across the years.
    std::string script =
        "0 layout %D/open.json\n0 state %D/open-s.json\n10 key Escape\n300 layout %D/closed.json\n300 state "
        "%D/closed-s.json\n";
    int t = 10, n = 0;
    auto dump = [&] {
        script += std::to_string(t + 350) + " layout %D/z" + std::to_string(n) + ".json\n" + std::to_string(t + 350) +
                  " state %D/z" + std::to_string(n) + "-s.json\n";
        ++n;
    };
    for (int i = 0; i < 5; ++i) {
        t += 400;
        script += std::to_string(t) + " key minus\n";
        dump();
    }
    for (int i = 0; i < 14; ++i) {
        t += 400;
        script += std::to_string(t) + " key plus\n";
        dump();
    }
    for (int i = 0; i < 6; ++i) {
        t += 400;
        script += std::to_string(t) + " key Right\n";
        dump();
    }
    StoryRun r = replay("reach", "--size " + GetParam() + " --scene timeline", script);
    // Where the title slide's words need it (a short screen), the slide takes the whole
    // screen (issue 22): the opening view is then the one its Close leads to.
    const json open = r.read("open.json");
    // (A card with the whole screen covers the top bar too: Home is not there.)
    bool card = false, home = false;
    for (const auto& t : open["targets"]) {
        card = card || t["id"] == "card";
        home = home || (t["id"] == "home" && t["visible"].get<bool>());
    }
    const bool full_screen_slide = card && !home;
    int checked =
        full_screen_slide
            ? expect_every_event_within_reach(r.read("closed.json"), r.read("closed-s.json"), GetParam() + " opening")
            : expect_every_event_within_reach(open, r.read("open-s.json"), GetParam() + " opening");
    EXPECT_GE(checked, 15) << "the opening view holds the years around the telegram";
    int whole = 0;
    for (int i = 0; i < n; ++i) {
        const int events = expect_every_event_within_reach(r.read("z" + std::to_string(i) + ".json"),
                                                           r.read("z" + std::to_string(i) + "-s.json"),
                                                           GetParam() + " step " + std::to_string(i));
        whole = std::max(whole, events);
        checked += events;
    }
    EXPECT_EQ(whole, static_cast<int>(timeline().events.size())) << "one step showed the whole span";
}

TEST_P(ReachAt, GivenTheOpeningViewThenEveryErasNameIsInAVisibleLine) {
    // The view the title slide opens onto (at 800x480 the slide covers all of it).
    const json l = replay("eras", "--size " + GetParam() + " --scene timeline", "0 key Escape\n400 layout %D/l.json\n")
                       .read("l.json");
    std::set<std::string> visible;
    for (const auto& line : l["lines"])
        if (line["visible"].get<bool>() && line["role"] == "era")
            visible.insert(line["id"].is_string() ? line["id"].get<std::string>() : "");
    for (const auto& era : timeline().eras) EXPECT_TRUE(visible.count(era.id)) << GetParam() << ": " << era.id;
}

INSTANTIATE_TEST_SUITE_P(Screens, ReachAt, ::testing::Values("1920x1080", "1080x1920", "800x480"),
                         [](const auto& info) { return "size_" + info.param; });

// ---- the reader's introduction and ending; the doors; the attract loop --------------------------

TEST(Story, GivenTheReaderThenItOpensWithTheIntroductionAndEndsWithWhatHappenedNextAndAWayToIt) {
    const json l = layout_of("reader0", "--size 1920x1080 --scene telegram");
    std::vector<std::string> roles;
    for (const auto& line : l["lines"]) roles.push_back(line["role"]);
    ASSERT_FALSE(roles.empty());
    const auto first_p = std::find(roles.begin(), roles.end(), "p");
    const auto first_intro = std::find(roles.begin(), roles.end(), "intro");
    ASSERT_NE(first_intro, roles.end());
    EXPECT_LT(first_intro, first_p) << "the introduction comes before the telegram";
    EXPECT_EQ(roles.back(), "afterword") << "the page ends with what happened next";
    bool file_gloss = false, page_gloss = false;
    for (const auto& line : l["lines"]) {
        file_gloss = file_gloss || (line["role"] == "gloss" &&
                                    line["text"].get<std::string>().find("file number") != std::string::npos);
        page_gloss = page_gloss || (line["role"] == "gloss" && line["id"] == "page-764");
    }
    EXPECT_TRUE(file_gloss);
    EXPECT_TRUE(page_gloss);
    // The way to Hughes's reply: a target at the end, which opens that event's card.
    StoryRun end = replay("reader1", "--size 1920x1080 --scene telegram", "0 key End\n1000 layout %D/l.json\n");
    const auto button = test::target_centre(end.read("l.json"), "event:hughes-reply-1921", true);
    ASSERT_GT(button.first, 0);
    StoryRun r = replay("reader2", "--size 1920x1080 --scene telegram",
                        "0 key End\n" + test::tap_at(1000, button) + "2000 state %D/s.json\n");
    EXPECT_EQ(r.read("s.json")["scene"], "event");
    EXPECT_EQ(r.read("s.json")["selected_event"], "hughes-reply-1921");
}

TEST(Story, GivenHomeThenEachDoorShowsAPictureOfWhatIsBehindIt) {
    for (const std::string size : {"1920x1080", "1080x1920", "1280x800", "800x480"}) {
        const json l = layout_of("doors", "--size " + size + " --scene home");
        std::map<std::string, json> door;
        for (const auto& t : l["targets"])
            if (t["id"] == "telegram" || t["id"] == "timeline") door[t["id"]] = t;
        int page_lines = 0, year_lines = 0;
        for (const auto& line : l["lines"]) {
            if (line["role"] != "miniature") continue;
            const json& d = door[line["id"].get<std::string>()];
            EXPECT_GE(double(line["x"]), double(d["x"])) << size;
            EXPECT_LE(double(line["x"]) + double(line["w"]), double(d["x"]) + double(d["w"]) + 0.5) << size;
            EXPECT_GE(double(line["y"]), double(d["y"])) << size;
            EXPECT_LE(double(line["y"]) + double(line["h"]), double(d["y"]) + double(d["h"]) + 0.5) << size;
            page_lines += line["id"] == "telegram";
            year_lines += line["id"] == "timeline" && line["text"] == "1921";
        }
        EXPECT_GT(page_lines, 8) << size << ": the telegram's door shows its first page, typeset";
        EXPECT_EQ(year_lines, 1) << size << ": the timeline's door marks the telegram's year";
    }
}

TEST(Story, GivenTheAttractLoopThenLinesOfTheTelegramAlternateWithEventsOfTheTimeline) {
    // The first composition quotes the telegram, the second is an event with its date;
    // the third sets the telegram itself on its sheet.
    StoryRun r =
        replay("attract", "--size 1920x1080", "0 layout %D/a.json\n9100 layout %D/b.json\n18200 layout %D/c.json\n");
    auto roles = [](const json& l) {
        std::set<std::string> out;
        for (const auto& line : l["lines"]) out.insert(line["role"]);
        return out;
    };
    EXPECT_TRUE(roles(r.read("a.json")).count("excerpt"));
    EXPECT_TRUE(roles(r.read("b.json")).count("excerpt-event"));
    EXPECT_TRUE(roles(r.read("b.json")).count("excerpt-date"));
    EXPECT_TRUE(roles(r.read("c.json")).count("excerpt-telegram"));
}

}  // namespace
}  // namespace kiosk
