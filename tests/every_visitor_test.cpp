// Every visitor: contrast that passes in both themes, the same typography for the
// telegram in the Russian interface, Russian text hyphenated and justified, a Russian
// reading that keeps the visitor's place, notes on the people named, larger text that
// is larger, and a keyboard that reaches everything a finger can.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "core/contrast.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

json run_json(const std::string& name, const std::string& args, const std::string& file = "l.json") {
    const std::string dir = test::temp_dir(name);
    const auto r = test::run(test::kiosk_binary() + " --headless " + args + " " + dir + "/" + file);
    EXPECT_EQ(r.exit_code, 0) << r.output;
    json j;
    std::ifstream in(dir + "/" + file);
    if (in) in >> j;
    return j;
}

json layout(const std::string& args) {
    return run_json("layout", args + " --dump-layout");
}

struct Replayed {
    std::string dir;
    json read(const std::string& f) const {
        json j;
        std::ifstream in(dir + "/" + f);
        if (in) in >> j;
        return j;
    }
};

Replayed replay(const std::string& name, const std::string& args, std::string script) {
    Replayed r{test::temp_dir(name)};
    for (auto at = script.find("%D"); at != std::string::npos; at = script.find("%D")) script.replace(at, 2, r.dir);
    std::ofstream(r.dir + "/s.replay") << script;
    const auto res = test::run(test::kiosk_binary() + " --headless " + args + " --replay " + r.dir + "/s.replay");
    EXPECT_EQ(res.exit_code, 0) << res.output;
    return r;
}

Color hex(const std::string& h) {
    Color c;
    EXPECT_TRUE(Color::from_hex(h, c)) << h;
    return c;
}

// ---- contrast ------------------------------------------------------------------------------

using ContrastParam = std::tuple<std::string, std::string, bool>;  // scene, language, high contrast
class ContrastOf : public ::testing::TestWithParam<ContrastParam> {};

TEST_P(ContrastOf, GivenEveryTextOnScreenThenItMeetsAaInTheDefaultThemeAndAaaInHighContrast) {
    const auto& [scene, lang, hc] = GetParam();
    const double need = hc ? wcag_aaa_text : wcag_aa_text;
    int checked = 0;
    for (const std::string size : {"1920x1080", "800x480"})
        for (int step : {0, 1, 2}) {
            const json l = layout("--size " + size + " --lang " + lang + " --scene " + scene + " --text-size " +
                                  std::to_string(step) + (hc ? " --high-contrast" : ""));
            for (const auto& line : l["lines"]) {
                // The attract loop's drifting years are decoration, fading in and out at
                // the screen's edges.
                if (!line["visible"].get<bool>() || line["role"] == "year") continue;
                const double r = contrast_ratio(hex(line["fg"]), hex(line["bg"]));
                EXPECT_GE(r, need) << size << " step " << step << ": \"" << line["text"] << "\" (" << line["role"]
                                   << ") " << line["fg"] << " on " << line["bg"];
                ++checked;
            }
        }
    EXPECT_GT(checked, 20);
}

INSTANTIATE_TEST_SUITE_P(Screens, ContrastOf,
                         ::testing::Combine(::testing::Values("attract", "home", "telegram", "timeline",
                                                              "event:telegram-1921", "event:siberia-1918"),
                                            ::testing::Values("en", "ru"), ::testing::Bool()),
                         [](const auto& info) {
                             std::string s = std::get<0>(info.param);
                             std::replace(s.begin(), s.end(), ':', '_');
                             std::replace(s.begin(), s.end(), '-', '_');
                             return s + "_" + std::get<1>(info.param) +
                                    (std::get<2>(info.param) ? "_high_contrast" : "_default");
                         });

TEST(Contrast, GivenAThemeColourUnderTheBarThenCheckWarnsAtItsLine) {
    const std::string dir = test::data_copy("contrast");
    const std::string toml = dir + "/config/kiosk.toml";
    test::run("sed -i 's/^muted = \"#675d4e\"/muted = \"#a09888\"/' '" + toml + "'");
    const int line = test::line_of(toml, "muted = \"#a09888\"");
    ASSERT_GT(line, 0);
    const auto r = test::run(test::kiosk_binary() + " --check --config " + toml);
    EXPECT_EQ(r.exit_code, 0) << "a warning: the kiosk shows it as it is";
    EXPECT_EQ(test::run(test::kiosk_binary() + " --check --strict --config " + toml).exit_code, 1);
    EXPECT_NE(r.output.find("kiosk.toml:" + std::to_string(line) +
                            ":9: warning: theme.muted (#a09888) on theme.paper (#f4efe3) has a contrast of"),
              std::string::npos)
        << r.output;
}

// ---- the text's language decides how it is set ------------------------------------------------

class TelegramInRussian : public ::testing::TestWithParam<std::string> {};

TEST_P(TelegramInRussian, GivenTheRussianInterfaceThenTheEnglishTelegramIsSetLineForLineAsInEnglish) {
    auto document_lines = [&](const std::string& lang) {
        std::vector<std::tuple<std::string, bool, double, double, double>> out;
        // A Russian visitor opens on the translation; the switch turns to the original.
        const std::string args = "--size " + GetParam() + " --lang " + lang + " --scene telegram";
        const json opening = layout(args);
        const json l =
            lang == "en"
                ? opening
                : replay("original-" + GetParam(), args,
                         test::tap_at(0, test::target_centre(opening, "reader:translation")) + "600 layout %D/l.json\n")
                      .read("l.json");
        for (const auto& line : l["lines"]) {
            const std::string role = line["role"];
            if (role == "p" || role == "heading" || role == "source" || role == "signature" || role == "signer" ||
                role == "opener" || role == "dateline" || role == "footnote")
                out.push_back({line["text"], line["hyphenated"], line["ratio"], line["w"], line["x"]});
        }
        return out;
    };
    const auto en = document_lines("en"), ru = document_lines("ru");
    ASSERT_GT(en.size(), 30u);
    EXPECT_EQ(ru, en);
    int hyphens = 0;
    for (const auto& l : ru) hyphens += std::get<1>(l);
    EXPECT_GE(hyphens, 3) << "the English text is hyphenated as English";
}

INSTANTIATE_TEST_SUITE_P(Sizes, TelegramInRussian, ::testing::Values("1920x1080", "1080x1920", "800x480"),
                         [](const auto& info) { return "size_" + info.param; });

TEST(RussianText, GivenRussianCardsThenTheirParagraphsAreHyphenatedAndJustifiedWithNoLineLooserThanOnePointFive) {
    int lines = 0, hyphenated = 0, justified = 0;
    for (const char* ev : {"siberia-1918", "ara-1921", "recognition-1933", "berlin-airlift-1948",
                           "cuban-missile-crisis-1962", "helsinki-1975", "ussr-ends-1991"}) {
        const json l = layout(std::string("--size 1080x1920 --lang ru --scene event:") + ev);
        std::vector<json> p;
        for (const auto& line : l["lines"])
            if (line["role"] == "p") p.push_back(line);
        ASSERT_GE(p.size(), 2u) << ev;
        for (std::size_t i = 0; i < p.size(); ++i) {
            const double r = p[i]["ratio"];
            EXPECT_LE(r, 1.5) << ev << ": " << p[i]["text"];
            EXPECT_GE(r, -1.0) << ev << ": " << p[i]["text"];
            hyphenated += p[i]["hyphenated"].get<bool>();
            justified += i + 1 < p.size() && r != 0.0;
            ++lines;
        }
    }
    EXPECT_GE(hyphenated, 3);
    EXPECT_GE(justified * 2, lines) << "set justified, not ragged";
}

// ---- a Russian reading, and who the people were -----------------------------------------------

bool has_cyrillic(const std::string& s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto a = static_cast<unsigned char>(s[i]);
        if (a == 0xD0 || a == 0xD1) return true;
    }
    return false;
}

TEST(RussianReading, GivenARussianVisitorThenTheTelegramOpensInRussianAndTheSwitchShowsTheOriginalAtTheSameParagraph) {
    // From Home, as a visitor: Русский chosen, the telegram's door.
    const json home = layout("--size 1920x1080 --lang ru --scene home");
    const json opened =
        replay("from-home", "--size 1920x1080 --lang ru --scene home",
               test::tap_at(0, test::target_centre(home, "telegram")) + "1500 layout %D/l.json\n1500 state %D/s.json\n")
            .read("l.json");
    int cyrillic = 0, latin = 0;
    for (const auto& line : opened["lines"]) {
        const std::string role = line["role"];
        if ((role == "p" || role == "intro" || role == "heading") && line["visible"].get<bool>())
            (has_cyrillic(line["text"]) ? cyrillic : latin) += 1;
    }
    EXPECT_GT(cyrillic, 5) << "the Russian visitor reads Russian";
    EXPECT_EQ(latin, 0);
    const json first = layout("--size 1920x1080 --lang ru --scene telegram");
    const auto button = test::target_centre(first, "reader:translation");
    ASSERT_GT(button.first, 0) << "the Russian interface offers the original too";
    EXPECT_LT(test::target_centre(layout("--size 1920x1080 --lang en --scene telegram"), "reader:translation").first, 0)
        << "the English one has nothing to offer";
    // Read on into the long paragraph, switch to the original, switch back.
    const std::string to_original = "0 key PageDown\n100 key PageDown\n600 state %D/a.json\n" +
                                    test::tap_at(700, button) + "1300 state %D/b.json\n1300 layout %D/lb.json\n";
    Replayed r = replay("translation", "--size 1920x1080 --lang ru --scene telegram", to_original);
    // The switch's other half now turns back to the translation.
    const auto back = test::target_centre(r.read("lb.json"), "reader:translation");
    ASSERT_GT(back.first, 0);
    Replayed r2 = replay("translation-back", "--size 1920x1080 --lang ru --scene telegram",
                         to_original + test::tap_at(1400, back) + "2000 state %D/c.json\n");
    const json a = r.read("a.json"), b = r.read("b.json"), c = r2.read("c.json");
    const std::string paragraph = a["reader"]["paragraph"];
    ASSERT_FALSE(paragraph.empty());
    EXPECT_TRUE(a["reader"]["translation"].get<bool>());
    EXPECT_FALSE(b["reader"]["translation"].get<bool>());
    EXPECT_EQ(b["reader"]["paragraph"], paragraph) << "the original opens at the same paragraph";
    EXPECT_TRUE(c["reader"]["translation"].get<bool>());
    EXPECT_EQ(c["reader"]["paragraph"], paragraph) << "and the translation comes back there";
    int latin_p = 0;
    const json lb = r.read("lb.json");
    for (const auto& line : lb["lines"])
        if (line["role"] == "p" && line["visible"].get<bool>()) latin_p += !has_cyrillic(line["text"]);
    EXPECT_GT(latin_p, 5) << "the original is the English text";
    // It says plainly what it is (the lines joined again where a word was hyphenated).
    std::string shown;
    for (const auto& line : first["lines"]) {
        const std::string t = line["text"];
        if (!shown.empty() && shown.back() == '-')
            shown.pop_back();
        else
            shown += ' ';
        shown += t;
    }
    EXPECT_NE(shown.find("современный перевод"), std::string::npos) << shown;
}

TEST(Persons, GivenKalininsNameThenATapOpensHisNoteAndCloseClosesIt) {
    Replayed end = replay("person0", "--size 1920x1080 --scene telegram", "0 key End\n1000 layout %D/l.json\n");
    const auto kalinin = test::target_centre(end.read("l.json"), "person:p_KMI1", true);
    ASSERT_GT(kalinin.first, 0);
    Replayed r = replay("person1", "--size 1920x1080 --scene telegram",
                        "0 key End\n" + test::tap_at(1000, kalinin) + "1500 state %D/s.json\n1500 layout %D/l.json\n");
    EXPECT_EQ(r.read("s.json")["reader"]["person"], "p_KMI1");
    std::string name, note;
    const json note_layout = r.read("l.json");
    for (const auto& line : note_layout["lines"]) {
        if (line["role"] == "person-name") name += line["text"].get<std::string>();
        if (line["role"] == "person-note") note += line["text"].get<std::string>() + " ";
    }
    EXPECT_EQ(name, "Mikhail Ivanovich Kalinin");
    EXPECT_NE(note.find("1875"), std::string::npos);
    const auto close = test::target_centre(r.read("l.json"), "person-close");
    Replayed closed =
        replay("person2", "--size 1920x1080 --scene telegram",
               "0 key End\n" + test::tap_at(1000, kalinin) + test::tap_at(2000, close) + "2500 state %D/s.json\n");
    EXPECT_TRUE(closed.read("s.json")["reader"]["person"].is_null());
    // In Russian, his note in Russian.
    Replayed ru =
        replay("person3", "--size 1920x1080 --lang ru --scene telegram", "0 key End\n1000 layout %D/e.json\n");
    const auto k_ru = test::target_centre(ru.read("e.json"), "person:p_KMI1", true);
    Replayed ru2 = replay("person4", "--size 1920x1080 --lang ru --scene telegram",
                          "0 key End\n" + test::tap_at(1000, k_ru) + "1500 layout %D/l.json\n");
    std::string ru_name;
    const json ru_layout = ru2.read("l.json");
    for (const auto& line : ru_layout["lines"])
        if (line["role"] == "person-name") ru_name += line["text"].get<std::string>();
    EXPECT_EQ(ru_name, "Калинин Михаил Иванович");
}

TEST(Persons, GivenEveryNameInTheTelegramThenEachIsATargetWithANoteInBothLanguages) {
    Replayed r = replay("persons", "--size 1920x1080 --scene telegram", "0 layout %D/l.json\n");
    std::set<std::string> ids;
    const json l = r.read("l.json");
    for (const auto& t : l["targets"]) {
        const std::string id = t["id"];
        if (id.rfind("person:", 0) == 0) ids.insert(id);
    }
    EXPECT_EQ(ids, (std::set<std::string>{"person:p_HWG1", "person:p_KMI1", "person:p_LMM1", "person:p_WW1",
                                          "person:p_ZPA1"}));
}

TEST(Persons, GivenANameThatPointsNowhereOrAParagraphWithoutTranslationThenCheckSaysWhere) {
    const std::string dir = test::data_copy("persons-check");
    const std::string ru = dir + "/assets/telegram-661.1115-279.ru.xml";
    const std::string original = dir + "/assets/telegram-661.1115-279.xml";
    test::run(
        "sed -i 's|<persName corresp=\"#p_WW1\">Wilson</persName>|<persName corresp=\"#p_XYZ\">Wilson</persName>|' '" +
        original + "'");
    test::run("sed -i 's|<p corresp=\"#d723-p3\">|<p>|' '" + ru + "'");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    const int p2 = test::line_of(original, "<p xml:id=\"d723-p2\">");
    EXPECT_NE(r.output.find("telegram-661.1115-279.xml:" + std::to_string(p2) +
                            ": warning: the name \"Wilson\" points to #p_XYZ"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("telegram-661.1115-279.ru.xml: no translation of the original's p \"d723-p3\""),
              std::string::npos)
        << r.output;
}

// ---- larger text ---------------------------------------------------------------------------------

// The tallest visible line of each role: lines of one role may wrap differently at
// the two sizes, so a median would compare different mixes of lines.
std::map<std::string, double> tallest_by_role(const json& l, const std::set<std::string>& roles) {
    std::map<std::string, double> h;
    for (const auto& line : l["lines"])
        if (line["visible"].get<bool>() && roles.count(line["role"]))
            h[line["role"]] = std::max(h[line["role"]], line["h"].get<double>());
    return h;
}

TEST(LargerText, GivenTheLargestStepThenTheContentItselfIsLargerNotOnlyTheButtons) {
    for (const std::string size : {"1920x1080", "800x480"}) {
        for (const auto& [scene, roles] : std::vector<std::pair<std::string, std::set<std::string>>>{
                 {"home", {"door", "heading"}},
                 // The title slide covers the event labels at the largest step; the eras show.
                 {"timeline", {"era", "heading", "p"}},
                 {"event:siberia-1918", {"p", "heading"}},
                 {"telegram", {"intro", "p"}}}) {
            const auto normal = tallest_by_role(layout("--size " + size + " --scene " + scene), roles);
            const auto large =
                tallest_by_role(layout("--size " + size + " --scene " + scene + " --text-size 2"), roles);
            // A role can leave the screen at the largest step (the compact timeline hides
            // its era strip); every role on both grows, and at least one is on both.
            int compared = 0;
            for (const auto& [role, h] : normal) {
                if (!large.count(role)) continue;
                EXPECT_GE(large.at(role) / h, 1.15)
                    << size << " " << scene << " " << role << ": " << h << " → " << large.at(role);
                ++compared;
            }
            EXPECT_GT(compared, 0) << size << " " << scene;
        }
    }
}

// ---- the keyboard ----------------------------------------------------------------------------------

TEST(Keyboard, GivenTabThenEveryControlOfTheScreenIsReachedInTurnAndEnterActsOnIt) {
    for (const std::string scene : {"home", "timeline", "event:telegram-1921"}) {
        const json l = layout("--size 1920x1080 --scene " + scene);
        std::set<std::string> controls;
        for (const auto& t : l["targets"]) {
            const std::string id = t["id"];
            if (id != "card" && id != "card-backdrop" && id != "timeline:overview" && t["visible"].get<bool>())
                controls.insert(id);
        }
        std::string script;
        for (std::size_t i = 0; i < controls.size(); ++i)
            script += std::to_string(i * 50) + " key Tab\n" + std::to_string(i * 50 + 10) + " state %D/f" +
                      std::to_string(i) + ".json\n";
        Replayed r = replay("tab", "--size 1920x1080 --scene " + scene, script);
        std::set<std::string> reached;
        for (std::size_t i = 0; i < controls.size(); ++i) {
            const json s = r.read("f" + std::to_string(i) + ".json");
            if (s["focus"].is_string()) reached.insert(s["focus"]);
        }
        EXPECT_EQ(reached, controls) << scene;
    }
    // Tab to the timeline door on Home and press Enter: the timeline opens.
    Replayed home = replay("enter", "--size 1920x1080 --scene home",
                           "0 key Tab\n50 key Tab\n100 state %D/f.json\n200 key Return\n800 state %D/s.json\n");
    EXPECT_EQ(home.read("f.json")["focus"], "timeline");
    EXPECT_EQ(home.read("s.json")["scene"], "timeline");
}

TEST(Keyboard, GivenAFocusedControlThenARingIsDrawnAroundIt) {
    const std::string dir = test::temp_dir("ring");
    std::ofstream(dir + "/s.replay") << "0 key Tab\n100 shot " + dir + "/a.png\n";
    const auto r =
        test::run(test::kiosk_binary() + " --headless --size 1280x800 --scene home --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const auto plain =
        test::run(test::kiosk_binary() + " --headless --size 1280x800 --scene home --screenshot " + dir + "/b.png");
    ASSERT_EQ(plain.exit_code, 0);
    EXPECT_NE(test::read_file(dir + "/a.png"), test::read_file(dir + "/b.png"))
        << "the focused control looks different";
}

}  // namespace
}  // namespace kiosk
