// The attract loop read from three metres (issue 23): its main line's capitals are at
// least 20 mm tall on the configured screen (measured with the face's own cap height),
// at the screens where the height allows it, in both languages.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

TEST(AttractDistance, GivenTheAttractLoopThenItsMainLinesCapitalsAreTwentyMillimetresTall) {
    for (const std::string size : {"1920x1080", "1080x1920", "3840x2160"})
        for (const std::string lang : {"en", "ru"}) {
            const std::string dir = test::temp_dir("attract-mm");
            ASSERT_EQ(test::run(test::kiosk_binary() + " --headless --size " + size + " --lang " + lang +
                                " --scene attract --dump-layout " + dir + "/l.json")
                          .exit_code,
                      0);
            const json l = test::read_json(dir + "/l.json");
            double cap_mm = 0;
            for (const auto& line : l["lines"])
                if (line["role"] == "heading" && line["visible"].get<bool>() && line.contains("cap_px"))
                    cap_mm = std::max(cap_mm, double(line["cap_px"]) / double(l["px_per_mm"]));
            EXPECT_GE(cap_mm, 20.0) << size << " " << lang;
        }
}

}  // namespace
}  // namespace kiosk
