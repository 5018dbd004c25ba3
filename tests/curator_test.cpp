// Curator mode: the hidden gesture, the PIN pad, and what a wrong PIN does.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "app/curator_gate.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

TEST(Pin, GivenPinsThenOnlyTheExactOneMatches) {
    EXPECT_TRUE(pin_matches("1921", "1921"));
    EXPECT_FALSE(pin_matches("1922", "1921"));
    EXPECT_FALSE(pin_matches("192", "1921"));
    EXPECT_FALSE(pin_matches("19211", "1921"));
    EXPECT_FALSE(pin_matches("", "1921"));
    EXPECT_FALSE(pin_matches("", ""));  // an empty PIN never opens anything
}

const std::string corners_held =
    "0    down 1 0.03 0.04\n"
    "50   down 2 0.97 0.96\n"
    "2600 up 1 0.03 0.04\n"
    "2600 up 2 0.97 0.96\n";

struct Replay {
    std::string dir;
    json state, layout;
};

Replay run(const std::string& name, const std::string& script) {
    Replay r{test::temp_dir(name), {}, {}};
    std::ofstream(r.dir + "/s.replay") << script << "9000 state " << r.dir << "/s.json\n9000 layout " << r.dir << "/l.json\n";
    const auto res = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --scene home --replay " + r.dir + "/s.replay");
    EXPECT_EQ(res.exit_code, 0) << res.output;
    std::ifstream(r.dir + "/s.json") >> r.state;
    std::ifstream(r.dir + "/l.json") >> r.layout;
    return r;
}

std::string tap(const json& layout, const std::string& id, double t) {
    const auto c = test::target_centre(layout, id);
    EXPECT_GT(c.first, 0) << "no target " << id;
    return test::tap_at(t, c);
}

TEST(Curator, GivenTwoFingersHeldInOppositeCornersThenThePinPadOpens) {
    const Replay r = run("curator-open", corners_held);
    EXPECT_EQ(r.state["scene"], "curator");
    EXPECT_EQ(r.state["curator"]["mode"], "pin");
}

TEST(Curator, GivenOneCornerOnlyOrTooShortAHoldThenNothingOpens) {
    EXPECT_EQ(run("curator-one", "0 down 1 0.03 0.04\n3000 up 1 0.03 0.04\n").state["scene"], "home");
    EXPECT_EQ(run("curator-short", "0 down 1 0.03 0.04\n50 down 2 0.97 0.96\n1000 up 1 0.03 0.04\n1000 up 2 0.97 0.96\n").state["scene"],
              "home");
    // Two fingers in the same corner region are not the gesture either.
    EXPECT_EQ(run("curator-same", "0 down 1 0.03 0.04\n50 down 2 0.05 0.06\n2600 up 1 0.03 0.04\n2600 up 2 0.05 0.06\n").state["scene"],
              "home");
}

TEST(Curator, GivenTheRightPinThenThePanelOpensAndAWrongPinDoesNot) {
    const Replay pad = run("curator-pad", corners_held);
    const json& l = pad.layout;
    std::string right = corners_held, wrong = corners_held;
    double t = 3000;
    for (char d : std::string("1921")) {
        right += tap(l, std::string("pin:") + d, t);
        t += 200;
    }
    right += tap(l, "pin:ok", t);
    t = 3000;
    for (char d : std::string("1922")) {
        wrong += tap(l, std::string("pin:") + d, t);
        t += 200;
    }
    wrong += tap(l, "pin:ok", t);
    const Replay ok = run("curator-ok", right);
    EXPECT_EQ(ok.state["curator"]["mode"], "panel");
    bool diagnostics = false, sound = false;
    for (const auto& line : ok.layout["lines"]) {
        diagnostics = diagnostics || line["text"] == "Curator mode";
        // The sound device in use (a headless run has none, and says why).
        sound = sound || line["text"] == "Sound: none (headless)";
    }
    EXPECT_TRUE(diagnostics);
    EXPECT_TRUE(sound);
    const Replay bad = run("curator-bad", wrong);
    EXPECT_EQ(bad.state["curator"]["mode"], "pin");
    EXPECT_TRUE(bad.state["curator"]["pin_error"].get<bool>());
    // The PIN never appears on screen.
    for (const auto& line : bad.layout["lines"]) EXPECT_EQ(line["text"].get<std::string>().find("1922"), std::string::npos);
}

TEST(Curator, GivenThePanelWhenClosedThenTheVisitorsScreenComesBack) {
    const Replay pad = run("curator-pad2", corners_held);
    std::string script = corners_held;
    double t = 3000;
    for (char d : std::string("1921")) {
        script += tap(pad.layout, std::string("pin:") + d, t);
        t += 200;
    }
    script += tap(pad.layout, "pin:ok", t);
    const Replay panel = run("curator-panel", script);
    script += tap(panel.layout, "curator:close", t + 1000);
    const Replay closed = run("curator-closed", script);
    EXPECT_EQ(closed.state["scene"], "home");
}

}  // namespace
}  // namespace kiosk
