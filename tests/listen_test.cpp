// Listen, as a visitor uses it: the telegram and the cards read aloud with the word
// being read lit on the page; pause, Home, the idle reset and another card stop it; a
// museum's own recording drives the light by its WebVTT script; --audio-out lets a
// test hear it, and --check reads the scripts.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/contrast.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

struct Replayed {
    std::string dir;
    test::RunResult result;
    json read(const std::string& f) const {
        json j;
        std::ifstream in(dir + "/" + f);
        if (in) in >> j;
        return j;
    }
};

// Runs a replay script (with %D for its folder) headless with `args`.
Replayed replay(const std::string& name, const std::string& args, std::string script, const std::string& dir_in = {}) {
    Replayed r{dir_in.empty() ? test::temp_dir(name) : dir_in, {}};
    for (auto at = script.find("%D"); at != std::string::npos; at = script.find("%D")) script.replace(at, 2, r.dir);
    std::ofstream(r.dir + "/s.replay") << script;
    r.result = test::run(test::kiosk_binary() + " --headless " + args + " --replay " + r.dir + "/s.replay");
    EXPECT_EQ(r.result.exit_code, 0) << r.result.output;
    return r;
}

json layout_of(const std::string& args) {
    const std::string dir = test::temp_dir("listen-layout");
    test::run(test::kiosk_binary() + " --headless " + args + " --dump-layout " + dir + "/l.json");
    json j;
    std::ifstream(dir + "/l.json") >> j;
    return j;
}

std::pair<double, double> button(const std::string& args, const std::string& id) {
    const auto at = test::target_centre(layout_of(args), id, true);
    EXPECT_GT(at.first, 0) << "no " << id << " with " << args;
    return at;
}

const std::string reader = "--size 1920x1080 --scene telegram";

TEST(Listen, GivenListenOnTheTelegramThenAfterTwentySecondsTheLitWordIsTheOneReadAndOnScreen) {
    const auto listen = button(reader, "reader:listen");
    Replayed r = replay("listen", reader, test::tap_at(0, listen) + "20000 state %D/s.json\n20000 layout %D/l.json\n");
    const json s = r.read("s.json");
    ASSERT_TRUE(s["narration"].is_object()) << s.dump();
    EXPECT_EQ(s["narration"]["state"], "playing");
    EXPECT_EQ(s["narration"]["text"], "telegram");
    EXPECT_GT(s["narration"]["word"].get<int>(), 20);
    const json l = r.read("l.json");
    ASSERT_FALSE(l["lit"].empty());
    for (const auto& lit : l["lit"]) {
        EXPECT_EQ(lit["text"], s["narration"]["word_text"]);
        EXPECT_TRUE(lit["visible"].get<bool>()) << lit.dump();
        // It is the word on the page there: a line holds it within the lit box.
        bool on_a_line = false;
        for (const auto& line : l["lines"])
            on_a_line = on_a_line ||
                        (line["visible"].get<bool>() &&
                         line["text"].get<std::string>().find(lit["text"].get<std::string>()) != std::string::npos &&
                         test::boxes_overlap(line, lit));
        EXPECT_TRUE(on_a_line) << lit.dump();
    }
    // The Listen button now offers to pause.
    bool pause = false;
    for (const auto& line : l["lines"]) pause = pause || line["text"] == "Pause";
    EXPECT_TRUE(pause);
}

TEST(Listen, GivenAMinuteOfReadingOnASmallScreenThenThePageHasFollowedTheVoice) {
    for (const bool reduced : {false, true}) {
        std::string args = "--size 800x480 --scene telegram";
        std::string dir;
        if (reduced) {  // with reduced motion the page jumps instead of gliding
            dir = test::data_copy("follow-reduced");
            test::run("sed -i 's/^reduced_motion = false/reduced_motion = true/' '" + dir + "/config/kiosk.toml'");
            args = "--config " + dir + "/config/kiosk.toml " + args;
        }
        const auto listen = button(args, "reader:listen");
        Replayed r = replay(reduced ? "follow-r" : "follow", args,
                            test::tap_at(0, listen) + "60000 state %D/s.json\n60000 layout %D/l.json\n");
        const json s = r.read("s.json"), l = r.read("l.json");
        EXPECT_GT(s["scroll"].get<double>(), 200.0) << "reduced motion " << reduced;
        ASSERT_FALSE(l["lit"].empty());
        EXPECT_TRUE(l["lit"][0]["visible"].get<bool>()) << l["lit"].dump();
        EXPECT_EQ(s["reduced_motion"].get<bool>(), reduced);
    }
}

TEST(Listen, GivenASecondTapThenItPausesAndTheWordStaysUntilAThirdTapGoesOn) {
    const auto listen = button(reader, "reader:listen");
    Replayed r =
        replay("pause", reader,
               test::tap_at(0, listen) + test::tap_at(8000, listen) + "9000 state %D/a.json\n15000 state %D/b.json\n" +
                   test::tap_at(15100, listen) + "19000 state %D/c.json\n");
    const json a = r.read("a.json")["narration"], b = r.read("b.json")["narration"], c = r.read("c.json")["narration"];
    ASSERT_TRUE(a.is_object() && b.is_object() && c.is_object());
    EXPECT_EQ(a["state"], "paused");
    EXPECT_EQ(a["word"], b["word"]) << "the index stops while paused";
    EXPECT_EQ(c["state"], "playing");
    EXPECT_GT(c["word"].get<int>(), b["word"].get<int>());
}

TEST(Listen, GivenHomeOrTheIdleResetThenTheReadingStops) {
    const auto listen = button(reader, "reader:listen");
    const auto home = button(reader, "home");
    Replayed r = replay(
        "home", reader,
        test::tap_at(0, listen) + "3000 state %D/a.json\n" + test::tap_at(3100, home) + "4000 state %D/b.json\n");
    EXPECT_TRUE(r.read("a.json")["narration"].is_object());
    EXPECT_TRUE(r.read("b.json")["narration"].is_null());
}

// Someone who only listens is a visitor (issue 23): while the voice plays the idle time
// stands still, "Still reading?" never covers it, and only once it has ended (and the
// grace of [audio] idle_grace_s and the idle timeout have passed) does the kiosk go back
// to the attract loop. Every 10 s of virtual time for 15 minutes, on the reader and on a
// card.
void expect_listening_holds_the_session(const std::string& args, const std::string& listen_id, const std::string& scene,
                                        int voice_at_least_s) {
    const auto listen = button(args, listen_id);
    std::string script = test::tap_at(0, listen);
    for (int t = 10; t <= 900; t += 10)
        script += std::to_string(t * 1000) + " state %D/s" + std::to_string(t) + ".json\n";
    Replayed r = replay("hold", args, script);
    double ended_s = -1, reset_s = -1;
    for (int t = 10; t <= 900; t += 10) {
        const json s = r.read("s" + std::to_string(t) + ".json");
        const bool playing = s["narration"].is_object();
        if (playing) {
            EXPECT_EQ(ended_s, -1) << "the voice stopped and started again at " << t << " s";
            EXPECT_EQ(s["scene"], scene) << "at " << t << " s, while the voice plays";
            EXPECT_FALSE(s["idle_warning"].get<bool>()) << "\"Still reading?\" over the voice at " << t << " s";
        } else if (ended_s < 0) {
            ended_s = t;
        }
        if (reset_s < 0 && s["scene"] == "attract") reset_s = t;
    }
    EXPECT_GE(ended_s, voice_at_least_s) << "the narration was cut short";
    ASSERT_GT(ended_s, 0) << "the narration never ended in 15 minutes";
    ASSERT_GT(reset_s, 0) << "the kiosk never went back to the attract loop";
    // The grace (30 s) and the idle time (90 s) after the voice's end, within a dump's step.
    EXPECT_GE(reset_s, ended_s - 10 + 30 + 90 - 10);
    EXPECT_LE(reset_s, ended_s + 30 + 90 + 10);
}

TEST(Listen, GivenNoTouchWhileTheTelegramIsReadThenTheReadingGoesOnToItsEndAndOnlyThenTheIdleReset) {
    // The telegram's reading lasts minutes: it plays on past the old 90 s reset.
    expect_listening_holds_the_session(reader, "reader:listen", "telegram", 120);
}

TEST(Listen, GivenNoTouchWhileACardIsReadThenTheReadingGoesOnToItsEndAndOnlyThenTheIdleReset) {
    expect_listening_holds_the_session("--size 1920x1080 --scene event:telegram-1921", "card:listen", "event", 10);
}

TEST(Listen, GivenACardThenListenReadsItsHeadlineAndTextAndTheNextCardStopsIt) {
    const std::string card = "--size 1280x800 --scene event:hughes-reply-1921";
    const auto listen = button(card, "card:listen");
    const auto next = button(card, "card:next");
    Replayed r = replay("card", card,
                        test::tap_at(0, listen) + "400 state %D/a.json\n6000 state %D/b.json\n6000 layout %D/l.json\n" +
                            test::tap_at(6100, next) + "7000 state %D/c.json\n");
    const json a = r.read("a.json")["narration"], b = r.read("b.json")["narration"];
    ASSERT_TRUE(a.is_object());
    EXPECT_EQ(a["text"], "event:hughes-reply-1921");
    EXPECT_EQ(a["word_text"], "Hughes") << "the headline first";
    const std::string text = "Secretary of State Charles Evans Hughes answers publicly five days later.";
    ASSERT_TRUE(b.is_object());
    EXPECT_NE(text.find(b["word_text"].get<std::string>()), std::string::npos) << b.dump();
    const json l = r.read("l.json");
    ASSERT_FALSE(l["lit"].empty());
    EXPECT_TRUE(l["lit"][0]["visible"].get<bool>());
    EXPECT_TRUE(r.read("c.json")["narration"].is_null()) << "another card is another text";
}

TEST(Listen, GivenRussianTextThenItIsReadInRussianAndEnglishTextInEnglishWhateverTheInterface) {
    const std::string ru = "--size 1920x1080 --lang ru --scene telegram";
    const auto listen = button(ru, "reader:listen");
    const auto translation = button(ru, "reader:translation");
    // The original, in the Russian interface (the switch turns to it): the English letter
    // in an English voice.
    Replayed original = replay("ru-original", ru,
                               "0 key PageDown\n500 key PageDown\n" + test::tap_at(1200, translation) +
                                   test::tap_at(2000, listen) + "4000 state %D/s.json\n");
    EXPECT_EQ(original.read("s.json")["narration"]["language"], "en");
    EXPECT_EQ(original.read("s.json")["narration"]["voice"], "espeak-ng (en-us)");
    // The translation, which a Russian visitor opens on.
    Replayed translated =
        replay("ru-translation", ru,
               "0 key PageDown\n500 key PageDown\n" + test::tap_at(1200, listen) + "2500 state %D/s.json\n");
    const json s = translated.read("s.json")["narration"];
    ASSERT_TRUE(s.is_object());
    EXPECT_EQ(s["language"], "ru");
    EXPECT_EQ(s["voice"], "espeak-ng (ru)");
    EXPECT_EQ(s["text"], "telegram:ru");
}

// ---- a museum's recording -----------------------------------------------------------------------

std::string with_recording(const std::string& name) {
    const std::string dir = test::data_copy(name);
    test::run("mkdir -p '" + dir + "/assets/audio' && cp " + test::fixture("narration") + "/* '" + dir +
              "/assets/audio/'");
    return dir;
}

TEST(Listen, GivenARecordedNarrationThenTheLitWordFollowsItsWebVttTimes) {
    const std::string dir = with_recording("recorded");
    const std::string card = "--config " + dir + "/config/kiosk.toml --size 1280x800 --scene event:hughes-reply-1921";
    const auto listen = button(card, "card:listen");
    // From tests/fixtures/narration/hughes-reply-1921.en.vtt: "the" 0.952–1.119, "of"
    // 3.378–3.564, "can" 9.243–9.544, "only" 11.848–12.306, "Secretary" 23.791–24.544.
    // (The kiosk's own voice, at 150 words a minute, is elsewhere by then.)
    const std::vector<std::pair<int, std::string>> expected{
        {1000, "the"}, {3450, "of"}, {9400, "can"}, {12000, "only"}, {24000, "Secretary"}};
    std::string script = test::tap_at(0, listen);
    // The tap is heard at its release (60 ms): the voice's clock starts there.
    for (const auto& [ms, word] : expected)
        script += std::to_string(60 + ms) + " state %D/s" + std::to_string(ms) + ".json\n";
    Replayed r = replay("recorded-run", card, script, dir);
    for (const auto& [ms, word] : expected) {
        const json n = r.read("s" + std::to_string(ms) + ".json")["narration"];
        ASSERT_TRUE(n.is_object()) << ms;
        EXPECT_EQ(n["word_text"], word) << "at " << ms << " ms";
        EXPECT_NE(n["voice"].get<std::string>().find("recorded: "), std::string::npos);
    }
}

TEST(Listen, GivenARecordedNarrationThenCheckAcceptsItAndReportsABrokenScriptWhereItIs) {
    const std::string dir = with_recording("check-vtt");
    const std::string config = " --check --config " + dir + "/config/kiosk.toml";
    auto ok = test::run(test::kiosk_binary() + config);
    EXPECT_EQ(ok.exit_code, 0) << ok.output;
    const std::string vtt = dir + "/assets/audio/hughes-reply-1921.en.vtt";
    // A word the text does not have, and a cue that runs past the recording's end.
    test::run("sed -i 's/>guarantees /> promises /; s/00:22.062 --> 00:27.410/00:22.062 --> 00:31.000/' '" + vtt + "'");
    auto bad = test::run(test::kiosk_binary() + config);
    EXPECT_EQ(bad.exit_code, 1);
    const int trade = test::line_of(vtt, "promises"), last = test::line_of(vtt, "00:31.000");
    EXPECT_NE(bad.output.find(vtt + ":" + std::to_string(trade) + ":"), std::string::npos) << bad.output;
    EXPECT_NE(bad.output.find("the script says \"promises\" where the text has \"guarantees\""), std::string::npos)
        << bad.output;
    EXPECT_NE(bad.output.find(vtt + ":" + std::to_string(last) +
                              ":1: the cue ends at 00:00:31.000, after the recording's end"),
              std::string::npos)
        << bad.output;
}

// ---- hearing it ----------------------------------------------------------------------------

struct Wav {
    int rate = 0;
    std::vector<std::int16_t> samples;
};

Wav read_wav(const std::string& path) {
    const std::string b = test::read_file(path);
    Wav w;
    if (b.size() < 44 || b.compare(0, 4, "RIFF") != 0 || b.compare(8, 4, "WAVE") != 0) return w;
    w.rate = static_cast<unsigned char>(b[24]) | static_cast<unsigned char>(b[25]) << 8 |
             static_cast<unsigned char>(b[26]) << 16;
    for (std::size_t i = 44; i + 1 < b.size(); i += 2)
        w.samples.push_back(
            static_cast<std::int16_t>(static_cast<unsigned char>(b[i]) | static_cast<unsigned char>(b[i + 1]) << 8));
    return w;
}

double rms(const Wav& w) {
    double sum = 0;
    for (auto s : w.samples) sum += double(s) * s;
    return w.samples.empty() ? 0 : std::sqrt(sum / double(w.samples.size()));
}

TEST(Listen, GivenAudioOutThenATwentySecondReplayIsATwentySecondWavThatSpeaks) {
    const auto listen = button(reader, "reader:listen");
    const std::string dir = test::temp_dir("wav");
    Replayed r = replay("wav-run", reader + " --audio-out " + dir + "/out.wav",
                        test::tap_at(0, listen) + "20000 state %D/s.json\n", dir);
    const Wav w = read_wav(dir + "/out.wav");
    ASSERT_GT(w.rate, 0);
    const double seconds = double(w.samples.size()) / w.rate;
    EXPECT_NEAR(seconds, 20.0, 0.5);
    EXPECT_GT(rms(w), 300.0) << "a voice, not silence";
}

TEST(Listen, GivenAudioDisabledThenThereIsNoListenButtonSilenceAndNothingLit) {
    const std::string dir = test::data_copy("audio-off");
    test::run(
        "sed -i 's/^enabled = true               # the Listen buttons/enabled = false              # the Listen "
        "buttons/' '" +
        dir + "/config/kiosk.toml'");
    const std::string args = "--config " + dir + "/config/kiosk.toml " + reader;
    EXPECT_EQ(test::target_centre(layout_of(args), "reader:listen").first, -1);
    // Where the button was: a tap there, and twenty seconds.
    const auto where = button(reader, "reader:listen");
    Replayed r = replay("audio-off-run", args + " --audio-out " + dir + "/out.wav",
                        test::tap_at(0, where) + "20000 state %D/s.json\n20000 layout %D/l.json\n", dir);
    const Wav w = read_wav(dir + "/out.wav");
    EXPECT_NEAR(double(w.samples.size()) / std::max(1, w.rate), 20.0, 0.5);
    EXPECT_EQ(rms(w), 0.0);
    EXPECT_TRUE(r.read("s.json")["narration"].is_null());
    EXPECT_TRUE(r.read("l.json")["lit"].empty());
}

TEST(Listen, GivenTheLitWordThenItsInkReadsOnTheHighlightInBothThemes) {
    const auto listen = button(reader, "reader:listen");
    for (const bool hc : {false, true}) {
        const std::string args = reader + (hc ? " --high-contrast" : "");
        Replayed r = replay(hc ? "lit-hc" : "lit", args,
                            test::tap_at(0, button(args, "reader:listen")) + "5000 layout %D/l.json\n");
        const json l = r.read("l.json");
        ASSERT_FALSE(l["lit"].empty());
        Color fg, bg;
        ASSERT_TRUE(Color::from_hex(l["lit"][0]["fg"], fg));
        ASSERT_TRUE(Color::from_hex(l["lit"][0]["bg"], bg));
        EXPECT_GE(contrast_ratio(fg, bg), hc ? wcag_aaa_text : wcag_aa_text);
    }
    (void)listen;
}

}  // namespace
}  // namespace kiosk
