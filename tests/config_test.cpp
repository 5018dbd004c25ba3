// The curator's configuration: defaults, and every mistake reported with its place.
#include "content/config.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kiosk {
namespace {

const Diagnostic* first_problem(const ConfigLoad& load) {
    return load.problems.empty() ? nullptr : &load.problems.front();
}

TEST(Config, GivenTheShippedFileWhenLoadedThenThereAreNoProblems) {
    const ConfigLoad load = load_config(test::source_path("config/kiosk.toml"));
    for (const auto& d : load.problems) ADD_FAILURE() << d.to_string();
    EXPECT_TRUE(load.ok());
    EXPECT_EQ(load.config.behaviour.idle_timeout_ms, 90000);
    EXPECT_EQ(load.config.data_dir, KIOSK_SOURCE_ROOT);
}

TEST(Config, GivenAnEmptyFileWhenParsedThenEveryKeyHasItsDefault) {
    const ConfigLoad load = parse_config("", "empty.toml", "/data");
    EXPECT_TRUE(load.ok());
    EXPECT_TRUE(load.problems.empty());
    EXPECT_EQ(load.config.typography.measure_chars, 66);
    EXPECT_EQ(load.config.resolve("assets/x.xml"), "/data/assets/x.xml");
    EXPECT_EQ(load.config.resolve("/abs/x.xml"), "/abs/x.xml");
}

TEST(Config, GivenBadTomlWhenParsedThenTheLineAndColumnAreGiven) {
    const ConfigLoad load = parse_config("[display]\nwidth_px = 1920\nheight_px = = 3\n", "bad.toml", "/");
    EXPECT_FALSE(load.ok());
    const Diagnostic* d = first_problem(load);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->file, "bad.toml");
    EXPECT_EQ(d->line, 3);
    EXPECT_GT(d->column, 0);
    EXPECT_NE(d->message.find("not valid TOML"), std::string::npos);
}

// Tried as a curator would: a colour typed without its quotes.
TEST(Config, GivenAnUnquotedColourThenOnlyThatLineIsLeftOutWithHowToMendItAndEveryOtherSettingCounts) {
    const ConfigLoad load = parse_config(
        "[theme]\naccent = #1f4e8c\nink = \"#000080\"\n[behaviour]\nidle_timeout_ms = 45000\n"
        "[timeline]\nname = Timeline\n",
        "k.toml", "/");
    EXPECT_FALSE(load.ok());
    EXPECT_TRUE(load.file_ok);
    EXPECT_EQ(load.config.behaviour.idle_timeout_ms, 45000);  // not back to 90 s
    EXPECT_EQ(load.config.theme.ink, (Color{0, 0, 0x80}));
    EXPECT_EQ(load.config.theme.accent, Config{}.theme.accent);  // at the start: its default
    ASSERT_GE(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].line, 2);
    EXPECT_NE(load.problems[0].message.find("a colour needs quotes: accent = \"#1f4e8c\""), std::string::npos)
        << load.problems[0].message;
    EXPECT_NE(load.problems[0].message.find("every other setting is read"), std::string::npos);
    EXPECT_EQ(load.unread, (std::vector<std::string>{"theme.accent", "timeline.name"}));
    // A word without quotes is said too.
    bool words = false;
    for (const auto& d : load.problems)
        words = words || (d.line == 7 && d.message.find("words need quotes: name = \"Timeline\"") != std::string::npos);
    EXPECT_TRUE(words);
}

TEST(Config, GivenALineLeftOutOnAReloadThenItsSettingKeepsTheLastGoodValue) {
    Config last_good;
    last_good.theme.accent = Color{0x11, 0x22, 0x33};
    last_good.behaviour.idle_timeout_ms = 30000;
    ConfigLoad load =
        parse_config("[theme]\naccent = #1f4e8c\n[behaviour]\nidle_timeout_ms = \"soon\"\n", "k.toml", "/");
    EXPECT_EQ(load.line_errors, 2);
    keep_last_good(load, last_good);
    EXPECT_EQ(load.config.theme.accent, (Color{0x11, 0x22, 0x33}));
    EXPECT_EQ(load.config.behaviour.idle_timeout_ms, 30000);
    EXPECT_EQ(load.config.theme.ink, Config{}.theme.ink);  // not set by the file: the default
}

TEST(Config, GivenAMisspelledKeyWhenParsedThenAWarningSuggestsTheRightOne) {
    const ConfigLoad load = parse_config("[behaviour]\nidle_timout_ms = 5000\n", "typo.toml", "/");
    EXPECT_TRUE(load.ok());  // a warning: the kiosk still runs
    const Diagnostic* d = first_problem(load);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->line, 2);
    EXPECT_EQ(d->column, 1);
    EXPECT_EQ(d->severity, Diagnostic::Severity::warning);
    EXPECT_NE(d->message.find("did you mean \"idle_timeout_ms\""), std::string::npos) << d->message;
    EXPECT_EQ(load.config.behaviour.idle_timeout_ms, 90000);
}

TEST(Config, GivenAMisspelledSectionWhenParsedThenAWarningSuggestsIt) {
    const ConfigLoad load = parse_config("[dispaly]\nfullscreen = false\n", "typo.toml", "/");
    ASSERT_NE(first_problem(load), nullptr);
    EXPECT_NE(first_problem(load)->message.find("did you mean \"display\""), std::string::npos);
    EXPECT_TRUE(load.config.display.fullscreen);
}

TEST(Config, GivenAWrongTypeWhenParsedThenTheErrorSaysWhatWasExpectedAndTheDefaultStays) {
    const ConfigLoad load = parse_config("[display]\n\nwidth_px = \"wide\"\n", "type.toml", "/");
    EXPECT_FALSE(load.ok());
    const Diagnostic* d = first_problem(load);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->line, 3);
    EXPECT_NE(d->message.find("display.width_px: expected a whole number"), std::string::npos) << d->message;
    EXPECT_EQ(load.config.display.width_px, 1920);
}

TEST(Config, GivenOutOfRangeValuesWhenParsedThenEachIsReported) {
    const ConfigLoad load = parse_config("[display]\nrotation_deg = 45\n[theme]\nink = \"black\"\n", "range.toml", "/");
    ASSERT_EQ(load.problems.size(), 2u);
    EXPECT_EQ(load.problems[0].line, 2);
    EXPECT_NE(load.problems[0].message.find("0, 90, 180 or 270"), std::string::npos);
    EXPECT_EQ(load.problems[1].line, 4);
    EXPECT_NE(load.problems[1].message.find("#rrggbb"), std::string::npos);
}

TEST(Config, GivenAValidEditWhenParsedThenTheValuesAreUsed) {
    const ConfigLoad load =
        parse_config("[theme]\nink = \"#102030\"\n[typography]\nbody_size_pt = 30\n", "ok.toml", "/");
    EXPECT_TRUE(load.ok());
    EXPECT_EQ(load.config.theme.ink, (Color{0x10, 0x20, 0x30, 255}));
    EXPECT_FLOAT_EQ(load.config.typography.body_size_pt, 30.0f);
}

TEST(Config, GivenAMissingFileWhenLoadedThenDefaultsAndAnErrorNamingIt) {
    const ConfigLoad load = load_config("/nonexistent/config/kiosk.toml");
    EXPECT_FALSE(load.ok());
    EXPECT_EQ(load.problems.front().file, "/nonexistent/config/kiosk.toml");
    EXPECT_EQ(load.config.data_dir, "/nonexistent");
}

}  // namespace
}  // namespace kiosk
