// Shaping in EB Garamond: ligatures and small capitals come from the font's own
// tables, and our glyph ids match what HarfBuzz's own hb-shape prints.
#include "text/shaper.h"

#include <gtest/gtest.h>

#include <regex>

#include "test_support.h"
#include "text/font_cache.h"
#include "text/glyph_atlas.h"

namespace kiosk {
namespace {

class ShaperTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto cache = FontCache::create();
        ASSERT_TRUE(cache);
        fonts_ = std::move(cache).value();
        auto idx = fonts_->face_index(test::source_path("fonts/EBGaramond08-Regular.otf"), 32);
        ASSERT_TRUE(idx) << idx.error().to_string();
        face_ = idx.value();
    }
    std::vector<ShapedGlyph> shape(const std::string& text, const std::vector<std::string>& features) {
        return shaper_.shape(fonts_->face(face_), text, features);
    }
    // Glyph ids as hb-shape prints them for the same font, text and features.
    std::vector<std::uint32_t> hb_shape_ids(const std::string& text, const std::string& features) {
        std::string cmd = "hb-shape --no-glyph-names --no-positions --no-clusters ";
        if (!features.empty()) cmd += "--features=" + features + " ";
        cmd += "'" + test::source_path("fonts/EBGaramond08-Regular.otf") + "' '" + text + "'";
        const auto r = test::run(cmd);
        EXPECT_EQ(r.exit_code, 0) << "hb-shape (Debian's libharfbuzz-bin) is needed: " << r.output;
        std::vector<std::uint32_t> ids;
        const std::regex number("[0-9]+");
        for (auto it = std::sregex_iterator(r.output.begin(), r.output.end(), number); it != std::sregex_iterator();
             ++it)
            ids.push_back(static_cast<std::uint32_t>(std::stoul(it->str())));
        return ids;
    }
    static std::vector<std::uint32_t> ids(const std::vector<ShapedGlyph>& glyphs) {
        std::vector<std::uint32_t> out;
        for (const auto& g : glyphs) out.push_back(g.glyph_id);
        return out;
    }
    std::unique_ptr<FontCache> fonts_;
    Shaper shaper_;
    int face_ = -1;
};

TEST_F(ShaperTest, GivenFirstWhenShapedThenFiIsOneLigatureGlyphAsHbShapeSays) {
    const auto glyphs = shape("first", {"kern", "liga"});
    // Five letters, four glyphs: "fi" is one.
    ASSERT_EQ(glyphs.size(), 4u);
    EXPECT_EQ(glyphs[0].cluster, 0u);
    EXPECT_EQ(glyphs[1].cluster, 2u);  // the glyph after the ligature starts at "r"
    EXPECT_EQ(ids(glyphs), hb_shape_ids("first", ""));
}

TEST_F(ShaperTest, GivenEffectWhenShapedThenFfIsOneLigatureGlyphAsHbShapeSays) {
    const auto glyphs = shape("effect", {"kern", "liga"});
    ASSERT_EQ(glyphs.size(), 5u);
    EXPECT_EQ(glyphs[1].cluster, 1u);
    EXPECT_EQ(glyphs[2].cluster, 3u);  // "ff" covered bytes 1 and 2
    EXPECT_EQ(ids(glyphs), hb_shape_ids("effect", ""));
}

TEST_F(ShaperTest, GivenLigaturesTurnedOffWhenShapedThenEachLetterHasItsGlyph) {
    EXPECT_EQ(shape("first", {"-liga"}).size(), 5u);
}

TEST_F(ShaperTest, GivenSmallCapsFeaturesWhenShapedThenGlyphsAreTheFontsSmallCapsAsHbShapeSays) {
    const auto plain = shape("Telegram", {});
    const auto small = shape("Telegram", {"smcp", "c2sc"});
    ASSERT_EQ(small.size(), 8u);
    // Every glyph changed: the capital T too (c2sc), and the lower case (smcp).
    for (std::size_t i = 0; i < small.size(); ++i) EXPECT_NE(small[i].glyph_id, plain[i].glyph_id) << i;
    // The two e's are the same small-cap glyph.
    EXPECT_EQ(small[1].glyph_id, small[3].glyph_id);
    EXPECT_EQ(ids(small), hb_shape_ids("Telegram", "smcp,c2sc"));
}

TEST_F(ShaperTest, GivenTextWhenShapedThenAdvancesScaleWithTheSize) {
    auto big = fonts_->face_index(test::source_path("fonts/EBGaramond08-Regular.otf"), 64);
    ASSERT_TRUE(big);
    const float w32 = shaper_.width_px(fonts_->face(face_), "Soviet Russia", {});
    const float w64 = shaper_.width_px(fonts_->face(big.value()), "Soviet Russia", {});
    EXPECT_NEAR(w64, 2 * w32, 0.5f);
}

}  // namespace
}  // namespace kiosk

#include "content/config.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

TEST(FontFallback, GivenCyrillicInTheItalicWithoutItThenTheFallbackFaceSetsItWithNoMissingGlyph) {
    ConfigLoad load = load_config(test::source_path("config/kiosk.toml"));
    Diagnostics problems;
    auto engine = TextEngine::create(load.config, problems);
    ASSERT_TRUE(engine);
    auto& text = *engine.value();
    TextStyle st;
    st.face_index = text.face(FontRole::body_italic, 24);
    const TypesetLine line = text.set_line("Источник:", st, "ru");
    ASSERT_FALSE(line.glyphs.empty());
    for (const auto& g : line.glyphs) {
        EXPECT_NE(g.glyph_id, 0u);
        EXPECT_NE(g.face_index, st.face_index);  // the 12-point italic stood in
    }
    // Latin stays in the 8-point italic.
    for (const auto& g : text.set_line("Source:", st, "en").glyphs) EXPECT_EQ(g.face_index, st.face_index);
}

TEST(FontFallback, GivenCyrillicLettersTheItalicMapsToEmptyPlaceholdersThenEveryLetterIsStillDrawnWithInk) {
    // EB Garamond 08 Italic maps "г", "д", "е", "п", "о" … to blank glyphs one em wide:
    // no .notdef, yet nothing on the page. Every letter set must have ink.
    ConfigLoad load = load_config(test::source_path("config/kiosk.toml"));
    Diagnostics problems;
    auto engine = TextEngine::create(load.config, problems);
    ASSERT_TRUE(engine);
    auto& text = *engine.value();
    const int italic = text.face(FontRole::body_italic, 24);
    EXPECT_FALSE(text.fonts().face(italic).draws("где"));
    EXPECT_TRUE(text.fonts().face(italic).draws("Where it was"));
    auto expect_ink = [&](const std::vector<GlyphPlacement>& glyphs, const std::string& what) {
        for (const auto& g : glyphs) EXPECT_GE(text.atlas().entry(g.face_index, g.glyph_id, 0).page, 0) << what;
    };
    TextStyle st;
    st.face_index = italic;
    expect_ink(text.set_line("где", st, "ru").glyphs, "где");
    expect_ink(text.set_line("побережье", st, "ru").glyphs, "побережье");
    ParagraphSpec spec;
    spec.styles.push_back(st);
    spec.runs.push_back({"Владивосток на побережье, где высадились американцы. Карта по данным", 0, {}});
    spec.measure_px = 300;
    spec.language = "ru";
    const TypesetParagraph tp = text.setter("ru").set(spec);
    for (const auto& l : tp.lines) {
        std::size_t letters = 0;
        for (unsigned char c : l.text) letters += (c & 0xC0) != 0x80 && c != ' ' && c != ',' && c != '.';
        std::size_t inked = 0;
        for (const auto& g : l.glyphs) inked += text.atlas().entry(g.face_index, g.glyph_id, 0).page >= 0;
        EXPECT_GE(inked, letters) << l.text;
    }
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// Months of labels shrinking to fit, text steps and rotations ask for many sizes; each
// must cost a size, not another copy of the font.
TEST(FontSizes, GivenManySizesOfOneFileThenTheyShareOneParsedFontAndEachSetsItsOwnSize) {
    auto cache = FontCache::create();
    ASSERT_TRUE(cache);
    auto& fonts = *cache.value();
    const std::string path = test::source_path("fonts/EBGaramond12-Regular.otf");
    Shaper shaper;
    std::vector<int> faces;
    for (int quarter = 40; quarter <= 200; quarter += 3) {
        auto f = fonts.face_index(path, quarter / 4.0f);
        ASSERT_TRUE(f);
        faces.push_back(f.value());
    }
    ASSERT_EQ(faces.size(), 54u);
    EXPECT_EQ(fonts.face_count(), 54u);
    EXPECT_EQ(fonts.file_count(), 1u);
    // The same shaping at 10 px and 49.75 px: advances in proportion, within rounding.
    const float ratio = fonts.face(faces.back()).size_px() / fonts.face(faces.front()).size_px();
    EXPECT_FLOAT_EQ(ratio, 4.975f);
    const auto small = shaper.shape(fonts.face(faces.front()), "Moscow", {});
    const auto large = shaper.shape(fonts.face(faces.back()), "Moscow", {});
    ASSERT_EQ(small.size(), large.size());
    for (std::size_t i = 0; i < small.size(); ++i)
        EXPECT_NEAR(large[i].x_advance_px, small[i].x_advance_px * ratio, 0.1f) << i;
    // The rasteriser draws each size at its own size, whichever was used last: the same
    // bitmaps as a font opened at that size alone.
    GlyphAtlas atlas(fonts, 256);
    const AtlasEntry big = atlas.entry(faces.back(), large[0].glyph_id, 0);
    const AtlasEntry little = atlas.entry(faces.front(), small[0].glyph_id, 0);
    const AtlasEntry big_shifted = atlas.entry(faces.back(), large[0].glyph_id, 2);
    for (const int index : {0, 1}) {
        auto alone_cache = FontCache::create();
        ASSERT_TRUE(alone_cache);
        const float size = index == 0 ? 49.75f : 10.0f;
        const int alone = alone_cache.value()->face_index(path, size).value();
        GlyphAtlas alone_atlas(*alone_cache.value(), 256);
        const AtlasEntry expected = alone_atlas.entry(alone, large[0].glyph_id, 0);
        const AtlasEntry& got = index == 0 ? big : little;
        EXPECT_EQ(got.width, expected.width) << size;
        EXPECT_EQ(got.height, expected.height) << size;
        EXPECT_EQ(got.top, expected.top) << size;
    }
    EXPECT_GT(big.height, little.height * 4);
    EXPECT_EQ(big_shifted.height, big.height);
}

TEST(GlyphAtlasLimit, GivenAnAtlasPastItsLimitThenItStartsAfreshAndANewPageNeverLooksLikeAnOldOne) {
    auto cache = FontCache::create();
    ASSERT_TRUE(cache);
    auto& fonts = *cache.value();
    const int face = fonts.face_index(test::source_path("fonts/EBGaramond12-Regular.otf"), 60).value();
    GlyphAtlas atlas(fonts, 128);  // small pages fill fast
    for (std::uint32_t g = 1; atlas.pages().size() < 3; ++g) atlas.entry(face, g, 0);
    const std::uint64_t old_version = atlas.pages()[0].version;
    EXPECT_FALSE(atlas.keep_within(3));
    EXPECT_EQ(atlas.pages().size(), 3u);
    EXPECT_TRUE(atlas.keep_within(2));
    EXPECT_TRUE(atlas.pages().empty());
    EXPECT_EQ(atlas.glyph_count(), 0u);
    // Drawn again, a glyph is rasterised afresh, on a page whose version a renderer
    // holding the old page's texture has never seen.
    const auto& e = atlas.entry(face, 40, 0);
    ASSERT_GE(e.page, 0);
    EXPECT_GT(atlas.pages()[0].version, old_version);
}

TEST(GlyphAtlasUpload, GivenGlyphsAddedThenOnlyTheirRowsAreDirtyAndExpandedGlyphsAreWider) {
    auto cache = FontCache::create();
    ASSERT_TRUE(cache);
    auto& fonts = *cache.value();
    const int face = fonts.face_index(test::source_path("fonts/EBGaramond12-Regular.otf"), 60).value();
    GlyphAtlas atlas(fonts, 512);
    const auto& a = atlas.entry(face, 40, 0);
    ASSERT_GE(a.page, 0);
    const auto [top, bottom] = atlas.take_dirty_rows(0);
    EXPECT_LE(top, a.y);
    EXPECT_GE(bottom, a.y + a.height);
    EXPECT_LT(bottom - top, 512) << "a band, not the page";
    EXPECT_EQ(atlas.take_dirty_rows(0), (std::pair<int, int>{0, 0})) << "taken once";
    // The same glyph 2% wider (four steps of expansion) is its own entry, wider.
    const AtlasEntry plain = atlas.entry(face, 40, 0);
    const AtlasEntry wide = atlas.entry(face, 40, 0, 4);
    EXPECT_EQ(atlas.glyph_count(), 2u);
    EXPECT_GE(wide.width, plain.width);
    EXPECT_EQ(wide.height, plain.height);
    EXPECT_NE(atlas.take_dirty_rows(0), (std::pair<int, int>{0, 0}));
}

}  // namespace
}  // namespace kiosk
