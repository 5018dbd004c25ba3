// Shaping in EB Garamond: ligatures and small capitals come from the font's own
// tables, and our glyph ids match what HarfBuzz's own hb-shape prints.
#include <gtest/gtest.h>

#include <regex>

#include "test_support.h"
#include "text/font_cache.h"
#include "text/shaper.h"

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
        for (auto it = std::sregex_iterator(r.output.begin(), r.output.end(), number); it != std::sregex_iterator(); ++it)
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
