// Glyphs rasterised once into coverage pages, keyed by face, glyph id, font expansion
// step and a quarter-pixel horizontal offset (the software renderer copies whole pixels, so the subpixel
// position is baked into the bitmap). Pages are plain memory; the renderer uploads the
// pages whose version changed.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kiosk {

class FontCache;

struct AtlasEntry {
    int page = -1;     // -1: the glyph has no ink (a space)
    int x = 0, y = 0;  // top-left in the page, pixels
    int width = 0, height = 0;
    int left = 0;  // bitmap offset from the pen's whole-pixel position
    int top = 0;   // bitmap top above the baseline
};

struct AtlasPage {
    int size_px = 0;
    std::vector<std::uint8_t> coverage;  // size_px * size_px, 0..255
    std::uint64_t version = 0;           // changed when glyphs are added
    // The rows written since the renderer last took them (top == bottom: none), so that
    // it uploads those rows only, not the whole page.
    int dirty_top = 0, dirty_bottom = 0;
};

class GlyphAtlas {
public:
    static constexpr int subpixel_steps = 4;

    // Pages of 512 x 512: a page costs its coverage and, in the renderer, a texture four
    // times that; small pages keep the last one's unused part small (the telegram's
    // glyphs at 1080p need about one and a half).
    explicit GlyphAtlas(FontCache& fonts, int page_size_px = 512) : fonts_(fonts), page_size_px_(page_size_px) {}

    // Splits a pen x into the whole pixel and the subpixel step used as key.
    static void split_x(float x_px, int& whole_px, int& step);

    // The entry for a glyph at a subpixel step and a font expansion (in steps of
    // glyph_expansion_step: the outline scaled horizontally), rasterising it on first use.
    const AtlasEntry& entry(int face_index, std::uint32_t glyph_id, int step, int expansion = 0);

    const std::vector<AtlasPage>& pages() const { return pages_; }
    // The rows of page `p` written since the last call (top == bottom: none); they count
    // as taken afterwards.
    std::pair<int, int> take_dirty_rows(std::size_t p);
    std::size_t glyph_count() const { return entries_.size(); }
    void clear();
    // Starts afresh when the atlas has grown past `max_pages` (glyphs of sizes and
    // languages seen over months); the glyphs on screen are rasterised again as drawn.
    // Returns whether it did.
    bool keep_within(std::size_t max_pages);

private:
    struct Shelf {
        int y = 0, height = 0, x = 0;
    };
    bool place(int w, int h, int& page, int& x, int& y);

    FontCache& fonts_;
    int page_size_px_;
    std::vector<AtlasPage> pages_;
    std::vector<std::vector<Shelf>> shelves_;
    std::unordered_map<std::uint64_t, AtlasEntry> entries_;
    // Page versions are unique over the atlas's life, also across clear(), so that a
    // renderer never mistakes a new page for the old one it uploaded.
    std::uint64_t last_version_ = 0;
};

}  // namespace kiosk
