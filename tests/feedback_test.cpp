// Immediate feedback under the finger: what is pressed shows at once, and a finger that
// moves away (a drag) or lifts leaves nothing pressed.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

TEST(Feedback, GivenAFingerOnAButtonThenItShowsPressedAtOnceAndNotAfterTheFingerMovesOrLifts) {
    const std::string dir = test::temp_dir("feedback");
    auto r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --scene home --dump-layout " + dir +
                       "/home.json");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    json home;
    std::ifstream(dir + "/home.json") >> home;
    const auto [x, y] = test::target_centre(home, "larger");
    ASSERT_GT(x, 0);
    const std::string p = std::to_string(x) + " " + std::to_string(y);
    std::ofstream(dir + "/s.replay") << "0 down 1 " + p + "\n20 state " + dir +
                                            "/down.json\n"
                                            "300 up 1 " +
                                            p + "\n320 state " + dir +
                                            "/up.json\n"
                                            "1000 down 1 " +
                                            p + "\n1016 move 1 " + std::to_string(x) + " " + std::to_string(y - 0.1) +
                                            "\n1030 state " + dir + "/dragged.json\n1100 up 1 " + std::to_string(x) +
                                            " " + std::to_string(y - 0.1) + "\n";
    r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --scene home --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    json down, up, dragged;
    std::ifstream(dir + "/down.json") >> down;
    std::ifstream(dir + "/up.json") >> up;
    std::ifstream(dir + "/dragged.json") >> dragged;
    EXPECT_EQ(down["pressed"], "larger");
    EXPECT_TRUE(up["pressed"].is_null());
    EXPECT_GT(double(up["text_scale"]), 1.0);   // the tap did its work
    EXPECT_TRUE(dragged["pressed"].is_null());  // a finger that slid off pressed nothing
    EXPECT_DOUBLE_EQ(double(dragged["text_scale"]), double(up["text_scale"]));
}

}  // namespace
}  // namespace kiosk
