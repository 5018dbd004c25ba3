// The visitor's language first (issue 23): with Russian chosen, every line Home shows is
// Russian (the door's miniature is the Russian page), the attract loop's compositions
// (the telegram's sentences, the events) are Russian for a minute, and before anyone has
// chosen the loop quotes the telegram in both languages in turn. Allowed Latin: the
// language button's "English" and the attract loop's title and invitation, which greet
// in every language the kiosk offers.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

bool latin_word(const std::string& s) {
    return std::regex_search(s, std::regex("[A-Za-z]{2,}"));
}
bool cyrillic(const std::string& s) {
    return s.find("\xD0") != std::string::npos || s.find("\xD1") != std::string::npos;
}

// The attract loop's layout every 5 s for `dumps` dumps.
std::vector<json> attract_dumps(const std::string& lang, int dumps) {
    const std::string dir = test::temp_dir("attract-" + lang);
    {
        std::ofstream script(dir + "/s.replay");
        for (int i = 0; i < dumps; ++i) script << i * 5000 + 500 << " layout " << dir << "/a" << i << ".json\n";
    }
    const auto r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --lang " + lang +
                             " --scene attract --replay " + dir + "/s.replay");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    std::vector<json> out;
    for (int i = 0; i < dumps; ++i) out.push_back(test::read_json(dir + "/a" + std::to_string(i) + ".json"));
    return out;
}

TEST(RussianFirst, GivenRussianThenHomeAndTheAttractLoopsCompositionsAreRussian) {
    const std::string dir = test::temp_dir("home-ru");
    ASSERT_EQ(test::run(test::kiosk_binary() + " --headless --size 1920x1080 --lang ru --scene home --dump-layout " +
                        dir + "/l.json")
                  .exit_code,
              0);
    const json home = test::read_json(dir + "/l.json");
    int miniature = 0;
    for (const auto& l : home["lines"]) {
        if (!l["visible"].get<bool>()) continue;
        const std::string text = l["text"];
        if (l["role"] == "miniature") miniature += cyrillic(text);
        if (text == "English") continue;
        EXPECT_FALSE(latin_word(text) && !cyrillic(text))
            << "Home in Russian shows \"" << text << "\" (" << l["role"] << ")";
    }
    EXPECT_GT(miniature, 5) << "the door shows the Russian page";
    int excerpts = 0;
    for (const json& a : attract_dumps("ru", 12))
        for (const auto& l : a["lines"]) {
            const std::string role = l["role"];
            // The compositions' words and their main lines; the other language's title
            // under the Russian one ("heading-other") greets in English on purpose.
            if (!l["visible"].get<bool>() || (role.rfind("excerpt", 0) != 0 && role != "heading")) continue;
            ++excerpts;
            EXPECT_FALSE(latin_word(l["text"]) && !cyrillic(l["text"]))
                << "the attract loop in Russian shows \"" << l["text"] << "\"";
        }
    EXPECT_GT(excerpts, 5);
}

TEST(RussianFirst, GivenNoOneHasChosenThenTheAttractLoopQuotesTheTelegramInBothLanguages) {
    // Long enough for the quotations to come round: they alternate with the events.
    bool english = false, russian = false;
    for (const json& a : attract_dumps("en", 40))
        for (const auto& l : a["lines"]) {
            if (!l["visible"].get<bool>() || l["role"] != "excerpt") continue;
            const std::string text = l["text"];
            (cyrillic(text) ? russian : english) = true;
        }
    EXPECT_TRUE(english) << "the original's words";
    EXPECT_TRUE(russian) << "and the translation's";
}

// The same date in both languages (issues 23 and 25): the relief's card said "August
// 1921" in English and «20 августа» in Russian; both now give the Riga Agreement's day.
TEST(RussianFirst, GivenTheReliefCardThenItsDateIsTheSameInBothLanguages) {
    std::map<std::string, std::string> date;
    for (const std::string lang : {"en", "ru"}) {
        const std::string dir = test::temp_dir("ara-" + lang);
        ASSERT_EQ(test::run(test::kiosk_binary() + " --headless --size 1920x1080 --lang " + lang +
                            " --scene event:ara-1921 --dump-layout " + dir + "/l.json")
                      .exit_code,
                  0);
        const json layout = test::read_json(dir + "/l.json");
        for (const auto& l : layout["lines"])
            if (l["role"] == "date") date[lang] = l["text"];
    }
    EXPECT_EQ(date["en"], "August 20, 1921 – July 1923");
    EXPECT_NE(date["ru"].find("20 августа 1921"), std::string::npos) << date["ru"];
    EXPECT_NE(date["ru"].find("июль 1923"), std::string::npos) << date["ru"];
    // Its neighbour's button names it the same way.
    const std::string dir = test::temp_dir("ara-neighbour");
    ASSERT_EQ(test::run(test::kiosk_binary() +
                        " --headless --size 1920x1080 --lang ru --scene event:hughes-reply-1921 --dump-layout " + dir +
                        "/l.json")
                  .exit_code,
              0);
    const json layout = test::read_json(dir + "/l.json");
    bool named = false;
    for (const auto& t : layout["lines"])
        if (t["id"] == "card:next")
            named = named || t["text"].get<std::string>().find("20 августа 1921") != std::string::npos;
    EXPECT_TRUE(named);
}

}  // namespace
}  // namespace kiosk
