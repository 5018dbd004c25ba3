// libhyphen with the en-US patterns: the points TeX's patterns give.
#include "text/hyphenator.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <fstream>
#include <map>
#include <set>

#include "test_support.h"

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

namespace kiosk {
namespace {

// Russian: Debian's hyph_ru_RU.dic is KOI8-R (its first line says so), so words are
// converted before libhyphen sees them and the points mapped back to UTF-8 offsets.
class RussianHyphenatorTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto h = Hyphenator::load("/usr/share/hyphen/hyph_ru_RU.dic", 2, 2);
        ASSERT_TRUE(h) << h.error().to_string() << " (install hyphen-ru)";
        hyph_ = std::move(h).value();
    }
    Hyphenator hyph_;
};

TEST_F(RussianHyphenatorTest, GivenKnownWordsWhenHyphenatedThenThePointsAreThePatternsOwn) {
    // The points the patterns give (worked out by hand from the patterns, and by the
    // direct Liang implementation in the next test).
    EXPECT_EQ(hyphenated(hyph_, "телеграмма"), "те-ле-грам-ма");
    EXPECT_EQ(hyphenated(hyph_, "правительство"), "пра-ви-тель-ство");
    EXPECT_EQ(hyphenated(hyph_, "республика"), "рес-пуб-ли-ка");
    EXPECT_EQ(hyphenated(hyph_, "торговля"), "тор-гов-ля");
}

TEST_F(RussianHyphenatorTest, GivenCapitalsAndYoThenTheyHyphenateLikeLowerCaseAndOffsetsStayOnLetters) {
    EXPECT_EQ(hyphenated(hyph_, "Телеграмма"), "Те-ле-грам-ма");
    for (const char* w : {"объединённых", "Калинин", "Соединённые", "делегацию"}) {
        const std::string word = w;
        for (auto p : hyph_.points(word)) {
            EXPECT_LT(p, word.size()) << word;
            EXPECT_NE(static_cast<unsigned char>(word[p]) & 0xC0, 0x80u) << word << ": a point inside a letter";
            EXPECT_GE(p, 4u) << word << ": two letters (four bytes) stay before";
            EXPECT_LE(p, word.size() - 4) << word << ": and two after";
        }
    }
}

// Liang's algorithm done the plain way, straight from the dictionary's raw patterns:
// every substring of ".word." looked up, the highest value at each place kept.
std::string liang(const std::map<std::string, std::vector<int>>& patterns, const std::u32string& word, int left,
                  int right) {
    std::u32string w = U"." + word + U".";
    std::vector<int> v(w.size() + 1, 0);
    for (std::size_t i = 0; i < w.size(); ++i)
        for (std::size_t j = i + 1; j <= w.size(); ++j) {
            std::string key;
            icu::UnicodeString u;
            for (std::size_t k = i; k < j; ++k) u.append(static_cast<UChar32>(w[k]));
            key.clear();
            u.toUTF8String(key);
            const auto it = patterns.find(key);
            if (it == patterns.end()) continue;
            for (std::size_t k = 0; k < it->second.size(); ++k) v[i + k] = std::max(v[i + k], it->second[k]);
        }
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (static_cast<int>(i) >= left && static_cast<int>(word.size() - i) >= right && v[i + 1] % 2 == 1) out += '-';
        icu::UnicodeString(static_cast<UChar32>(word[i])).toUTF8String(out);
    }
    return out;
}

TEST_F(RussianHyphenatorTest, GivenEveryRussianWordOfTheExhibitThenThePointsAreThoseOfLiangsAlgorithmDoneDirectly) {
    // The raw patterns, decoded from KOI8-R.
    std::map<std::string, std::vector<int>> patterns;
    {
        std::ifstream in("/usr/share/hyphen/hyph_ru_RU.dic", std::ios::binary);
        std::string line;
        std::getline(in, line);  // "KOI8-R"
        UErrorCode st = U_ZERO_ERROR;
        while (std::getline(in, line)) {
            icu::UnicodeString u(line.c_str(), static_cast<std::int32_t>(line.size()), "KOI8-R");
            std::string utf8, letters;
            u.toUTF8String(utf8);
            std::vector<int> values{0};
            for (std::int32_t i = 0; i < u.length(); ++i) {
                const UChar c = u[i];
                if (c >= '0' && c <= '9')
                    values.back() = c - '0';
                else if (c > ' ') {
                    icu::UnicodeString(c).toUTF8String(letters);
                    values.push_back(0);
                }
            }
            if (!letters.empty()) patterns[letters] = values;
        }
        (void)st;
    }
    // Every Cyrillic word of the timeline's Russian columns.
    std::set<std::string> words;
    {
        const std::string csv = test::read_file(test::source_path("assets/timeline.csv"));
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(csv);
        icu::UnicodeString word;
        for (std::int32_t i = 0; i <= u.length(); ++i) {
            const UChar32 c = i < u.length() ? u.char32At(i) : ' ';
            if (u_isalpha(c) && ((c >= 0x400 && c <= 0x4FF)))
                word.append(c);
            else {
                if (word.length() >= 4) {
                    std::string w;
                    word.toLower().toUTF8String(w);
                    words.insert(w);
                }
                word.remove();
            }
            if (c > 0xFFFF) ++i;
        }
    }
    ASSERT_GT(words.size(), 300u);
    int hyphenated_words = 0;
    for (const auto& w : words) {
        std::u32string w32;
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(w);
        for (std::int32_t i = 0; i < u.length(); i += U16_LENGTH(u.char32At(i)))
            w32 += static_cast<char32_t>(u.char32At(i));
        const std::string expected = liang(patterns, w32, 2, 2);
        EXPECT_EQ(hyphenated(hyph_, w), expected);
        hyphenated_words += expected.find('-') != std::string::npos;
    }
    EXPECT_GT(hyphenated_words, 250);
}

TEST_F(RussianHyphenatorTest, GivenLatinOrMixedWordsThenNoPoints) {
    EXPECT_TRUE(hyph_.points("government").empty());
    EXPECT_TRUE(hyph_.points("1921-го").empty());
}

}  // namespace
}  // namespace kiosk
