// Russian typesetting on every screen (issue 25): no line ends with a one-letter word
// (a preposition, a conjunction), none ends with a number whose word follows on the
// next line («1933 | года», «28 | марта»), and no line starts with a dash. Checked on the
// real kiosk's layout dumps of every Russian text it sets — Home, the reader (the notice,
// the introduction, the translation, its notes and signature, the afterword), every
// event's card, the timeline and a minute of the attract loop — at 1920x1080, 1080x1920
// and 800x480, at the normal and the largest text step.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "shipped_timeline.h"

namespace kiosk {
namespace {

using nlohmann::json;

struct TypoParam {
    std::string size;
    int step;
};
void PrintTo(const TypoParam& p, std::ostream* os) {
    *os << p.size << "_step" << p.step;
}

std::vector<std::string> words_of(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// One Cyrillic letter and nothing else: two bytes, D0/D1 lead.
bool one_cyrillic_letter(const std::string& w) {
    return w.size() == 2 && (static_cast<unsigned char>(w[0]) == 0xD0 || static_cast<unsigned char>(w[0]) == 0xD1);
}
bool bare_number(const std::string& w) {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}
bool starts_with_letter(const std::string& line) {
    const auto w = words_of(line);
    if (w.empty()) return false;
    const auto c = static_cast<unsigned char>(w.front()[0]);
    return std::isalpha(c) || c == 0xD0 || c == 0xD1;
}

struct Findings {
    int lines = 0;
    std::vector<std::string> faults;
};

// The lines of one dump, in the order they are set: a line and the next of the same
// paragraph share their role and id and follow one another in the dump.
void check_dump(const json& dump, const std::string& where, Findings& f) {
    const auto& lines = dump["lines"];
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string text = lines[i]["text"];
        const auto w = words_of(text);
        if (w.empty()) continue;
        ++f.lines;
        const bool has_next = i + 1 < lines.size() && lines[i + 1]["role"] == lines[i]["role"] &&
                              lines[i + 1]["id"] == lines[i]["id"] && double(lines[i + 1]["y"]) > double(lines[i]["y"]);
        if (one_cyrillic_letter(w.back()) && has_next)
            f.faults.push_back(where + ": \"" + text + "\" ends with a one-letter word");
        if (bare_number(w.back()) && has_next && starts_with_letter(lines[i + 1]["text"]))
            f.faults.push_back(where + ": \"" + text + "\" / \"" + std::string(lines[i + 1]["text"]) +
                               "\" splits a number from its word");
        if (w.front() == "—") f.faults.push_back(where + ": \"" + text + "\" starts with a dash");
    }
}

class RussianTypography : public ::testing::TestWithParam<TypoParam> {
protected:
    std::string kiosk(const std::string& scene) const {
        const TypoParam& p = GetParam();
        return test::kiosk_binary() + " --headless --size " + p.size + " --lang ru --text-size " +
               std::to_string(p.step) + " --scene " + scene;
    }
};

TEST_P(RussianTypography, GivenEveryRussianScreenThenNoLineEndsWithAOneLetterWordOrSplitsANumberOrStartsWithADash) {
    const std::string dir = test::temp_dir("ru-typo");
    Findings f;
    // Home, the reader (every line of the document is in its dump), the timeline.
    for (const std::string scene : {"home", "telegram", "timeline"}) {
        const auto r = test::run(kiosk(scene) + " --dump-layout " + dir + "/" + scene + ".json");
        ASSERT_EQ(r.exit_code, 0) << r.output;
        check_dump(test::read_json(dir + "/" + scene + ".json"), scene, f);
    }
    // Every event's card, from the first with the → key.
    const auto& events = test::shipped_timeline().events;
    {
        std::ostringstream script;
        for (std::size_t i = 0; i < events.size(); ++i) {
            script << 300 + i * 1000 << " layout " << dir << "/c" << i << ".json\n";
            script << 500 + i * 1000 << " key Right\n";
        }
        std::ofstream(dir + "/cards.replay") << script.str();
        const auto r = test::run(kiosk("event:" + events.front().id) + " --replay " + dir + "/cards.replay");
        ASSERT_EQ(r.exit_code, 0) << r.output;
        for (std::size_t i = 0; i < events.size(); ++i)
            check_dump(test::read_json(dir + "/c" + std::to_string(i) + ".json"), "card " + events[i].id, f);
    }
    // A round of the attract loop.
    {
        std::ostringstream script;
        for (int i = 0; i < 8; ++i) script << 1500 + i * 9000 << " layout " << dir << "/a" << i << ".json\n";
        std::ofstream(dir + "/attract.replay") << script.str();
        const auto r = test::run(kiosk("attract") + " --replay " + dir + "/attract.replay");
        ASSERT_EQ(r.exit_code, 0) << r.output;
        for (int i = 0; i < 8; ++i) check_dump(test::read_json(dir + "/a" + std::to_string(i) + ".json"), "attract", f);
    }
    EXPECT_GT(f.lines, 600) << "the dumps hold the screens' lines";
    for (const auto& fault : f.faults) ADD_FAILURE() << fault;
}

INSTANTIATE_TEST_SUITE_P(Sizes, RussianTypography,
                         ::testing::Values(TypoParam{"1920x1080", 0}, TypoParam{"1920x1080", 2},
                                           TypoParam{"1080x1920", 0}, TypoParam{"1080x1920", 2},
                                           TypoParam{"800x480", 0}, TypoParam{"800x480", 2}),
                         [](const auto& info) {
                             return "size_" + info.param.size + "_step" + std::to_string(info.param.step);
                         });

}  // namespace
}  // namespace kiosk
