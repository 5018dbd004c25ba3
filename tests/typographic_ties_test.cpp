// The ties of Russian and English typesetting (issue 25), word by word, and in set
// paragraphs: the breaker never leaves a tied space at a line's end.
#include "text/typographic_ties.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

Tie ru(std::string_view a, std::string_view b) {
    return tie_at_space(a, b, "ru");
}
Tie en(std::string_view a, std::string_view b) {
    return tie_at_space(a, b, "en");
}

TEST(TypographicTies, GivenRussianOneLetterWordsThenTheyStayWithTheNextWord) {
    for (const char* w : {"в", "к", "с", "о", "у", "и", "а", "я", "В", "И", "«в", "(и"})
        EXPECT_EQ(ru(w, "Москве"), Tie::never) << w;
    // Followed by punctuation it ends a clause, and a line may end there.
    EXPECT_EQ(ru("и,", "Москве"), Tie::none);
    // English "a" and "I" are left to the breaker.
    EXPECT_EQ(en("a", "message"), Tie::none);
}

TEST(TypographicTies, GivenRussianTwoLetterPrepositionsThenTheyAreAvoidedAtALinesEnd) {
    for (const char* w : {"на", "по", "за", "из", "от", "до", "не", "но", "Не", "«на"})
        EXPECT_EQ(ru(w, "борт"), Tie::avoid) << w;
    // A two-letter word that is not a preposition or conjunction may end a line.
    EXPECT_EQ(ru("он", "был"), Tie::none);
    EXPECT_EQ(ru("ей", "было"), Tie::none);
}

TEST(TypographicTies, GivenANumberAndWhatItCountsThenTheyAreNeverSplit) {
    EXPECT_EQ(ru("28", "марта"), Tie::never);
    EXPECT_EQ(ru("1933", "г."), Tie::never);
    EXPECT_EQ(ru("1933", "года"), Tie::never);
    EXPECT_EQ(ru("250", "км"), Tie::never);
    EXPECT_EQ(ru("11–12", "октября"), Tie::never);
    EXPECT_EQ(ru("(1875–1946)", "—"), Tie::never);  // the dash rule
    // A number closing a clause is not followed by what it counts.
    EXPECT_EQ(ru("1933,", "когда"), Tie::none);
    EXPECT_EQ(ru("г.", "до"), Tie::none);
    // Groups of digits and a sign, in both languages.
    EXPECT_EQ(ru("20", "000"), Tie::never);
    EXPECT_EQ(en("20", "000"), Tie::never);
    EXPECT_EQ(en("45", "%"), Tie::never);
    // English: units, not every word after a number.
    EXPECT_EQ(en("250", "km"), Tie::never);
    EXPECT_EQ(en("250", "km,"), Tie::never);
    EXPECT_EQ(en("1921", "the"), Tie::none);
}

TEST(TypographicTies, GivenAnAbbreviationBeforeANumberThenItStaysWithIt) {
    EXPECT_EQ(ru("с.", "764"), Tie::never);
    EXPECT_EQ(ru("т.", "II"), Tie::never);
    EXPECT_EQ(ru("№", "723"), Tie::never);
    EXPECT_EQ(en("p.", "764"), Tie::never);
    EXPECT_EQ(en("pp.", "763–764"), Tie::never);
    EXPECT_EQ(en("vol.", "II,"), Tie::never);
    EXPECT_EQ(en("doc.", "723"), Tie::never);
    EXPECT_EQ(en("March", "20,"), Tie::never);
    EXPECT_EQ(en("(March", "20)"), Tie::never);
    EXPECT_EQ(en("March", "the"), Tie::none);
}

TEST(TypographicTies, GivenADashOrAnInitialThenTheSpaceIsTied) {
    EXPECT_EQ(ru("Потсдам", "—"), Tie::never);
    EXPECT_EQ(en("Berlin", "—"), Tie::never);
    EXPECT_EQ(en("30", "–"), Tie::never);  // "March 30 – October 18"
    EXPECT_EQ(ru("—", "рядом"), Tie::none);
    EXPECT_EQ(en("M.", "Kalinin"), Tie::never);
    EXPECT_EQ(ru("М.", "Калинин"), Tie::never);
    EXPECT_EQ(ru("«М.", "Калинин"), Tie::never);
    EXPECT_EQ(en("Mr.", "Hughes"), Tie::none);
    EXPECT_EQ(en("Alexander", "I"), Tie::never);
    EXPECT_EQ(en("Nicholas", "II,"), Tie::never);
    EXPECT_EQ(ru("Александру", "I"), Tie::never);
    EXPECT_EQ(en("when", "I"), Tie::none);
}

TEST(TypographicTies, GivenRussianParticlesThenTheyStayWithTheWordBefore) {
    EXPECT_EQ(ru("так", "же"), Tie::never);
    EXPECT_EQ(ru("вы", "бы"), Tie::never);
    EXPECT_EQ(ru("было", "ли,"), Tie::never);
    EXPECT_EQ(ru("было", "лишь"), Tie::none);
}

TEST(TypographicTies, GivenABreakInsideANumberRangeThenItIsRefused) {
    EXPECT_TRUE(tie_inside_word("11–", "12"));
    EXPECT_TRUE(tie_inside_word("31-", "й"));
    EXPECT_FALSE(tie_inside_word("Apollo–", "Soyuz"));
    EXPECT_FALSE(tie_inside_word("из-", "за"));
}

}  // namespace
}  // namespace kiosk

#include "content/config.h"
#include "test_support.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

// The last word of a set line, without the line's own spaces.
std::string last_word(const std::string& line) {
    const std::string t = test::trim(line);
    const auto sp = t.rfind(' ');
    return sp == std::string::npos ? t : t.substr(sp + 1);
}

TEST(TypographicTies, GivenRussianParagraphsSetAtEveryMeasureThenNoLineEndsWithAOneLetterWordOrABareNumber) {
    ConfigLoad load = load_config(test::source_path("config/kiosk.toml"));
    Diagnostics problems;
    auto engine = TextEngine::create(load.config, problems);
    ASSERT_TRUE(engine);
    auto& text = *engine.value();
    TextStyle st;
    st.face_index = text.face(FontRole::body, 24);
    const std::string paragraph =
        "В марте 1921 г. Соединённые Штаты не признавали Советскую Россию, и с 7 июля 1920 г. частная торговля "
        "шла на свой страх и риск, но торгового соглашения не было. 20 марта в Ревеле полпред РСФСР в Эстонии "
        "Максим Литвинов направил телеграммой обращение, которое подписал М. Калинин, — к Конгрессу и к "
        "президенту. Ответ пришёл через 5 дней, а признание — лишь в ноябре 1933 г. (см. с. 764 и т. II).";
    int lines = 0, two_letter_ends = 0;
    for (float measure = 180; measure <= 900; measure += 37) {
        for (Alignment align : {Alignment::justify, Alignment::left}) {
            ParagraphSpec spec;
            spec.styles.push_back(st);
            spec.runs.push_back({paragraph, 0, {}});
            spec.measure_px = measure;
            spec.align = align;
            spec.language = "ru";
            const TypesetParagraph tp = text.setter("ru").set(spec);
            ASSERT_GT(tp.lines.size(), 1u);
            for (std::size_t i = 0; i + 1 < tp.lines.size(); ++i) {
                const std::string w = last_word(tp.lines[i].text);
                const std::string next = test::trim(tp.lines[i + 1].text);
                ++lines;
                // One Cyrillic letter is two bytes in UTF-8.
                EXPECT_FALSE(w.size() == 2 && static_cast<unsigned char>(w[0]) >= 0xD0)
                    << measure << " px: \"" << tp.lines[i].text << "\" ends with a one-letter word";
                EXPECT_FALSE(!w.empty() && std::isdigit(static_cast<unsigned char>(w.back())))
                    << measure << " px: \"" << tp.lines[i].text << "\" ends with a number";
                EXPECT_NE(next.rfind("—", 0), 0u) << measure << " px: \"" << next << "\" starts with a dash";
                EXPECT_NE(w, "М.") << measure << " px: an initial left without its name";
                two_letter_ends += w == "на" || w == "не" || w == "но" || w == "по";
            }
        }
    }
    EXPECT_GT(lines, 100);
    // Two-letter prepositions are avoided, not forbidden: rarely, where nothing else fits.
    EXPECT_LE(two_letter_ends, lines / 20);
}

}  // namespace
}  // namespace kiosk
