// Draws scene geometry with SDL_Renderer: rectangles, rounded rectangles and glyphs
// from the atlas pages (uploaded as textures when they change). Headless rendering
// uses SDL's software renderer on a plain surface: deterministic, no display needed.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "platform/sdl_handles.h"
#include "scenes/scene_geometry.h"

namespace kiosk {

class GlyphAtlas;

struct WindowSpec {
    int width_px = 1920, height_px = 1080;
    bool fullscreen = true;
    bool hide_cursor = true;
};

class SdlRenderer {
public:
    static Result<std::unique_ptr<SdlRenderer>> create_headless(int width_px, int height_px);
    static Result<std::unique_ptr<SdlRenderer>> create_window(const WindowSpec& spec);

    // Draws one frame: the fixed layer, and the content layer offset by `scroll_px` and
    // clipped to the viewport; `overlay` rects (window pixels) last.
    void draw(const SceneGeometry& g, float scroll_px, GlyphAtlas* atlas, const std::vector<SceneRect>& overlay);
    // Draws only the top stack of `g` (top_rects, top_images, top_lines) over the frame.
    void draw_top(const SceneGeometry& g, GlyphAtlas& atlas);
    void present();
    void forget_images();  // after a reload: image files may have changed
    void refresh_size();
    Result<bool> save_png(const std::string& path);

    int width_px() const { return width_px_; }
    int height_px() const { return height_px_; }
    SDL_Window* window() const { return window_.get(); }
    std::string driver_name() const;

private:
    SdlRenderer() = default;
    void sync_atlas(GlyphAtlas& atlas);
    void fill_rect(const RectF& r, Color c, float radius);
    void draw_line(const SceneLine& line, float dy, GlyphAtlas& atlas);
    void draw_image(const SceneImage& image, float dy);

    SdlSurfacePtr surface_;  // headless target
    SdlWindowPtr window_;
    SdlRendererPtr renderer_;
    std::vector<SdlTexturePtr> pages_;
    std::vector<unsigned long long> page_versions_;
    std::map<std::string, SdlTexturePtr> images_;
    std::set<std::string> missing_images_;  // logged once, then skipped
    int width_px_ = 0, height_px_ = 0;
};

}  // namespace kiosk
