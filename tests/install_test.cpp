// cmake --install puts a kiosk under a prefix that finds its own fonts, assets and
// config, and a systemd unit with that prefix's paths.
#include <gtest/gtest.h>

#include "test_support.h"

namespace kiosk {
namespace {

TEST(Install, GivenAPrefixThenTheInstalledKioskChecksCleanFromAnywhereAndTheUnitPointsAtIt) {
    const std::string prefix = test::temp_dir("install");
    auto r = test::run("cmake --install '" + std::string(KIOSK_BUILD_DIR) + "' --prefix '" + prefix + "'");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    r = test::run("cd / && '" + prefix + "/bin/kiosk' --check");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find(prefix + "/share/kiosk/config/kiosk.toml"), std::string::npos) << r.output;
    const std::string unit = test::read_file(prefix + "/lib/systemd/system/kiosk.service");
    // The unit carries the prefix given when the build was configured (CMAKE_INSTALL_PREFIX).
    EXPECT_NE(unit.find("/bin/kiosk --config "), std::string::npos) << unit;
    EXPECT_NE(unit.find("/share/kiosk/config/kiosk.toml"), std::string::npos) << unit;
    EXPECT_NE(unit.find("Type=notify"), std::string::npos);
    EXPECT_NE(unit.find("WatchdogSec="), std::string::npos);
    EXPECT_NE(unit.find("Restart=always"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
