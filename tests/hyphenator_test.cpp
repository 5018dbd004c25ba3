// libhyphen with the en-US patterns: the points TeX's patterns give.
#include <gtest/gtest.h>

#include "text/hyphenator.h"

namespace kiosk {
namespace {

std::string hyphenated(const Hyphenator& h, const std::string& word) {
    std::string out;
    const auto points = h.points(word);
    std::size_t k = 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (k < points.size() && points[k] == i) {
            out += '-';
            ++k;
        }
        out += word[i];
    }
    return out;
}

class HyphenatorTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto h = Hyphenator::load("/usr/share/hyphen/hyph_en_US.dic");
        ASSERT_TRUE(h) << h.error().to_string() << " (install hyphen-en-us)";
        hyph_ = std::move(h).value();
    }
    Hyphenator hyph_;
};

TEST_F(HyphenatorTest, GivenWordsOfTheTelegramWhenHyphenatedThenThePointsAreTeXs) {
    EXPECT_EQ(hyphenated(hyph_, "hyphenation"), "hy-phen-ation");  // Knuth's own example
    EXPECT_EQ(hyphenated(hyph_, "office"), "of-fice");
    EXPECT_EQ(hyphenated(hyph_, "relations"), "re-la-tions");
    EXPECT_EQ(hyphenated(hyph_, "government"), "gov-ern-ment");
    EXPECT_EQ(hyphenated(hyph_, "republic"), "re-pub-lic");
}

TEST_F(HyphenatorTest, GivenCapitalisedWordsWhenHyphenatedThenLikeLowerCase) {
    EXPECT_EQ(hyphenated(hyph_, "Government"), "Gov-ern-ment");
    EXPECT_EQ(hyphenated(hyph_, "REPUBLIC"), "RE-PUB-LIC");
}

TEST_F(HyphenatorTest, GivenShortWordsOrNonWordsWhenHyphenatedThenNoPoints) {
    EXPECT_TRUE(hyph_.points("the").empty());
    EXPECT_TRUE(hyph_.points("1921").empty());
    EXPECT_TRUE(hyph_.points("America’s").empty() || hyph_.points("America’s").back() < 7);
    EXPECT_TRUE(hyph_.points("").empty());
}

TEST_F(HyphenatorTest, GivenAnyWordWhenHyphenatedThenTwoLettersStayBeforeAndThreeAfter) {
    for (const char* w : {"possibility", "categorical", "reestablishment", "imperatively", "existence"}) {
        const std::string word = w;
        for (auto p : hyph_.points(word)) {
            EXPECT_GE(p, 2u) << word;
            EXPECT_LE(p, word.size() - 3) << word;
        }
    }
}

TEST(Hyphenator, GivenAMissingDictionaryWhenLoadedThenAnErrorNamesTheFile) {
    auto h = Hyphenator::load("/nonexistent/hyph_xx.dic");
    ASSERT_FALSE(h);
    EXPECT_EQ(h.error().file, "/nonexistent/hyph_xx.dic");
}

}  // namespace
}  // namespace kiosk
