// An attract loop worth walking over to (issue 23): over a minute of nobody, read from
// its layout dumps every two seconds, it shows at least six different compositions, none
// for more than ten seconds; each main line has capitals of 20 mm on the configured
// screen; what moves moves slowly (and nothing moves under reduced motion); no line
// leaves the screen or runs into another or into the invitation; and before anyone has
// chosen, the compositions speak both languages.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

constexpr int dump_every_ms = 2000;
constexpr int dumps_in_a_minute = 30;

std::vector<json> minute_of_attract(const std::string& size, const std::string& lang, const std::string& extra = "") {
    const std::string dir = test::temp_dir("attract-minute");
    {
        std::ofstream script(dir + "/s.replay");
        for (int i = 0; i < dumps_in_a_minute; ++i)
            script << i * dump_every_ms + 500 << " layout " << dir << "/a" << i << ".json\n";
    }
    const auto r = test::run(test::kiosk_binary() + " --headless --size " + size + " --lang " + lang +
                             " --scene attract " + extra + " --replay " + dir + "/s.replay");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    std::vector<json> out;
    for (int i = 0; i < dumps_in_a_minute; ++i)
        out.push_back(test::read_json(dir + "/a" + std::to_string(i) + ".json"));
    return out;
}

// What a composition is, whatever has moved: its main lines, headlines and pictures.
std::string composition_of(const json& layout) {
    std::set<std::string> parts;
    for (const auto& l : layout["lines"]) {
        const std::string role = l["role"];
        if (l["visible"].get<bool>() && (role.rfind("heading", 0) == 0 || role == "excerpt-event"))
            parts.insert(l["text"]);
    }
    for (const auto& im : layout["images"]) parts.insert(im["path"].get<std::string>());
    std::string out;
    for (const auto& p : parts) out += p + "|";
    return out;
}

// Where everything is: two dumps of a composition that did not move are equal here.
std::string positions_of(const json& layout) {
    std::string out;
    for (const auto& l : layout["lines"])
        out += l["text"].get<std::string>() + "@" + std::to_string(l["x"].get<float>()) + "," +
               std::to_string(l["y"].get<float>()) + ";";
    for (const auto& im : layout["images"])
        out += std::to_string(im["x"].get<float>()) + "," + std::to_string(im["y"].get<float>()) + ";";
    return out;
}

bool cyrillic(const std::string& s) {
    return s.find("\xD0") != std::string::npos || s.find("\xD1") != std::string::npos;
}

struct Box {
    double x, y, w, h;
    bool overlaps(const Box& o) const {
        return x < o.x + o.w - 0.5 && o.x < x + w - 0.5 && y < o.y + o.h - 0.5 && o.y < y + h - 0.5;
    }
};
Box box_of(const json& j) {
    return {j["x"], j["y"], j["w"], j["h"]};
}

TEST(AttractLoop, GivenAMinuteOfNobodyThenSixCompositionsChangeEveryTenSecondsAndEachMainLineIsReadFromThreeMetres) {
    for (const std::string size : {"1920x1080", "1080x1920"})
        for (const std::string lang : {"en", "ru"}) {
            const auto dumps = minute_of_attract(size, lang);
            std::vector<std::string> seen;
            int run = 0;
            for (std::size_t i = 0; i < dumps.size(); ++i) {
                const json& d = dumps[i];
                const std::string c = composition_of(d);
                if (std::find(seen.begin(), seen.end(), c) == seen.end()) seen.push_back(c);
                run = i > 0 && composition_of(dumps[i - 1]) == c ? run + 1 : 0;
                // Six dumps two seconds apart span ten seconds.
                EXPECT_LT(run, 5) << size << " " << lang << ": the same composition for more than ten seconds at "
                                  << i * dump_every_ms << " ms";
                double cap_mm = 0;
                for (const auto& l : d["lines"])
                    if (l["role"] == "heading" && l["visible"].get<bool>())
                        cap_mm = std::max(cap_mm, l["cap_px"].get<double>() / d["px_per_mm"].get<double>());
                EXPECT_GE(cap_mm, 20.0) << size << " " << lang << " at " << i * dump_every_ms << " ms: " << c;
            }
            EXPECT_GE(seen.size(), 6u) << size << " " << lang;
        }
}

TEST(AttractLoop, GivenEveryCompositionThenNoLineLeavesTheScreenOrRunsIntoAnotherOrIntoTheInvitation) {
    for (const std::string size : {"1920x1080", "1080x1920", "800x480"})
        for (const std::string lang : {"en", "ru"}) {
            const auto dumps = minute_of_attract(size, lang);
            for (std::size_t i = 0; i < dumps.size(); ++i) {
                const json& d = dumps[i];
                const double W = d["size"][0], H = d["size"][1];
                std::vector<Box> invitation, words, pictures;
                std::vector<std::string> texts;
                for (const auto& l : d["lines"]) {
                    if (!l["visible"].get<bool>()) continue;
                    const Box b = box_of(l);
                    EXPECT_TRUE(b.x >= 0 && b.y >= 0 && b.x + b.w <= W && b.y + b.h <= H)
                        << size << " " << lang << " at " << i * dump_every_ms << " ms: \"" << l["text"]
                        << "\" leaves the screen";
                    if (l["role"] == "invite")
                        invitation.push_back(b);
                    else {
                        words.push_back(b);
                        texts.push_back(l["text"]);
                    }
                }
                for (const auto& im : d["images"]) pictures.push_back(box_of(im));
                ASSERT_FALSE(invitation.empty()) << size << " " << lang;
                for (std::size_t a = 0; a < words.size(); ++a) {
                    for (const Box& inv : invitation)
                        EXPECT_FALSE(words[a].overlaps(inv))
                            << size << " " << lang << ": \"" << texts[a] << "\" runs into the invitation";
                    for (const Box& p : pictures)
                        EXPECT_FALSE(words[a].overlaps(p))
                            << size << " " << lang << ": \"" << texts[a] << "\" is over the picture";
                    for (std::size_t b = a + 1; b < words.size(); ++b)
                        EXPECT_FALSE(words[a].overlaps(words[b]))
                            << size << " " << lang << ": \"" << texts[a] << "\" and \"" << texts[b] << "\" overlap";
                }
                for (const Box& p : pictures)
                    for (const Box& inv : invitation)
                        EXPECT_FALSE(p.overlaps(inv)) << size << " " << lang << ": a picture runs into the invitation";
            }
        }
}

TEST(AttractLoop, GivenACompositionThenItMovesSlowlyAndUnderReducedMotionItStandsStill) {
    for (const bool reduced : {false, true}) {
        const auto dumps = minute_of_attract("1920x1080", "en", reduced ? "--reduced-motion" : "");
        int compositions = 0, moving = 0;
        for (std::size_t i = 1; i < dumps.size(); ++i) {
            if (composition_of(dumps[i]) != composition_of(dumps[i - 1])) continue;
            // Two seconds apart within one composition.
            ++compositions;
            if (positions_of(dumps[i]) != positions_of(dumps[i - 1])) ++moving;
            // Slowly: no line travels more than 40 px in two seconds.
            std::map<std::string, double> before;
            for (const auto& l : dumps[i - 1]["lines"]) before[l["text"]] = l["x"].get<double>() + l["y"].get<double>();
            for (const auto& l : dumps[i]["lines"])
                if (auto it = before.find(l["text"]); it != before.end())
                    EXPECT_LE(std::abs(l["x"].get<double>() + l["y"].get<double>() - it->second), 40.0)
                        << "\"" << l["text"] << "\" moves fast";
        }
        ASSERT_GT(compositions, 10);
        if (reduced)
            EXPECT_EQ(moving, 0) << "under reduced motion nothing moves";
        else
            EXPECT_EQ(moving, compositions) << "every composition moves slowly";
    }
}

TEST(AttractLoop, GivenNoOneHasChosenThenTheCompositionsSpeakBothLanguagesInTurn) {
    const auto dumps = minute_of_attract("1920x1080", "en");
    std::set<bool> main_lines;  // Cyrillic or not
    for (const json& d : dumps)
        for (const auto& l : d["lines"])
            if (l["visible"].get<bool>() && (l["role"] == "excerpt-event" || l["role"] == "excerpt-context"))
                main_lines.insert(cyrillic(l["text"]));
    EXPECT_EQ(main_lines.size(), 2u) << "events and the question in English and in Russian within a minute";
}

TEST(AttractLoop, GivenTheLoopThenItShowsTheTelegramAnEventWithItsPictureAndTheQuestion) {
    const auto dumps = minute_of_attract("1920x1080", "en");
    bool telegram = false, picture = false, question = false;
    for (const json& d : dumps) {
        int telegram_lines = 0;
        for (const auto& l : d["lines"]) {
            if (!l["visible"].get<bool>()) continue;
            if (l["role"] == "excerpt-telegram") ++telegram_lines;
            if (l["role"] == "heading" && l["text"] == "Would you have answered yes?") question = true;
        }
        telegram = telegram || telegram_lines >= 5;  // typeset on its sheet, several lines of it
        for (const auto& im : d["images"])
            picture = picture || (im["visible"].get<bool>() && im["w"].get<double>() > 300);
    }
    EXPECT_TRUE(telegram);
    EXPECT_TRUE(picture);
    EXPECT_TRUE(question);
}

}  // namespace
}  // namespace kiosk
