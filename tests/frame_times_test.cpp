// Frame times: the histogram's percentiles and its count of frames over budget, and
// the figures reaching the state dump.
#include "app/frame_times.h"

#include <gtest/gtest.h>

#include <cmath>

#include "test_support.h"

namespace kiosk {
namespace {

TEST(FrameTimes, GivenFramesThenPercentilesAreTheBucketEdgesAndSlowFramesAreCountedAsDropped) {
    FrameTimes f;
    EXPECT_EQ(f.percentile(0.99), 0);
    for (int i = 0; i < 100; ++i) f.record(2.1);  // in the bucket 2.0–2.25 ms
    f.record(30);
    f.record(std::nan(""));  // a broken clock reading is not a frame
    f.record(-1);
    EXPECT_EQ(f.count(), 101);
    EXPECT_DOUBLE_EQ(f.percentile(0.5), 2.25);
    EXPECT_DOUBLE_EQ(f.percentile(0.99), 2.25);  // the 100th of 101 frames
    EXPECT_DOUBLE_EQ(f.percentile(1.0), 30.25);
    EXPECT_EQ(f.dropped(), 1);
    EXPECT_DOUBLE_EQ(f.worst_ms(), 30);
    // Past the last bucket: the worst frame's own time, not the bucket's edge.
    for (int i = 0; i < 1000; ++i) f.record(150);
    EXPECT_DOUBLE_EQ(f.percentile(0.99), 150);
    EXPECT_EQ(f.dropped(), 1001);
}

TEST(FrameTimes, GivenAHeadlessScreenshotThenTheStateCountsTheFrameItDrew) {
    const std::string dir = test::temp_dir("frames-state");
    std::ofstream(dir + "/s.replay") << "0 shot " << dir << "/a.png\n100 shot " << dir << "/b.png\n200 state " << dir
                                     << "/s.json\n";
    const auto r =
        test::run(test::kiosk_binary() + " --headless --size 800x480 --scene telegram --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const auto frames = test::read_json(dir + "/s.json")["frames"];
    ASSERT_TRUE(frames.is_object());
    EXPECT_EQ(frames["count"], 2);
    EXPECT_GT(frames["p50_ms"].get<double>(), 0);
    EXPECT_GE(frames["p99_ms"].get<double>(), frames["p50_ms"].get<double>());
}

}  // namespace
}  // namespace kiosk
