#include "core/log.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace kiosk {
namespace {

TEST(Log, GivenALogFilePastItsSizeCapThenItRotatesAndKeepsThreeOldFiles) {
    const std::string dir = test::temp_dir("log");
    const std::string path = dir + "/sub/kiosk.log";
    ASSERT_TRUE(log::set_file(path, 400, 3));
    // A hundred different lines (repeats of one kind would be left out, see below).
    auto word = [](int i) { return std::string{char('a' + i % 26), char('a' + i / 26)}; };
    for (int i = 0; i < 100; ++i) log::info("line " + word(i) + " of a long enough log message");
    namespace fs = std::filesystem;
    EXPECT_TRUE(fs::exists(path));
    EXPECT_TRUE(fs::exists(path + ".1"));
    EXPECT_TRUE(fs::exists(path + ".3"));
    EXPECT_FALSE(fs::exists(path + ".4"));
    EXPECT_LT(fs::file_size(path), 400u + 200u);
    // The newest line is in the current file, with its time and level.
    const std::string current = test::read_file(path);
    EXPECT_NE(current.find("info: line vd of a long enough log message"), std::string::npos) << current;
    EXPECT_NE(current.find("Z info:"), std::string::npos);
    log::set_file(dir + "/other.log", 1 << 20);  // leave the process logging somewhere harmless
}

TEST(Log, GivenAHugeMessageThenItsLineIsCutAtTheLimit) {
    const std::string dir = test::temp_dir("log-cap");
    ASSERT_TRUE(log::set_file(dir + "/kiosk.log", 1 << 20));
    log::warn("display.width_px: expected a number, found \"" + std::string(10 << 20, 'x') + "\"");
    const std::string text = test::read_file(dir + "/kiosk.log");
    EXPECT_LT(text.size(), 1000u);
    EXPECT_NE(text.find("more bytes left out)"), std::string::npos);
    log::set_file(dir + "/other.log", 1 << 20);
}

TEST(Log, GivenTwoHundredLinesOfOneKindThenAFewAreWrittenAndTheRestCounted) {
    const std::string dir = test::temp_dir("log-flood");
    ASSERT_TRUE(log::set_file(dir + "/kiosk.log", 1 << 20));
    for (int i = 0; i < 200; ++i) log::info("content reloaded (version " + std::to_string(i + 2) + ")");
    log::info("a different line");
    const std::string text = test::read_file(dir + "/kiosk.log");
    int lines = 0;
    for (char c : text) lines += c == '\n';
    EXPECT_LE(lines, 6) << text;
    EXPECT_NE(text.find("content reloaded (version 2)"), std::string::npos);
    EXPECT_EQ(text.find("content reloaded (version 100)"), std::string::npos);
    EXPECT_NE(text.find("a different line"), std::string::npos);
    log::set_file(dir + "/other.log", 1 << 20);
}

TEST(Log, GivenLevelNamesThenTheyAreUnderstood) {
    log::Level l = log::Level::info;
    EXPECT_TRUE(log::level_from_name("warning", l));
    EXPECT_EQ(l, log::Level::warning);
    EXPECT_FALSE(log::level_from_name("loud", l));
}

}  // namespace
}  // namespace kiosk
