// PNG pictures decoded by libpng with the kiosk's own limits (issue 27): the same pixels
// SDL_image gives for every kind of PNG (palette, transparency, grey, 16 bits, one bit,
// alpha), and libpng itself refusing what is past the limits or cut short.
#include "render/png_reader.h"

#include <SDL_image.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/limits.h"
#include "core/text_file.h"
#include "render/png_writer.h"
#include "test_support.h"

namespace kiosk {
namespace {

SdlSurfacePtr as_argb(SdlSurfacePtr s) {
    if (!s) return nullptr;
    return SdlSurfacePtr(SDL_ConvertSurfaceFormat(s.get(), SDL_PIXELFORMAT_ARGB8888, 0));
}

std::uint32_t argb_at(const SDL_Surface& s, int x, int y) {
    return static_cast<const std::uint32_t*>(s.pixels)[static_cast<std::size_t>(y) * (s.pitch / 4) + x];
}

std::vector<std::string> every_png() {
    std::vector<std::string> paths;
    for (const char* dir : {"fuzz/corpus/image", "assets/images"})
        for (const auto& e : std::filesystem::directory_iterator(test::source_path(dir)))
            if (e.path().extension() == ".png") paths.push_back(e.path().string());
    return paths;
}

TEST(PngReader, GivenEveryKindOfPngThenThePixelsAreThoseSdlImageGives) {
    const auto paths = every_png();
    ASSERT_GE(paths.size(), 10u);
    for (const std::string& path : paths) {
        SCOPED_TRACE(path);
        const auto bytes = read_text_file(path, 32u << 20, "the picture");
        ASSERT_TRUE(bytes);
        std::string why;
        const SdlSurfacePtr ours = as_argb(read_png(bytes.value(), why));
        const SdlSurfacePtr theirs = as_argb(SdlSurfacePtr(IMG_Load(path.c_str())));
        ASSERT_TRUE(ours) << why;
        ASSERT_TRUE(theirs) << IMG_GetError();
        ASSERT_EQ(ours->w, theirs->w);
        ASSERT_EQ(ours->h, theirs->h);
        long differing = 0;
        for (int y = 0; y < ours->h; ++y)
            for (int x = 0; x < ours->w; ++x) {
                const std::uint32_t a = argb_at(*ours, x, y), b = argb_at(*theirs, x, y);
                // A wholly transparent pixel's colour is nobody's to see.
                if (a != b && !((a >> 24) == 0 && (b >> 24) == 0)) ++differing;
            }
        EXPECT_EQ(differing, 0);
    }
}

TEST(PngReader, GivenAPictureWiderThanTheLimitThenLibpngItselfRefusesIt) {
    const std::string dir = test::temp_dir("png-wide");
    const int w = limits::image_side_px + 8;
    const std::vector<std::uint32_t> row(static_cast<std::size_t>(w), 0xff808080u);
    ASSERT_TRUE(write_png_rgb(dir + "/wide.png", row.data(), w, 1, w * 4));
    const auto bytes = read_text_file(dir + "/wide.png", 32u << 20, "the picture");
    ASSERT_TRUE(bytes);
    std::string why;
    EXPECT_FALSE(read_png(bytes.value(), why));
    EXPECT_NE(why.find("limit"), std::string::npos) << "[" << why << "]";
    // One pixel narrower than the limit is a picture.
    const std::vector<std::uint32_t> ok_row(static_cast<std::size_t>(limits::image_side_px), 0xff808080u);
    ASSERT_TRUE(write_png_rgb(dir + "/ok.png", ok_row.data(), limits::image_side_px, 1, limits::image_side_px * 4));
    EXPECT_TRUE(read_png(read_text_file(dir + "/ok.png", 32u << 20, "the picture").value(), why)) << why;
}

TEST(PngReader, GivenAPngCutShortOrNotAPngThenItIsRefusedWithAReason) {
    const auto bytes = read_text_file(test::source_path("assets/images/map-ara-1921.png"), 32u << 20, "the picture");
    ASSERT_TRUE(bytes);
    for (const std::size_t keep :
         {std::size_t{0}, std::size_t{7}, std::size_t{40}, bytes.value().size() / 2, bytes.value().size() - 13}) {
        std::string why;
        EXPECT_FALSE(read_png(std::string_view(bytes.value()).substr(0, keep), why)) << keep;
        EXPECT_FALSE(why.empty()) << keep;
    }
}

}  // namespace
}  // namespace kiosk
