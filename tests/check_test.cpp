// kiosk --check and the kiosk itself on broken files: every problem as
// FILE:LINE:COL: message, and never a crash.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace kiosk {
namespace {

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
    std::string s = test::read_file(path);
    const auto at = s.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    s.replace(at, from.size(), to);
    std::ofstream(path, std::ios::binary) << s;
}

TEST(Check, GivenTheShippedFilesThenAllIsWellAndExitZero) {
    const auto r = test::run(test::kiosk_binary() + " --check");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("All is well"), std::string::npos);
}

TEST(Check, GivenBadTomlThenFileLineAndColumnAreReported) {
    const std::string dir = test::data_copy("badtoml");
    replace_in(dir + "/config/kiosk.toml", "width_px = 1920", "width_px = = 1920");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find(dir + "/config/kiosk.toml:7:"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("not valid TOML"), std::string::npos);
}

TEST(Check, GivenAnUnknownKeyAndAWrongTypeThenBothAreReportedWithTheirLines) {
    const std::string dir = test::data_copy("keys");
    replace_in(dir + "/config/kiosk.toml", "hide_cursor = true", "hide_cursor = \"yes\"\nfulscreen = false");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("kiosk.toml:12:15: display.hide_cursor: expected true or false"), std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find(
                  "kiosk.toml:13:1: warning: unknown key \"fulscreen\" in [display] (did you mean \"fullscreen\"?)"),
              std::string::npos)
        << r.output;
}

TEST(Check, GivenAnEventWithoutItsRussianWordsOrWithAMonthDateThenCheckNamesTheRowAndTheColumn) {
    const std::string dir = test::data_copy("untranslated");
    const std::string csv = dir + "/assets/timeline.csv";
    // The grain embargo's row loses its Russian date; the Colby note its Russian headline.
    replace_in(csv, ",январь 1980\u00a0г. — апрель 1981\u00a0г.", ",");
    replace_in(csv, "Нота Колби: в признании отказано", "");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    // Warnings: the kiosk shows these rows (in English), so the check passes and counts them.
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("All is well"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find(" warnings above."), std::string::npos) << r.output;
    EXPECT_EQ(test::run(test::kiosk_binary() + " --check --strict --config " + dir + "/config/kiosk.toml").exit_code,
              1);
    const int embargo = test::line_of(test::source_path("assets/timeline.csv"), "1980,1,4,,1981,4");
    const int colby = test::line_of(test::source_path("assets/timeline.csv"), "Нота Колби");
    ASSERT_GT(embargo, 0);
    ASSERT_GT(colby, 0);
    EXPECT_NE(r.output.find("timeline.csv:" + std::to_string(embargo) +
                            ": warning: the event \"grain-embargo-1980\" shows \"January 1980 – April 1981\""),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("Display Date (ru)"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("timeline.csv:" + std::to_string(colby) +
                            ": warning: the event \"colby-note-1920\" has no Headline (ru)"),
              std::string::npos)
        << r.output;
}

TEST(Check, GivenMalformedXmlInTheDocumentThenItsLineIsReported) {
    const std::string dir = test::data_copy("badxml");
    replace_in(dir + "/assets/telegram-661.1115-279.xml", "<p xml:id=\"d723-p1\">Have the honor",
               "<p xml:id=\"d723-p1\" Have the honor");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    const int line =
        test::line_of(test::source_path("assets/telegram-661.1115-279.xml"), "<p xml:id=\"d723-p1\">Have the honor");
    ASSERT_GT(line, 0);
    EXPECT_NE(r.output.find("telegram-661.1115-279.xml:" + std::to_string(line) + ":"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("malformed XML"), std::string::npos);
}

// A content repository carries no fonts ("Many kiosks" in docs/curators.md): the kiosk's
// own are used, and nothing is wrong.
TEST(Check, GivenContentWithoutItsFontsThenTheKiosksOwnAreUsedAndAllIsWell) {
    const std::string dir = test::data_copy("nofonts");
    test::run("rm -r '" + dir + "/fonts'");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(r.output.find("font file"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("warning"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("All is well"), std::string::npos) << r.output;
}

// A font the curator names that is nowhere: the file is named, and what is shown instead.
TEST(Check, GivenAMissingFontThenTheFontFileIsNamed) {
    const std::string dir = test::data_copy("nofont");
    test::run("sed -i 's|^font_body = .*|font_body = \"fonts/Missing-Regular.otf\"|' '" + dir + "/config/kiosk.toml'");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 0) << "shown in another font: a warning" << r.output;
    EXPECT_NE(r.output.find(dir + "/fonts/Missing-Regular.otf: warning: the font cannot be found or read"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("EBGaramond08-Regular.otf instead"), std::string::npos) << r.output;
}

TEST(Check, GivenABadTimelineRowAndADateThatDoesNotExistThenEachIsReportedWithItsLine) {
    const std::string dir = test::data_copy("badcsv");
    const std::string csv = dir + "/assets/timeline.csv";
    const int hughes_line = test::line_of(csv, "1921,3,25,,,,,,\"March 25, 1921\"");
    ASSERT_GT(hughes_line, 0);
    replace_in(csv, "1921,3,25,,,,,,\"March 25, 1921\"", "1921,2,29,,,,,,\"February 29, 1921\"");
    replace_in(csv, ",trade,,trade-opened-1920,", ",commerce,,trade-opened-1920,");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(
        r.output.find("timeline.csv:" + std::to_string(hughes_line) + ": the date 29 February 1921 does not exist"),
        std::string::npos)
        << r.output;
    // A group of the curator's own is a group, not a mistake.
    EXPECT_EQ(r.output.find("commerce"), std::string::npos) << r.output;
}

// Tried as a curator would: quotes typed around a word in the middle of a headline.
TEST(Check, GivenAHeadlineWithQuotesTypedInsideItThenTheRowStillShowsAndCheckSaysHowToWriteIt) {
    const std::string dir = test::data_copy("quoted-word");
    const std::string csv = dir + "/assets/timeline.csv";
    const int line = test::line_of(csv, ",trade-opened-1920,");
    ASSERT_GT(line, 0);
    std::string text = test::read_file(csv);
    const std::string headline = "Most limits on trade with Soviet Russia are lifted";
    ASSERT_NE(text.find("," + headline + ","), std::string::npos);  // unquoted in the shipped file
    text.replace(text.find(headline), headline.size(), "Trade \"reopens\" at last");
    std::ofstream(csv) << text;
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_NE(
        r.output.find("timeline.csv:" + std::to_string(line) + ": warning: a quote inside a field was read as a quote"),
        std::string::npos)
        << r.output;
    // And the visitor sees the event with its quotes.
    const auto shown = test::run(test::kiosk_binary() + " --headless --config " + dir +
                                 "/config/kiosk.toml --scene event:trade-opened-1920 --dump-layout " + dir + "/l.json");
    ASSERT_EQ(shown.exit_code, 0) << shown.output;
    EXPECT_NE(test::read_file(dir + "/l.json").find("reopens"), std::string::npos);
}

TEST(Check, GivenAMissingImageThenTheRowThatNamesItIsReported) {
    const std::string dir = test::data_copy("noimage");
    test::run("rm '" + dir + "/assets/images/telegram-1921.png'");
    const int row = test::line_of(dir + "/assets/timeline.csv", "assets/images/telegram-1921.png");
    ASSERT_GT(row, 0);
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("timeline.csv:" + std::to_string(row) + ": the image \"assets/images/telegram-1921.png\""),
              std::string::npos)
        << r.output;
}

TEST(Check, GivenABrokenTranslationFileThenItsLineAndAMisspelledKeyAreReported) {
    const std::string dir = test::data_copy("badtr");
    replace_in(dir + "/config/translations/ru.toml", "[reader]", "[reader\n");
    replace_in(dir + "/config/translations/en.toml", "subtitle = ", "subtitel = ");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("translations/ru.toml:8:"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("unknown key \"home.subtitel\" (did you mean \"home.subtitle\"?)"), std::string::npos)
        << r.output;
}

TEST(Translations, GivenRussianThenTheKiosksOwnWordsComeFromTheRussianFile) {
    const std::string dir = test::temp_dir("ru");
    const auto r =
        test::run(test::kiosk_binary() + " --headless --lang ru --scene timeline --dump-layout " + dir + "/l.json");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const std::string layout = test::read_file(dir + "/l.json");
    EXPECT_NE(layout.find("Главная"), std::string::npos);
    EXPECT_NE(layout.find("США и Россия"), std::string::npos);
}

TEST(BadInput, GivenABrokenDocumentThenTheKioskLogsWhereAndShowsHomeInsteadOfTheReader) {
    const std::string dir = test::data_copy("nodoc");
    std::ofstream(dir + "/assets/telegram-661.1115-279.xml") << "<TEI><text>";
    const auto r =
        test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --scene telegram --size 800x480 " +
                  "--screenshot " + dir + "/s.png --dump-state " + dir + "/state.json");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("telegram-661.1115-279.xml:1:"), std::string::npos) << r.output;  // logged, with the place
    nlohmann::json state;
    std::ifstream(dir + "/state.json") >> state;
    EXPECT_EQ(state["scene"], "home");
    EXPECT_FALSE(test::read_file(dir + "/s.png").empty());
}

TEST(BadInput, GivenNoContentAtAllThenTheKioskShowsItsRestingScreenAndDoesNotCrash) {
    const std::string dir = test::data_copy("fallback");
    std::ofstream(dir + "/assets/telegram-661.1115-279.xml") << "<TEI><text>";
    std::ofstream(dir + "/assets/timeline.csv") << "Year,\"unclosed\n";
    const auto r =
        test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --size 800x480 --screenshot " + dir +
                  "/s.png --dump-state " + dir + "/state.json");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("timeline.csv:1: a quote (\") opened in this row is never closed"), std::string::npos)
        << r.output;
    nlohmann::json state;
    std::ifstream(dir + "/state.json") >> state;
    EXPECT_EQ(state["scene"], "fallback");
    EXPECT_FALSE(test::read_file(dir + "/s.png").empty());
}

TEST(BadInput, GivenAMissingFontThenTheKioskFallsBackToTheSystemFontAndStillShowsTheTelegram) {
    const std::string dir = test::data_copy("fontfallback");
    test::run("rm '" + dir + "/fonts/EBGaramond08-Regular.otf'");
    const auto r =
        test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --scene telegram --size 800x480 " +
                  "--dump-state " + dir + "/state.json");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    nlohmann::json state;
    std::ifstream(dir + "/state.json") >> state;
    EXPECT_EQ(state["scene"], "telegram");
}

TEST(BadInput, GivenABrokenReplayScriptThenTheLineIsReportedAndTheExitCodeIsTwo) {
    const std::string dir = test::temp_dir("badreplay");
    std::ofstream(dir + "/s.replay") << "0 down 1 0.5 0.5\n10 jump\n";
    const auto r = test::run(test::kiosk_binary() + " --headless --replay " + dir + "/s.replay");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.output.find(dir + "/s.replay:2: unknown event \"jump\""), std::string::npos) << r.output;
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// A group outside the six: shown by its own name, in a colour of its own, and --check
// has nothing against it.
TEST(Check, GivenAGroupOfTheCuratorsOwnThenItsCardShowsItsNameAndCheckAcceptsIt) {
    const std::string dir = test::data_copy("own-group");
    const std::string csv = dir + "/assets/timeline.csv";
    std::string text = test::read_file(csv);
    const auto id_at = text.find(",trade-opened-1920,");
    ASSERT_NE(id_at, std::string::npos);
    const auto group_at = text.rfind(",trade,,", id_at);
    ASSERT_NE(group_at, std::string::npos);
    text.replace(group_at, 8, ",Relief work,,");
    std::ofstream(csv) << text;
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    const auto shown = test::run(test::kiosk_binary() + " --headless --config " + dir +
                                 "/config/kiosk.toml --scene event:trade-opened-1920 --dump-layout " + dir + "/l.json");
    ASSERT_EQ(shown.exit_code, 0) << shown.output;
    const auto layout = nlohmann::json::parse(test::read_file(dir + "/l.json"));
    bool kicker = false;
    for (const auto& l : layout["lines"]) kicker = kicker || l.value("text", "") == "Relief work";
    EXPECT_TRUE(kicker);
}

// A translation file that is a link out of its folder is not read (issue 24).
TEST(Check, GivenATranslationLinkedOutsideItsFolderThenItIsNotReadAndCheckSaysSo) {
    const std::string dir = test::data_copy("translation-link");
    test::run("rm '" + dir + "/config/translations/ru.toml' && ln -s /etc/hostname '" + dir +
              "/config/translations/ru.toml'");
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("ru.toml: the translation file leads outside its folder"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace kiosk
