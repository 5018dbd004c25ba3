#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/log.h"
#include "test_support.h"

namespace kiosk {
namespace {

TEST(Log, GivenALogFilePastItsSizeCapThenItRotatesAndKeepsThreeOldFiles) {
    const std::string dir = test::temp_dir("log");
    const std::string path = dir + "/sub/kiosk.log";
    ASSERT_TRUE(log::set_file(path, 400, 3));
    for (int i = 0; i < 100; ++i) log::info("line " + std::to_string(i) + " of a long enough log message");
    namespace fs = std::filesystem;
    EXPECT_TRUE(fs::exists(path));
    EXPECT_TRUE(fs::exists(path + ".1"));
    EXPECT_TRUE(fs::exists(path + ".3"));
    EXPECT_FALSE(fs::exists(path + ".4"));
    EXPECT_LT(fs::file_size(path), 400u + 200u);
    // The newest line is in the current file, with its time and level.
    const std::string current = test::read_file(path);
    EXPECT_NE(current.find("info: line 99 of a long enough log message"), std::string::npos) << current;
    EXPECT_NE(current.find("Z info:"), std::string::npos);
    log::set_file(dir + "/other.log", 1 << 20);  // leave the process logging somewhere harmless
}

TEST(Log, GivenLevelNamesThenTheyAreUnderstood) {
    log::Level l = log::Level::info;
    EXPECT_TRUE(log::level_from_name("warning", l));
    EXPECT_EQ(l, log::Level::warning);
    EXPECT_FALSE(log::level_from_name("loud", l));
}

}  // namespace
}  // namespace kiosk
