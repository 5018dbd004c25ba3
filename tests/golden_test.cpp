// Golden images: screens rendered headless and compared with reviewed PNGs in
// tests/fixtures/golden, pixel by pixel with a tolerance (the same FreeType and SDL on
// every Debian 12 machine give the same pixels; the tolerance absorbs rounding). On a
// failure the difference is saved beside the test run for a look.
// To accept a deliberate change: KIOSK_UPDATE_GOLDEN=1 ctest -R Golden, then look at
// every changed PNG before committing it.
#include <SDL.h>
#include <SDL_image.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <tuple>

#include "platform/sdl_handles.h"
#include "test_support.h"

namespace kiosk {
namespace {

SdlSurfacePtr load_argb(const std::string& path) {
    SdlSurfacePtr raw(IMG_Load(path.c_str()));
    if (!raw) return nullptr;
    return SdlSurfacePtr(SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_ARGB8888, 0));
}

using Param = std::tuple<std::string, std::string, std::string>;  // name, size, kiosk arguments

class Golden : public ::testing::TestWithParam<Param> {};

TEST_P(Golden, GivenTheScreenThenItLooksLikeTheReviewedImage) {
    const auto& [name, size, args] = GetParam();
    const std::string dir = test::temp_dir("golden");
    const std::string shot = dir + "/" + name + ".png";
    const auto r =
        test::run(test::kiosk_binary() + " --headless --size " + size + " " + args + " --screenshot " + shot);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const std::string golden = test::fixture("golden/" + name + ".png");
    if (std::getenv("KIOSK_UPDATE_GOLDEN")) {
        test::run("cp '" + shot + "' '" + golden + "'");
        GTEST_SKIP() << "golden image updated: " << golden;
    }
    auto got = load_argb(shot), want = load_argb(golden);
    ASSERT_TRUE(got);
    ASSERT_TRUE(want) << "no golden image " << golden;
    ASSERT_EQ(got->w, want->w);
    ASSERT_EQ(got->h, want->h);
    long differing = 0;
    int worst = 0;
    SdlSurfacePtr diff(SDL_CreateRGBSurfaceWithFormat(0, got->w, got->h, 32, SDL_PIXELFORMAT_ARGB8888));
    for (int y = 0; y < got->h; ++y) {
        const auto* a = reinterpret_cast<const Uint32*>(static_cast<const Uint8*>(got->pixels) + y * got->pitch);
        const auto* b = reinterpret_cast<const Uint32*>(static_cast<const Uint8*>(want->pixels) + y * want->pitch);
        auto* d = reinterpret_cast<Uint32*>(static_cast<Uint8*>(diff->pixels) + y * diff->pitch);
        for (int x = 0; x < got->w; ++x) {
            int delta = 0;
            for (int shift : {0, 8, 16})
                delta = std::max(
                    delta, std::abs(static_cast<int>((a[x] >> shift) & 255) - static_cast<int>((b[x] >> shift) & 255)));
            worst = std::max(worst, delta);
            if (delta > 24) ++differing;
            d[x] = delta > 24 ? 0xFFFF0000u : (0xFF000000u | ((a[x] >> 2) & 0x3F3F3F));
        }
    }
    const double share = static_cast<double>(differing) / (static_cast<double>(got->w) * got->h);
    if (share > 0.001) {
        const std::string diff_path = std::string(KIOSK_BUILD_DIR) + "/golden-diff-" + name + ".bmp";
        SDL_SaveBMP(diff.get(), diff_path.c_str());
        ADD_FAILURE() << name << ": " << differing << " pixels (" << share * 100 << "%) differ from " << golden
                      << "; the difference is in " << diff_path << " (red) and the new image in " << shot;
    }
}

INSTANTIATE_TEST_SUITE_P(Screens, Golden,
                         ::testing::Values(Param{"reader-800x480", "800x480", "--scene telegram"},
                                           Param{"reader-1080x1920", "1080x1920", "--scene telegram"},
                                           Param{"timeline-1280x800", "1280x800", "--scene timeline"},
                                           Param{"card-1280x800", "1280x800", "--scene event:hughes-reply-1921"},
                                           Param{"home-1280x800-ru", "1280x800", "--scene home --lang ru"}),
                         [](const auto& info) {
                             std::string n = std::get<0>(info.param);
                             for (auto& c : n)
                                 if (c == '-') c = '_';
                             return n;
                         });

}  // namespace
}  // namespace kiosk
