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
    // "Many kiosks", step 1 of docs/curators.md, as written: `kiosk --check` in a copy of
    // the content repository, which holds config/ and assets/ only; and from a folder in it.
    const std::string content = test::temp_dir("content-only");
    test::run("cp -r '" + test::source_path("config") + "' '" + test::source_path("assets") + "' '" + content + "/'");
    for (const std::string where : {content, content + "/assets/images"}) {
        r = test::run("cd '" + where + "' && '" + prefix + "/bin/kiosk' --check");
        EXPECT_EQ(r.exit_code, 0) << where << "\n" << r.output;
        EXPECT_NE(r.output.find("All is well"), std::string::npos) << r.output;
        EXPECT_NE(r.output.find("Checking the content in " + content + " "), std::string::npos) << r.output;
        EXPECT_EQ(r.output.find("font file"), std::string::npos) << r.output;
    }
}

TEST(Install, GivenTheUnitThenSystemdRatesItsExposureSafeAndItKeepsTheDevicesTheKioskNeeds) {
    const std::string unit = std::string(KIOSK_BUILD_DIR) + "/kiosk.service";
    const std::string text = test::read_file(unit);
    for (const char* line :
         {"NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "PrivateNetwork=yes",
          "UMask=0027", "MemoryMax=", "SystemCallFilter=@system-service", "RestrictAddressFamilies=AF_UNIX AF_NETLINK",
          "DeviceAllow=char-drm rw", "DeviceAllow=char-input r", "StateDirectory=kiosk",
          "TimeoutStopSec=", "ExecReload=/bin/kill -HUP $MAINPID"})
        EXPECT_NE(text.find(line), std::string::npos) << line;
    if (test::run("command -v systemd-analyze").exit_code != 0) GTEST_SKIP() << "systemd-analyze is not installed here";
    const auto r = test::run("systemd-analyze security --offline=true --no-pager '" + unit + "'");
    const auto at = r.output.find("Overall exposure level for kiosk.service: ");
    ASSERT_NE(at, std::string::npos) << r.output;
    const double exposure = std::stod(r.output.substr(at + 42));
    EXPECT_LE(exposure, 2.0) << r.output.substr(at);  // "SAFE" or "OK"; it was 9.2, "UNSAFE"
}

}  // namespace
}  // namespace kiosk
