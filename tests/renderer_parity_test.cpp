// The same picture either way: screens drawn through SDL's GL renderer (Mesa's GL on
// the offscreen video driver's EGL, as a kiosk with a GPU draws them) and through the
// software renderer the previews and goldens use agree within a tolerance.
#include <SDL.h>
#include <SDL_image.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "app_support.h"
#include "core/limits.h"
#include "platform/sdl_handles.h"
#include "render/sdl_renderer.h"
#include "test_support.h"

namespace kiosk {
namespace {

constexpr int parity_w = 1280, parity_h = 720;

// Draws `scene` with `renderer` and writes it to `png`; false (with a message) when it
// could not.
bool draw_scene(const std::string& scene, std::unique_ptr<SdlRenderer> renderer, const std::string& png) {
    return test::started_app(scene, std::move(renderer)).render_to_png(png);
}

struct Difference {
    double mean = 0;          // mean absolute difference per channel, 0..255
    double far_fraction = 0;  // pixels with a channel more than 64 apart
};

// `diff_path`: where to write a picture of the pixels that differ far (red on grey), to
// look at when the comparison fails.
Difference compare_pngs(const std::string& a_path, const std::string& b_path, const std::string& diff_path = {}) {
    SdlSurfacePtr a(IMG_Load(a_path.c_str())), b(IMG_Load(b_path.c_str()));
    EXPECT_TRUE(a && b) << a_path << " / " << b_path;
    if (!a || !b) return {255, 1};
    SdlSurfacePtr ca(SDL_ConvertSurfaceFormat(a.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    SdlSurfacePtr cb(SDL_ConvertSurfaceFormat(b.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    EXPECT_EQ(ca->w, cb->w);
    EXPECT_EQ(ca->h, cb->h);
    if (ca->w != cb->w || ca->h != cb->h) return {255, 1};
    double sum = 0;
    long far = 0;
    for (int y = 0; y < ca->h; ++y) {
        auto* ra = reinterpret_cast<Uint32*>(static_cast<Uint8*>(ca->pixels) + y * ca->pitch);
        const auto* rb = reinterpret_cast<const Uint32*>(static_cast<const Uint8*>(cb->pixels) + y * cb->pitch);
        for (int x = 0; x < ca->w; ++x) {
            int worst = 0;
            for (int shift : {0, 8, 16}) {
                const int d =
                    std::abs(static_cast<int>((ra[x] >> shift) & 0xFF) - static_cast<int>((rb[x] >> shift) & 0xFF));
                sum += d;
                worst = std::max(worst, d);
            }
            if (worst > 64) ++far;
            if (!diff_path.empty())
                ra[x] = worst > 64 ? 0xFFFF0000u : (0xFF000000u | ((ra[x] & 0xFF) / 2 + 100) * 0x010101u);
        }
    }
    if (!diff_path.empty()) IMG_SavePNG(ca.get(), diff_path.c_str());
    const double pixels = static_cast<double>(ca->w) * ca->h;
    return {sum / (pixels * 3), static_cast<double>(far) / pixels};
}

class RendererParity : public ::testing::TestWithParam<std::string> {
protected:
    static void SetUpTestSuite() {
        setenv("SDL_VIDEODRIVER", "offscreen", 1);
        video_ = new SdlSubsystems(SDL_INIT_VIDEO);
    }
    static void TearDownTestSuite() {
        delete video_;
        video_ = nullptr;
    }
    // The GL renderer on a hidden window, or nothing where this machine has no GL.
    static std::unique_ptr<SdlRenderer> gl_renderer(int rotation_deg = 0) {
        if (!video_->ok()) return nullptr;
        WindowSpec spec;
        spec.width_px = parity_w;
        spec.height_px = parity_h;
        spec.rotation_deg = rotation_deg;
        spec.fullscreen = false;
        spec.hide_cursor = false;
        spec.renderer = "gl";
        spec.vsync = false;
        auto r = SdlRenderer::create_window(spec);
        if (!r) return nullptr;
        return std::move(r).value();
    }
    static SdlSubsystems* video_;
};
SdlSubsystems* RendererParity::video_ = nullptr;

TEST_P(RendererParity, GivenTheSameScreenThenGlAndSoftwareDrawItAlike) {
    auto gl = gl_renderer();
    if (!gl) GTEST_SKIP() << "no GL renderer here: " << SDL_GetError();
    ASSERT_NE(gl->driver_name(), "software");
    const std::string dir = test::temp_dir("renderer-parity");
    const std::string scene = GetParam();
    const std::string name = scene.substr(0, scene.find(':'));
    ASSERT_TRUE(draw_scene(scene, std::move(gl), dir + "/" + name + "-gl.png"));
    auto soft = SdlRenderer::create_headless(parity_w, parity_h);
    ASSERT_TRUE(soft) << soft.error().to_string();
    ASSERT_TRUE(draw_scene(scene, std::move(soft).value(), dir + "/" + name + "-software.png"));
    const Difference d = compare_pngs(dir + "/" + name + "-gl.png", dir + "/" + name + "-software.png",
                                      std::string("/tmp/kiosk-parity-") + name + "-diff.png");
    // Glyphs sit on whole pixels from the same atlas and rectangles are filled alike;
    // what may differ is the rounding of blending and the edges of rounded corners.
    std::cout << scene << ": GL against software, mean difference " << d.mean << " of 255, " << d.far_fraction * 100
              << "% of pixels far apart\n";
    EXPECT_LT(d.mean, 1.0) << scene;
    EXPECT_LT(d.far_fraction, 0.002) << scene;
    if (HasFailure())  // kept beside the difference picture, to look at
        for (const char* which : {"-gl.png", "-software.png"})
            std::filesystem::copy_file(dir + "/" + name + which, "/tmp/kiosk-parity-" + name + which,
                                       std::filesystem::copy_options::overwrite_existing);
}

INSTANTIATE_TEST_SUITE_P(Screens, RendererParity,
                         ::testing::Values("attract", "home", "telegram", "timeline", "event:telegram-1921"),
                         [](const auto& info) {
                             std::string n = info.param.substr(0, info.param.find(':'));
                             return n;
                         });

// A screen turned a quarter or half way: GL turns each vertex as it queues it (no
// canvas, no second frame); the software preview turns a whole canvas. The same picture.
TEST_F(RendererParity, GivenATurnedScreenThenGlTurnsItsVerticesAndDrawsWhatTheTurnedCanvasShows) {
    for (const int rotation : {90, 180, 270}) {
        for (const std::string scene : {"telegram", "timeline"}) {
            auto gl = gl_renderer(rotation);
            if (!gl) GTEST_SKIP() << "no GL renderer here: " << SDL_GetError();
            EXPECT_FALSE(gl->turns_a_canvas());
            const std::string dir = test::temp_dir("renderer-parity-turned");
            const std::string name = scene + "-" + std::to_string(rotation);
            ASSERT_TRUE(draw_scene(scene, std::move(gl), dir + "/" + name + "-gl.png"));
            auto soft = SdlRenderer::create_headless(parity_w, parity_h, rotation);
            ASSERT_TRUE(soft) << soft.error().to_string();
            EXPECT_TRUE(soft.value()->turns_a_canvas());
            ASSERT_TRUE(draw_scene(scene, std::move(soft).value(), dir + "/" + name + "-software.png"));
            const Difference d = compare_pngs(dir + "/" + name + "-gl.png", dir + "/" + name + "-software.png",
                                              std::string("/tmp/kiosk-parity-") + name + "-diff.png");
            std::cout << name << ": GL turning vertices against the software canvas, mean difference " << d.mean
                      << " of 255, " << d.far_fraction * 100 << "% of pixels far apart\n";
            EXPECT_LT(d.mean, 1.0) << name;
            EXPECT_LT(d.far_fraction, 0.002) << name;
        }
    }
}

TEST_F(RendererParity, GivenTwoDifferentScreensThenTheComparisonTellsThemApart) {
    // The measure above can fail: the reader and Home differ far beyond its tolerance.
    const std::string dir = test::temp_dir("renderer-parity-differ");
    auto a = SdlRenderer::create_headless(parity_w, parity_h);
    auto b = SdlRenderer::create_headless(parity_w, parity_h);
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(draw_scene("telegram", std::move(a).value(), dir + "/telegram.png"));
    ASSERT_TRUE(draw_scene("home", std::move(b).value(), dir + "/home.png"));
    const Difference d = compare_pngs(dir + "/telegram.png", dir + "/home.png");
    EXPECT_GT(d.far_fraction, 0.002);
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// A preview drawn band by band (so that a 4K screenshot never holds its frame) is the
// same picture, to the pixel, as one drawn whole, at a size whose bands cut through
// lines of text, pictures and rounded buttons.
class BandedPreview : public ::testing::TestWithParam<std::string> {};

TEST_P(BandedPreview, GivenAScreenThenItsBandsMakeTheSamePictureAsTheWholeFrame) {
    const std::string dir = test::temp_dir("banded-preview");
    const std::string scene = GetParam();
    const std::string name = scene.substr(0, scene.find(':'));
    constexpr int w = 1366, h = 1011;  // bands of 191 rows: the last one short
    auto whole = SdlRenderer::create_headless(w, h, 0, true);
    auto banded = SdlRenderer::create_headless(w, h);
    ASSERT_TRUE(whole && banded);
    ASSERT_TRUE(draw_scene(scene, std::move(whole).value(), dir + "/whole.png"));
    ASSERT_TRUE(draw_scene(scene, std::move(banded).value(), dir + "/banded.png"));
    SdlSurfacePtr a(IMG_Load((dir + "/whole.png").c_str())), b(IMG_Load((dir + "/banded.png").c_str()));
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->w, w);
    ASSERT_EQ(a->h, h);
    ASSERT_EQ(b->w, w);
    ASSERT_EQ(b->h, h);
    ASSERT_EQ(a->format->format, b->format->format);
    long differing_rows = 0;
    for (int y = 0; y < h; ++y)
        if (std::memcmp(static_cast<const Uint8*>(a->pixels) + y * a->pitch,
                        static_cast<const Uint8*>(b->pixels) + y * b->pitch,
                        static_cast<std::size_t>(w) * a->format->BytesPerPixel) != 0) {
            ++differing_rows;
            int x0 = -1, x1 = -1;
            for (int x = 0; x < w * a->format->BytesPerPixel; ++x)
                if (static_cast<const Uint8*>(a->pixels)[y * a->pitch + x] !=
                    static_cast<const Uint8*>(b->pixels)[y * b->pitch + x]) {
                    if (x0 < 0) x0 = x;
                    x1 = x;
                }
            std::cout << name << " row " << y << " differs at x " << x0 / a->format->BytesPerPixel << ".."
                      << x1 / a->format->BytesPerPixel << "\n";
        }
    EXPECT_EQ(differing_rows, 0) << name;
}

INSTANTIATE_TEST_SUITE_P(Screens, BandedPreview,
                         ::testing::Values("attract", "home", "telegram", "timeline", "event:telegram-1921"),
                         [](const auto& info) { return info.param.substr(0, info.param.find(':')); });

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// Pictures are kept scaled to the sizes they are drawn at; months of visitors choosing
// text sizes must not pile up sizes without end.
TEST(PictureCache, GivenAPictureDrawnAtManySizesThenThePicturesKeptStayWithinTheirLimit) {
    auto r = SdlRenderer::create_headless(1200, 900, 0, true);
    ASSERT_TRUE(r);
    SdlRenderer& renderer = *r.value();
    SceneGeometry g;
    g.width_px = 1200;
    g.height_px = 900;
    g.viewport = {0, 0, 1200, 900};
    std::size_t most = 0;
    for (int i = 0; i < 40; ++i) {
        g.images = {{test::source_path("assets/images/map-alaska-1867.png"),
                     {0, 0, 800.0f + static_cast<float>(i), 600},
                     Layer::fixed}};
        renderer.draw(g, 0, nullptr, {});
        most = std::max(most, renderer.picture_bytes());
    }
    EXPECT_GT(most, 0u);  // the picture was drawn and kept
    EXPECT_LE(most, limits::picture_cache_bytes);
    // The last size is on screen: its pixels are the picture's, not the paper's.
    EXPECT_NE(renderer.output_pixel(400, 300) & 0xFFFFFF, 0u);
}

}  // namespace
}  // namespace kiosk
