#include "text/glyph_atlas.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>

#include "text/font_cache.h"
#include "text/font_expansion.h"

namespace kiosk {

void GlyphAtlas::split_x(float x_px, int& whole_px, int& step) {
    const float fl = std::floor(x_px);
    whole_px = static_cast<int>(fl);
    step = static_cast<int>(std::lround((x_px - fl) * subpixel_steps));
    if (step == subpixel_steps) {
        step = 0;
        ++whole_px;
    }
}

std::pair<int, int> GlyphAtlas::take_dirty_rows(std::size_t p) {
    if (p >= pages_.size()) return {0, 0};
    AtlasPage& pg = pages_[p];
    const std::pair<int, int> rows{pg.dirty_top, pg.dirty_bottom};
    pg.dirty_top = pg.dirty_bottom = 0;
    return rows;
}

void GlyphAtlas::clear() {
    pages_.clear();
    shelves_.clear();
    entries_.clear();
}

bool GlyphAtlas::keep_within(std::size_t max_pages) {
    if (pages_.size() <= max_pages) return false;
    clear();
    return true;
}

bool GlyphAtlas::place(int w, int h, int& page, int& x, int& y) {
    const int pad = 1;
    const int need_w = w + pad, need_h = h + pad;
    if (need_w > page_size_px_ || need_h > page_size_px_) return false;
    for (std::size_t p = 0; p < shelves_.size(); ++p) {
        auto& shelves = shelves_[p];
        for (auto& s : shelves) {
            if (need_h <= s.height && s.x + need_w <= page_size_px_ && need_h * 10 >= s.height * 7) {
                page = static_cast<int>(p);
                x = s.x;
                y = s.y;
                s.x += need_w;
                return true;
            }
        }
        const int next_y = shelves.empty() ? 0 : shelves.back().y + shelves.back().height;
        if (next_y + need_h <= page_size_px_) {
            shelves.push_back({next_y, need_h, need_w});
            page = static_cast<int>(p);
            x = 0;
            y = next_y;
            return true;
        }
    }
    AtlasPage fresh;
    fresh.size_px = page_size_px_;
    fresh.coverage.assign(static_cast<std::size_t>(page_size_px_) * page_size_px_, 0);
    pages_.push_back(std::move(fresh));
    shelves_.push_back({{0, need_h, need_w}});
    page = static_cast<int>(pages_.size()) - 1;
    x = 0;
    y = 0;
    return true;
}

const AtlasEntry& GlyphAtlas::entry(int face_index, std::uint32_t glyph_id, int step, int expansion) {
    // Low byte: the subpixel step (2 bits) and the expansion step + 32 (6 bits).
    const std::uint64_t key =
        (static_cast<std::uint64_t>(face_index) << 40) | (static_cast<std::uint64_t>(glyph_id) << 8) |
        (static_cast<std::uint64_t>((expansion + 32) & 0x3f) << 2) | static_cast<std::uint64_t>(step);
    if (auto it = entries_.find(key); it != entries_.end()) return it->second;

    AtlasEntry e;
    FT_Face face = fonts_.face(face_index).ft_at_size();
    FT_Vector delta{static_cast<FT_Pos>(step * 64 / subpixel_steps), 0};
    // An expanded line's glyphs: the outline widened (or narrowed) as its advance is.
    FT_Matrix widen{
        static_cast<FT_Fixed>(std::lround((1.0 + expansion * static_cast<double>(glyph_expansion_step)) * 65536.0)), 0,
        0, 0x10000};
    FT_Set_Transform(face, expansion ? &widen : nullptr, &delta);
    const bool loaded = FT_Load_Glyph(face, glyph_id, FT_LOAD_NO_HINTING | FT_LOAD_RENDER) == 0;
    FT_Set_Transform(face, nullptr, nullptr);
    if (loaded) {
        const FT_Bitmap& bm = face->glyph->bitmap;
        if (bm.width > 0 && bm.rows > 0 && bm.pixel_mode == FT_PIXEL_MODE_GRAY) {
            int page = 0, x = 0, y = 0;
            if (place(static_cast<int>(bm.width), static_cast<int>(bm.rows), page, x, y)) {
                auto& pg = pages_[static_cast<std::size_t>(page)];
                for (unsigned row = 0; row < bm.rows; ++row) {
                    const unsigned char* src = bm.buffer + static_cast<std::ptrdiff_t>(row) * bm.pitch;
                    std::copy(
                        src, src + bm.width,
                        pg.coverage.begin() + static_cast<std::ptrdiff_t>(y + static_cast<int>(row)) * pg.size_px + x);
                }
                pg.version = ++last_version_;
                if (pg.dirty_top == pg.dirty_bottom) pg.dirty_top = pg.dirty_bottom = y;
                pg.dirty_top = std::min(pg.dirty_top, y);
                pg.dirty_bottom = std::max(pg.dirty_bottom, y + static_cast<int>(bm.rows));
                e.page = page;
                e.x = x;
                e.y = y;
                e.width = static_cast<int>(bm.width);
                e.height = static_cast<int>(bm.rows);
                e.left = face->glyph->bitmap_left;
                e.top = face->glyph->bitmap_top;
            }
        }
    }
    return entries_.emplace(key, e).first->second;
}

}  // namespace kiosk
