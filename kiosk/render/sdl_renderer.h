// Draws scene geometry with SDL_Renderer: rectangles, rounded rectangles and glyphs
// from the atlas pages (uploaded as textures when they change). Headless rendering
// uses SDL's software renderer on a plain surface: deterministic, no display needed.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "platform/sdl_handles.h"
#include "render/picture_loader.h"
#include "scenes/frame_picture.h"
#include "scenes/scene_geometry.h"

namespace kiosk {

class GlyphAtlas;

struct WindowSpec {
    int width_px = 1920, height_px = 1080;
    bool fullscreen = true;
    bool hide_cursor = true;
    int rotation_deg = 0;           // the panel is mounted turned by this much (clockwise)
    std::string renderer = "auto";  // "auto", "gl" or "software"
    bool vsync = true;              // off only to measure how long frames take
};

class SdlRenderer {
public:
    // width/height: the output (the panel); with a rotation the canvas is turned.
    // Headless frames are drawn a band at a time when written as PNG (save_png), so
    // that no whole frame is held; `whole_frame` keeps one (to read its pixels).
    static Result<std::unique_ptr<SdlRenderer>> create_headless(int width_px, int height_px, int rotation_deg = 0,
                                                                bool whole_frame = false);
    static Result<std::unique_ptr<SdlRenderer>> create_window(const WindowSpec& spec);

    // Rects of the moment drawn under the text (the word being read aloud), in their
    // layer's coordinates: for the scene's own stack, and for its top stack (a card).
    using Underlay = WordUnderlay;
    // Draws one frame: the fixed layer, and the content layer offset by `scroll_px` and
    // clipped to the viewport; `overlay` rects (window pixels) last.
    void draw(const SceneGeometry& g, float scroll_px, GlyphAtlas* atlas, const std::vector<SceneRect>& overlay,
              const Underlay& underlay = {});
    // Draws the frame the app decided (App::frame()): the scene with its overlays and
    // underlay, then its top layer; forgets the pictures kept when their files may have
    // changed. Nothing is drawn before the app has a scene.
    void draw(const FramePicture& picture);
    // Draws only the top stack of `g` (top_rects, top_images, top_lines) over the frame;
    // its content-layer items scroll by `scroll_px` inside the viewport.
    void draw_top(const SceneGeometry& g, GlyphAtlas& atlas);
    // Turns the canvas onto the output (only with a rotation); present() and save_png()
    // do it themselves.
    void composite();
    void present();
    void forget_images();  // after a reload: image files may have changed
    // A pixel of the headless output (ARGB), for tests.
    std::uint32_t output_pixel(int x, int y) const;  // (a whole-frame renderer's)
    void refresh_size();
    // Draws the frame with `draw` (once, or once a band) and writes it as PNG.
    Result<bool> save_png(const std::string& path, const std::function<void()>& draw);

    // The upright canvas the scenes draw on (the output turned back).
    int width_px() const { return width_px_; }
    int height_px() const { return height_px_; }
    int rotation_deg() const { return rotation_deg_; }
    Canvas canvas() const { return {width_px_, height_px_, rotation_deg_}; }
    bool turns_a_canvas() const { return canvas_ != nullptr; }  // a second frame, turned onto the output
    int output_w_px() const { return out_w_px_; }
    int output_h_px() const { return out_h_px_; }
    SDL_Window* window() const { return window_.get(); }
    std::string driver_name() const;
    std::size_t picture_bytes() const { return image_bytes_; }
    // Pictures decoded on a thread of their own (render/picture_loader.h): a frame draws
    // without a picture until it is ready. The interactive kiosk asks for it; headless
    // output and tests decode in the frame, so that one frame shows everything.
    void decode_pictures_off_loop();
    bool picture_arrived();         // one finished (or was given up) since the last call: worth a frame
    bool pictures_pending() const;  // one is being decoded  // pictures kept, scaled to their drawn sizes
    // Whether a frame is cleared to its largest opaque rectangle (render/floor_plan.h);
    // on unless a test compares the two.
    void set_plan_floors(bool on) { plan_floors_ = on; }
    std::size_t floors_promoted() const { return floors_promoted_; }  // frames (or bands) cleared to a rectangle

private:
    SdlRenderer() = default;
    void sync_atlas(GlyphAtlas& atlas);
    bool set_up_rotation(int rotation_deg);
    void fill_rect(const RectF& unsnapped, Color c, float radius, Shape shape = Shape::box);
    // Canvas pixels to output pixels where GL turns the vertices itself (no canvas).
    int vertex_turn_deg() const { return canvas_ ? 0 : rotation_deg_; }
    SDL_FPoint turned(float x, float y) const;
    SDL_Rect turned(const SDL_Rect& r) const;
    // With GL, shapes and glyphs are queued (glyphs by atlas page) and flush_pending()
    // draws them: before a picture, a change of clip, and at the end of the frame.
    void draw_line(const SceneLine& line, float dy, GlyphAtlas& atlas);
    void flush_pending();
    void set_clip(const SDL_Rect* clip);
    void draw_image(const SceneImage& image, float dy);
    void draw_top_stack(const SceneGeometry& g, float scroll_px, GlyphAtlas* atlas,
                        const std::vector<SceneRect>& underlay = {});

    SdlSurfacePtr surface_;  // headless target
    SdlWindowPtr window_;
    SdlRendererPtr renderer_;
    std::vector<SdlTexturePtr> pages_;
    std::vector<unsigned long long> page_versions_;
    std::vector<std::vector<SDL_Vertex>> glyph_batches_;  // one a page, of four corners a glyph
    std::vector<int> quad_indices_;                       // two triangles a quad
    std::vector<SDL_Vertex> shape_batch_;                 // triangles of rectangles, in order
    bool glyphs_pending_ = false;
    bool shapes_opaque_ = true;  // the queued shapes' colours are
    bool batch_draws_ = false;   // not with the software renderer
    bool plan_floors_ = true;
    std::size_t floors_promoted_ = 0;
    std::vector<SDL_Rect> spans_;  // one rounded rectangle's rows
    struct ScaledPicture {
        int w_px = 0, h_px = 0;  // the size it is drawn at
        SdlTexturePtr texture;
    };
    std::map<std::string, std::vector<ScaledPicture>, std::less<>> images_;  // by path, each size it is drawn at
    std::size_t image_bytes_ = 0;                                            // their pixels
    unsigned long images_version_ = 0;       // the FramePicture images_version the kept pictures belong to
    std::set<std::string> missing_images_;   // logged once, then skipped
    std::unique_ptr<PictureLoader> loader_;  // null: pictures decoded in the frame
    int width_px_ = 0, height_px_ = 0;       // canvas
    int out_w_px_ = 0, out_h_px_ = 0;        // output
    int rotation_deg_ = 0;
    SdlTexturePtr canvas_;     // only with a rotation
    int band_h_px_ = 1 << 20;  // rows a band holds (headless previews); else all
    int origin_y_px_ = 0;      // the canvas row at the band's top
    bool composited_ = true;
};

}  // namespace kiosk
