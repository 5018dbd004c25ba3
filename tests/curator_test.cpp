// Curator mode: the hidden gesture, the PIN pad, and what a wrong PIN does.
#include <gtest/gtest.h>
#include <sys/stat.h>

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

// A copy of the content whose curator PIN was set with `kiosk --set-pin` to 4821.
std::string pinned_copy(const std::string& name) {
    const std::string dir = test::data_copy(name);
    const auto set =
        test::run("echo 4821 | " + test::kiosk_binary() + " --set-pin --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(set.exit_code, 0) << set.output;
    return dir;
}

const std::string& shared_copy() {
    static const std::string dir = pinned_copy("curator-data");
    return dir;
}

Replay run(const std::string& name, const std::string& script, const std::string& data = shared_copy()) {
    Replay r{test::temp_dir(name), {}, {}};
    std::ofstream(r.dir + "/s.replay") << script << "9000 state " << r.dir << "/s.json\n9000 layout " << r.dir
                                       << "/l.json\n";
    const auto res = test::run(test::kiosk_binary() + " --headless --config " + data +
                               "/config/kiosk.toml --size 1920x1080 --scene home --replay " + r.dir +
                               "/s.replay --analytics " + data + "/data/analytics.sqlite");
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

// Taps `pin` on the pad, a digit every `step_ms` from `t`, then OK; `t` ends after it.
std::string type_pin(const json& pad, const std::string& pin, double& t, double step_ms = 200) {
    std::string script;
    for (char d : pin) {
        script += tap(pad, std::string("pin:") + d, t);
        t += step_ms;
    }
    return script + tap(pad, "pin:ok", t);
}

TEST(Curator, GivenTwoFingersHeldInOppositeCornersThenThePinPadOpens) {
    const Replay r = run("curator-open", corners_held);
    EXPECT_EQ(r.state["scene"], "curator");
    EXPECT_EQ(r.state["curator"]["mode"], "pin");
}

TEST(Curator, GivenOneCornerOnlyOrTooShortAHoldThenNothingOpens) {
    EXPECT_EQ(run("curator-one", "0 down 1 0.03 0.04\n3000 up 1 0.03 0.04\n").state["scene"], "home");
    EXPECT_EQ(
        run("curator-short", "0 down 1 0.03 0.04\n50 down 2 0.97 0.96\n1000 up 1 0.03 0.04\n1000 up 2 0.97 0.96\n")
            .state["scene"],
        "home");
    // Two fingers in the same corner region are not the gesture either.
    EXPECT_EQ(run("curator-same", "0 down 1 0.03 0.04\n50 down 2 0.05 0.06\n2600 up 1 0.03 0.04\n2600 up 2 0.05 0.06\n")
                  .state["scene"],
              "home");
}

TEST(Curator, GivenTheRightPinThenThePanelOpensAndAWrongPinDoesNot) {
    const Replay pad = run("curator-pad", corners_held);
    const json& l = pad.layout;
    std::string right = corners_held, wrong = corners_held;
    double t = 3000;
    right += type_pin(l, "4821", t);
    t = 3000;
    wrong += type_pin(l, "4822", t);
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
    for (const auto& line : bad.layout["lines"])
        EXPECT_EQ(line["text"].get<std::string>().find("4822"), std::string::npos);
}

// A curator at a keyboard (issue 24): the pad takes typed digits, Backspace and Enter.
TEST(Curator, GivenThePinTypedOnAKeyboardThenThePanelOpens) {
    const Replay ok =
        run("curator-typed",
            corners_held +
                "3000 key 4\n3100 key 8\n3200 key 9\n3300 key Backspace\n3400 key 2\n3500 key KP_1\n3600 key Return\n");
    EXPECT_EQ(ok.state["curator"]["mode"], "panel");
    const Replay bad =
        run("curator-typed-wrong", corners_held + "3000 key 4\n3100 key 8\n3200 key 2\n3300 key 2\n3400 key Return\n");
    EXPECT_EQ(bad.state["curator"]["mode"], "pin");
    EXPECT_TRUE(bad.state["curator"]["pin_error"].get<bool>());
}

// Long messages wrap at 1280x800 and name files from the content folder.
TEST(Curator, GivenALongMessageThenThePanelWrapsItWithThePathFromTheContentFolder) {
    const std::string data = pinned_copy("curator-long");
    const std::string xml = data + "/assets/telegram-661.1115-279.xml";
    std::string text = test::read_file(xml);
    text.insert(text.find("From the first days"), "5 < 6. ");
    std::ofstream(xml) << text;
    Replay r{test::temp_dir("curator-long-run"), {}, {}};
    std::ofstream(r.dir + "/s.replay")
        << corners_held << "3000 key 4\n3100 key 8\n3200 key 2\n3300 key 1\n3400 key Return\n9000 layout " << r.dir
        << "/l.json\n";
    const auto res = test::run(test::kiosk_binary() + " --headless --config " + data +
                               "/config/kiosk.toml --size 1280x800 --scene home --replay " + r.dir + "/s.replay");
    ASSERT_EQ(res.exit_code, 0) << res.output;
    const json l = test::read_json(r.dir + "/l.json");
    std::string all;
    for (const auto& line : l["lines"]) {
        if (line["role"] != "diagnostic") continue;
        EXPECT_LE(line["x"].get<double>() + line["w"].get<double>(), 1280.0) << line["text"];
        all += line["text"].get<std::string>();
    }
    EXPECT_NE(all.find("assets/telegram-661.1115-279.xml:"), std::string::npos) << all;
    EXPECT_EQ(all.find(data), std::string::npos) << "the content folder's own path: " << all;
    EXPECT_NE(all.find("&lt;"), std::string::npos) << "the whole message, to its end: " << all;
}

TEST(Curator, GivenThePanelWhenClosedThenTheVisitorsScreenComesBack) {
    const Replay pad = run("curator-pad2", corners_held);
    double t = 3000;
    std::string script = corners_held + type_pin(pad.layout, "4821", t);
    const Replay panel = run("curator-panel", script);
    script += tap(panel.layout, "curator:close", t + 1000);
    const Replay closed = run("curator-closed", script);
    EXPECT_EQ(closed.state["scene"], "home");
}

// Five wrong PINs (t from 3000 ms), a Cancel, the corners again, and the right PIN.
std::string locked_then_right(const json& pad) {
    std::string script = corners_held;
    double t = 3000;
    for (int attempt = 0; attempt < 5; ++attempt) {
        script += type_pin(pad, "1111", t, 100);
        t += 300;
    }
    script += tap(pad, "pin:cancel", t);
    t += 500;
    for (const std::string& line : {std::string("down 1 0.03 0.04"), std::string("down 2 0.97 0.96")})
        script += std::to_string(t) + " " + line + "\n";
    script += std::to_string(t + 2600) + " up 1 0.03 0.04\n" + std::to_string(t + 2600) + " up 2 0.97 0.96\n";
    t += 3000;
    return script + type_pin(pad, "4821", t, 100);
}

TEST(Curator, GivenFiveWrongPinsThenCancelReopeningAndARestartDoNotLiftTheLockOut) {
    const std::string data = pinned_copy("curator-lock");
    const Replay pad = run("curator-lock-pad", corners_held, data);
    const Replay first = run("curator-lock-1", locked_then_right(pad.layout), data);
    EXPECT_EQ(first.state["curator"]["mode"], "pin") << "the right PIN after Cancel and reopening is still refused";
    EXPECT_TRUE(first.state["curator"]["locked"].get<bool>());
    // A new process, a few seconds later: still locked, for about the rest of the minute.
    const Replay second = run("curator-lock-2", corners_held, data);
    EXPECT_TRUE(second.state["curator"]["locked"].get<bool>());
    EXPECT_GT(second.state["curator"]["locked_for_ms"].get<double>(), 30000);
    const Replay third =
        run("curator-lock-3",
            corners_held + tap(pad.layout, "pin:4", 3000) + tap(pad.layout, "pin:8", 3200) +
                tap(pad.layout, "pin:2", 3400) + tap(pad.layout, "pin:1", 3600) + tap(pad.layout, "pin:ok", 3800),
            data);
    EXPECT_EQ(third.state["curator"]["mode"], "pin");
    // Every try is in the log, never the digits.
    const std::string log = test::read_file(data + "/data/kiosk.log");
    EXPECT_NE(log.find("curator mode: a wrong PIN (1 in a row)"), std::string::npos) << log;
    EXPECT_NE(log.find("the pad is locked for 60 s (lock-out 1)"), std::string::npos) << log;
    EXPECT_EQ(log.find("1111"), std::string::npos);
}

TEST(Curator, GivenSetPinThenTheConfigurationHoldsAHashAndNoFileHoldsThePin) {
    const std::string data = shared_copy();
    const std::string config = test::read_file(data + "/config/kiosk.toml");
    EXPECT_NE(config.find("pin_hash = \"$argon2id$"), std::string::npos);
    EXPECT_EQ(config.find("4821"), std::string::npos);
    EXPECT_EQ(config.find("\npin = "), std::string::npos);
    // The right PIN opens the panel (after which the data folder holds the log, the
    // counts and the lock state): none of those files holds the PIN either, nor can
    // other users read them.
    const Replay pad = run("curator-hash-pad", corners_held);
    double t = 3000;
    std::string script = corners_held + type_pin(pad.layout, "4821", t);
    EXPECT_EQ(run("curator-hash-open", script).state["curator"]["mode"], "panel");
    for (const std::string f :
         {"/config/kiosk.toml", "/data/kiosk.log", "/data/analytics.sqlite", "/data/curator-lock.json"}) {
        const std::string path = data + f;
        EXPECT_EQ(test::read_file(path).find("4821"), std::string::npos) << f;
        struct stat st {};
        ASSERT_EQ(::stat(path.c_str(), &st), 0) << f;
        EXPECT_EQ(st.st_mode & 0007, 0u) << f << " is readable by others";
    }
}

TEST(Curator, GivenAWeakPinThenSetPinRefusesItAndChangesNothing) {
    const std::string data = test::data_copy("curator-weak");
    const std::string before = test::read_file(data + "/config/kiosk.toml");
    for (const std::string pin : {"1921", "1234", "0000", "12a4", "123"}) {
        const auto r = test::run("echo " + pin + " | " + test::kiosk_binary() + " --set-pin --config " + data +
                                 "/config/kiosk.toml");
        EXPECT_EQ(r.exit_code, 1) << pin;
        EXPECT_NE(r.output.find("Nothing was changed"), std::string::npos) << r.output;
    }
    EXPECT_EQ(test::read_file(data + "/config/kiosk.toml"), before);
}

TEST(Curator, GivenTheDefaultPinInAFullscreenInstallationThenCheckRefusesIt) {
    const std::string data = test::data_copy("curator-default");
    test::run("sed -i 's/^pin_hash = \"\"/pin = \"1921\"/' '" + data + "/config/kiosk.toml'");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + data + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("the curator PIN is 1921, the year on the start screen"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("the curator PIN is written in plain text"), std::string::npos) << r.output;
    // A window on a developer's desk is no installation: plain text is still warned of.
    test::run("sed -i 's/^fullscreen = true/fullscreen = false/' '" + data + "/config/kiosk.toml'");
    const auto windowed = test::run(test::kiosk_binary() + " --check --config " + data + "/config/kiosk.toml");
    EXPECT_EQ(windowed.output.find("the year on the start screen"), std::string::npos) << windowed.output;
}

TEST(Curator, GivenNoPinSetThenThePadSaysHowToSetOneAndOpensNothing) {
    const std::string data = test::data_copy("curator-nopin");
    const Replay pad = run("curator-nopin-pad", corners_held, data);
    EXPECT_TRUE(pad.state["curator"]["no_pin"].get<bool>());
    bool told = false;
    for (const auto& line : pad.layout["lines"])
        told = told || line["text"].get<std::string>().find("kiosk --set-pin") != std::string::npos;
    EXPECT_TRUE(told);
}

}  // namespace
}  // namespace kiosk
