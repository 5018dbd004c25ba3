// Pictures decoded off the frame loop (issue 27): a frame asks, gets "pending" at once
// while a thread decodes, and the picture once it is ready; a decode that outlasts its
// budget is given up without waiting for it, and the next picture still loads.
#include "render/picture_loader.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "test_support.h"

namespace kiosk {
namespace {

// A decoder the test lets go of: each decode waits until released (or the gate opens
// for good), and counts itself.
class GatedDecoder {
public:
    SdlSurfacePtr decode(const std::string& path, int w, int h, std::string& why) {
        ++calls;
        std::unique_lock lock(mutex_);
        opened_.wait(lock, [&] { return open_; });
        if (path == "broken.png") {
            why = "not a picture";
            return nullptr;
        }
        return SdlSurfacePtr(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    }
    void open() {
        {
            std::lock_guard lock(mutex_);
            open_ = true;
        }
        opened_.notify_all();
    }
    std::atomic<int> calls{0};

private:
    std::mutex mutex_;
    std::condition_variable opened_;
    bool open_ = false;
};

// Asks until the loader says the running decode is over (the thread is told, not timed:
// the generous limit only stops a broken loader from hanging the suite).
bool wait_for_arrival(PictureLoader& loader) {
    for (int i = 0; i < 20000; ++i) {
        if (loader.arrived()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

// The decoder's threads count themselves when they start: wait until `n` have.
bool wait_for_calls(const GatedDecoder& d, int n) {
    for (int i = 0; i < 20000 && d.calls < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return d.calls == n;
}

struct LoaderFixture {
    std::shared_ptr<GatedDecoder> decoder = std::make_shared<GatedDecoder>();
    double now_ms = 0;
    PictureLoader loader{
        [d = decoder](const std::string& p, int w, int h, std::string& why) { return d->decode(p, w, h, why); }, 1000,
        [this] { return now_ms; }};
    // The gate opens at the end so that no thread waits past the test.
    ~LoaderFixture() { decoder->open(); }
};

TEST(PictureLoader, GivenAPictureBeingDecodedThenTheFrameGetsPendingAtOnceAndThePictureWhenReady) {
    LoaderFixture f;
    EXPECT_EQ(f.loader.take("map.png", 40, 30).state, PictureLoader::State::pending);
    EXPECT_TRUE(f.loader.busy());
    EXPECT_EQ(f.loader.take("map.png", 40, 30).state, PictureLoader::State::pending) << "asked again, still decoding";
    EXPECT_EQ(f.loader.take("other.png", 10, 10).state, PictureLoader::State::pending) << "waits its turn";
    EXPECT_FALSE(f.loader.arrived());
    f.decoder->open();
    ASSERT_TRUE(wait_for_arrival(f.loader));
    EXPECT_FALSE(f.loader.arrived()) << "told once";
    PictureLoader::Outcome out = f.loader.take("map.png", 40, 30);
    ASSERT_EQ(out.state, PictureLoader::State::ready);
    ASSERT_TRUE(out.surface);
    EXPECT_EQ(out.surface->w, 40);
    EXPECT_EQ(out.surface->h, 30);
    EXPECT_EQ(f.decoder->calls, 1) << "one decode for the three asks";
}

TEST(PictureLoader, GivenADecodeThatFailsThenItsReasonComesBackOnce) {
    LoaderFixture f;
    f.decoder->open();
    EXPECT_EQ(f.loader.take("broken.png", 40, 30).state, PictureLoader::State::pending);
    ASSERT_TRUE(wait_for_arrival(f.loader));
    const PictureLoader::Outcome out = f.loader.take("broken.png", 40, 30);
    EXPECT_EQ(out.state, PictureLoader::State::failed);
    EXPECT_EQ(out.why, "not a picture");
}

TEST(PictureLoader, GivenADecodeThatNeverEndsThenItIsGivenUpAfterItsBudgetAndTheNextPictureLoads) {
    LoaderFixture f;
    EXPECT_EQ(f.loader.take("bomb.jpg", 40, 30).state, PictureLoader::State::pending);
    f.now_ms = 999;
    EXPECT_FALSE(f.loader.arrived());
    EXPECT_EQ(f.loader.take("bomb.jpg", 40, 30).state, PictureLoader::State::pending) << "within its budget";
    f.now_ms = 1001;
    EXPECT_TRUE(f.loader.arrived()) << "the frame is told to look";
    const PictureLoader::Outcome out = f.loader.take("bomb.jpg", 40, 30);
    EXPECT_EQ(out.state, PictureLoader::State::failed);
    EXPECT_NE(out.why.find("given up"), std::string::npos) << out.why;
    EXPECT_EQ(f.loader.abandoned(), 1);
    // The next picture starts on a thread of its own while the stuck one still waits.
    EXPECT_EQ(f.loader.take("map.png", 40, 30).state, PictureLoader::State::pending);
    EXPECT_TRUE(wait_for_calls(*f.decoder, 2)) << f.decoder->calls;
}

TEST(PictureLoader, GivenDecodesThatKeepHangingThenThreadsDoNotPileUpAndPicturesFailAtOnce) {
    LoaderFixture f;
    for (int i = 0; i < PictureLoader::max_abandoned; ++i) {
        const std::string path = "bomb" + std::to_string(i) + ".jpg";
        EXPECT_EQ(f.loader.take(path, 40, 30).state, PictureLoader::State::pending);
        f.now_ms += 2000;
        EXPECT_EQ(f.loader.take(path, 40, 30).state, PictureLoader::State::failed);
    }
    const PictureLoader::Outcome out = f.loader.take("map.png", 40, 30);
    EXPECT_EQ(out.state, PictureLoader::State::failed);
    EXPECT_NE(out.why.find("not decoded any more"), std::string::npos) << out.why;
    EXPECT_TRUE(wait_for_calls(*f.decoder, PictureLoader::max_abandoned)) << f.decoder->calls;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // a thread for the last would have counted by now
    EXPECT_EQ(f.decoder->calls, PictureLoader::max_abandoned) << "no thread started for the last";
}

TEST(PictureLoader, GivenTheContentChangedWhileDecodingThenTheOldPictureIsNotHandedOver) {
    LoaderFixture f;
    EXPECT_EQ(f.loader.take("map.png", 40, 30).state, PictureLoader::State::pending);
    f.loader.forget();
    f.decoder->open();
    ASSERT_TRUE(wait_for_arrival(f.loader));
    EXPECT_EQ(f.loader.take("map.png", 40, 30).state, PictureLoader::State::pending)
        << "decoded again, from the new file";
    EXPECT_TRUE(wait_for_calls(*f.decoder, 2)) << f.decoder->calls;
}

TEST(PictureLoader, GivenPicturesTheFrameStoppedAskingForThenOnlyTheLastDecodedOneIsKept) {
    LoaderFixture f;
    f.decoder->open();
    for (const char* path : {"a.png", "b.png", "c.png"}) {
        EXPECT_EQ(f.loader.take(path, 40, 30).state, PictureLoader::State::pending) << path;
        ASSERT_TRUE(wait_for_arrival(f.loader)) << path;
        // The next ask is for another picture: this one finishes into the waiting place.
    }
    EXPECT_EQ(f.loader.take("d.png", 40, 30).state, PictureLoader::State::pending);
    EXPECT_EQ(f.loader.take("a.png", 40, 30).state, PictureLoader::State::pending) << "a.png went: decoded again";
}

TEST(PictureLoader, GivenARealPictureThenItIsDecodedAtTheSizeItIsDrawnAndALyingOneIsRefused) {
    std::string why;
    const SdlSurfacePtr map = decode_scaled_picture(test::source_path("assets/images/map-ara-1921.png"), 321, 123, why);
    ASSERT_TRUE(map) << why;
    EXPECT_EQ(map->w, 321);
    EXPECT_EQ(map->h, 123);
    EXPECT_FALSE(decode_scaled_picture(test::source_path("fuzz/corpus/image/map-two-frames.gif"), 100, 100, why));
    EXPECT_FALSE(why.empty());
    why.clear();
    EXPECT_FALSE(decode_scaled_picture("/dev/zero", 100, 100, why));
    EXPECT_NE(why.find("/dev"), std::string::npos) << why;
}

}  // namespace
}  // namespace kiosk
