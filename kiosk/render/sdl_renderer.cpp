#include "render/sdl_renderer.h"

#include <SDL_image.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "core/limits.h"
#include "core/log.h"
#include "platform/image_file.h"
#include "render/floor_plan.h"
#include "render/png_writer.h"
#include "text/glyph_atlas.h"

namespace kiosk {

bool SdlRenderer::set_up_rotation(int rotation_deg) {
    rotation_deg_ = ((rotation_deg % 360) + 360) % 360 / 90 * 90;
    const bool sideways = rotation_deg_ == 90 || rotation_deg_ == 270;
    width_px_ = sideways ? out_h_px_ : out_w_px_;
    height_px_ = sideways ? out_w_px_ : out_h_px_;
    canvas_.reset();
    // With GL, the vertices are turned as they are queued (turned()): no canvas, no
    // second frame, and no full-screen copy each frame, which a software GL pays dearly.
    if (rotation_deg_ == 0 || batch_draws_) return true;
    canvas_.reset(
        SDL_CreateTexture(renderer_.get(), SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, width_px_, height_px_));
    return canvas_ != nullptr;
}

Result<std::unique_ptr<SdlRenderer>> SdlRenderer::create_headless(int width_px, int height_px, int rotation_deg,
                                                                  bool whole_frame) {
    std::unique_ptr<SdlRenderer> r(new SdlRenderer());
    // Upright previews are drawn a band of rows at a time (about a mebibyte each) and
    // written out band by band: a 4K screenshot never holds its 33 MB frame. A turned
    // screen is turned whole.
    const bool banded = !whole_frame && ((rotation_deg % 360) + 360) % 360 == 0;
    if (banded) r->band_h_px_ = std::clamp((1 << 20) / (4 * width_px), 16, height_px);
    r->surface_.reset(
        SDL_CreateRGBSurfaceWithFormat(0, width_px, banded ? r->band_h_px_ : height_px, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!r->surface_) return Diagnostic{"", 0, 0, std::string("cannot create a frame buffer: ") + SDL_GetError()};
    r->renderer_.reset(SDL_CreateSoftwareRenderer(r->surface_.get()));
    if (!r->renderer_)
        return Diagnostic{"", 0, 0, std::string("cannot create the software renderer: ") + SDL_GetError()};
    r->out_w_px_ = width_px;
    r->out_h_px_ = height_px;
    if (!r->set_up_rotation(rotation_deg))
        return Diagnostic{"", 0, 0, std::string("cannot rotate the canvas: ") + SDL_GetError()};
    return r;
}

std::uint32_t SdlRenderer::output_pixel(int x, int y) const {
    if (!surface_ || x < 0 || y < 0 || x >= surface_->w || y >= surface_->h) return 0;
    return static_cast<const std::uint32_t*>(surface_->pixels)[y * surface_->pitch / 4 + x];
}

SDL_FPoint SdlRenderer::turned(float x, float y) const {
    // The upright canvas's point on the output, turned clockwise about the centres as
    // composite() turns a canvas (the output is the canvas's size, sideways or not).
    const auto W = static_cast<float>(width_px_), H = static_cast<float>(height_px_);
    switch (vertex_turn_deg()) {
        case 90:
            return {H - y, x};
        case 180:
            return {W - x, H - y};
        case 270:
            return {y, W - x};
        default:
            return {x, y};
    }
}

SDL_Rect SdlRenderer::turned(const SDL_Rect& r) const {
    const SDL_FPoint a = turned(static_cast<float>(r.x), static_cast<float>(r.y));
    const SDL_FPoint b = turned(static_cast<float>(r.x + r.w), static_cast<float>(r.y + r.h));
    const int x0 = static_cast<int>(std::lround(std::min(a.x, b.x))),
              y0 = static_cast<int>(std::lround(std::min(a.y, b.y)));
    return {x0, y0, static_cast<int>(std::lround(std::max(a.x, b.x))) - x0,
            static_cast<int>(std::lround(std::max(a.y, b.y))) - y0};
}

void SdlRenderer::composite() {
    if (composited_) return;
    composited_ = true;
    if (!canvas_) return;
    SDL_SetRenderTarget(renderer_.get(), nullptr);
    SDL_SetRenderDrawColor(renderer_.get(), 0, 0, 0, 255);
    SDL_RenderClear(renderer_.get());
    // The canvas, centred on the output and turned about its centre, fills it exactly.
    const SDL_Rect dst{(out_w_px_ - width_px_) / 2, (out_h_px_ - height_px_) / 2, width_px_, height_px_};
    SDL_RenderCopyEx(renderer_.get(), canvas_.get(), nullptr, &dst, rotation_deg_, nullptr, SDL_FLIP_NONE);
}

Result<std::unique_ptr<SdlRenderer>> SdlRenderer::create_window(const WindowSpec& spec) {
    std::unique_ptr<SdlRenderer> r(new SdlRenderer());
    Uint32 flags = SDL_WINDOW_SHOWN | SDL_WINDOW_ALLOW_HIGHDPI;
    if (spec.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    r->window_.reset(SDL_CreateWindow("Kiosk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, spec.width_px,
                                      spec.height_px, flags));
    if (!r->window_) return Diagnostic{"", 0, 0, std::string("cannot open a window: ") + SDL_GetError()};
    const Uint32 vsync = spec.vsync ? SDL_RENDERER_PRESENTVSYNC : 0;
    if (spec.renderer != "software") {
        r->renderer_.reset(SDL_CreateRenderer(r->window_.get(), -1, SDL_RENDERER_ACCELERATED | vsync));
        if (!r->renderer_ && spec.renderer == "gl")
            return Diagnostic{"", 0, 0, std::string("cannot create a GL renderer: ") + SDL_GetError()};
    }
    if (!r->renderer_) r->renderer_.reset(SDL_CreateRenderer(r->window_.get(), -1, SDL_RENDERER_SOFTWARE | vsync));
    if (!r->renderer_) return Diagnostic{"", 0, 0, std::string("cannot create a renderer: ") + SDL_GetError()};
    SDL_GetRendererOutputSize(r->renderer_.get(), &r->out_w_px_, &r->out_h_px_);
    r->batch_draws_ = r->driver_name() != "software";
    if (!r->set_up_rotation(spec.rotation_deg))
        return Diagnostic{"", 0, 0, std::string("cannot rotate the canvas: ") + SDL_GetError()};
    if (spec.hide_cursor) SDL_ShowCursor(SDL_DISABLE);
    // Fullscreen keeps the keyboard: Alt+Tab and the like reach the kiosk, which ignores them.
    if (spec.fullscreen) SDL_SetWindowKeyboardGrab(r->window_.get(), SDL_TRUE);
    return r;
}

std::string SdlRenderer::driver_name() const {
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(renderer_.get(), &info) == 0) return info.name;
    return "?";
}

void SdlRenderer::sync_atlas(GlyphAtlas& atlas) {
    const auto& pages = atlas.pages();
    // Coverage to alpha with a mild gamma: dark ink on light paper blended in sRGB looks
    // thinner than the outline; lifting mid coverage restores the weight.
    static const auto lut = [] {
        std::array<Uint32, 256> t{};
        for (int i = 0; i < 256; ++i) {
            const auto a = static_cast<Uint32>(std::lround(std::pow(i / 255.0, 0.8) * 255.0));
            t[static_cast<std::size_t>(i)] = (a << 24) | 0x00FFFFFFu;
        }
        return t;
    }();
    for (std::size_t p = 0; p < pages.size(); ++p) {
        if (p >= pages_.size()) {
            pages_.emplace_back(SDL_CreateTexture(renderer_.get(), SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC,
                                                  pages[p].size_px, pages[p].size_px));
            SDL_SetTextureBlendMode(pages_.back().get(), SDL_BLENDMODE_BLEND);
            page_versions_.push_back(~0ull);
            glyph_batches_.emplace_back();
        }
        // Only the rows written since the last upload (a new texture: all of them), a
        // band at a time, so no page-sized copy is ever made.
        auto [top, bottom] = atlas.take_dirty_rows(p);
        if (page_versions_[p] == pages[p].version) continue;
        const int size = pages[p].size_px;
        if (page_versions_[p] == ~0ull) {
            top = 0;
            bottom = size;
        }
        constexpr int band_rows = 32;
        std::vector<Uint32> pixels(static_cast<std::size_t>(size) * band_rows);
        for (int y0 = top; y0 < bottom; y0 += band_rows) {
            const int rows = std::min(band_rows, bottom - y0);
            const auto from = pages[p].coverage.begin() + static_cast<std::ptrdiff_t>(y0) * size;
            std::transform(from, from + static_cast<std::ptrdiff_t>(rows) * size, pixels.begin(),
                           [](std::uint8_t c) { return lut[c]; });
            const SDL_Rect band{0, y0, size, rows};
            SDL_UpdateTexture(pages_[p].get(), &band, pixels.data(), size * 4);
        }
        page_versions_[p] = pages[p].version;
    }
}

void SdlRenderer::fill_rect(const RectF& unsnapped, Color c, float radius, Shape shape) {
    // Edges on whole pixels: a rule or a bar a pixel or two wide stays crisp, and GL
    // (which fills the pixels whose centres are inside) and the software renderer
    // (which truncates) cover the same pixels.
    const float x0 = std::round(unsnapped.x), y0 = std::round(unsnapped.y) - static_cast<float>(origin_y_px_);
    const RectF r{x0, y0, std::round(unsnapped.right()) - x0,
                  std::round(unsnapped.bottom()) - static_cast<float>(origin_y_px_) - y0};
    if (r.w <= 0 || r.h <= 0 || r.bottom() < 0 || r.y > static_cast<float>(band_h_px_)) return;
    radius = std::min({radius, r.w / 2, r.h / 2});
    const SDL_Color col{c.r, c.g, c.b, c.a};
    // A rounded rectangle as whole-pixel rows: each row of the corners inset by the
    // circle at its middle, the rows between as one rectangle. Integer rows fill the
    // same pixels in GL and in the software renderer, and in a preview drawn in bands
    // (each band its own origin) the same as in one drawn whole.
    spans_.clear();
    const int x = static_cast<int>(r.x), y = static_cast<int>(r.y), w = static_cast<int>(r.w),
              h = static_cast<int>(r.h);
    const int corner_rows = radius < 1.0f ? 0 : std::min(static_cast<int>(std::ceil(radius)), h / 2);
    // Rows of the same inset are one rectangle: a circle of radius 40 takes 24 of them
    // a side instead of 40 (under a software GL each thin one costs as much to set up
    // as a large one).
    auto inset_of = [&](int row) {
        const float dy = radius - (static_cast<float>(row) + 0.5f);
        return static_cast<int>(std::lround(radius - std::sqrt(std::max(0.0f, radius * radius - dy * dy))));
    };
    if (shape != Shape::box) {
        // A diamond or a triangle as rows too, each inset by the slanted sides at its middle.
        auto slant_inset = [&](int row) {
            const float t = (static_cast<float>(row) + 0.5f) / static_cast<float>(h);
            const float open = shape == Shape::triangle ? t : 1.0f - std::abs(2.0f * t - 1.0f);
            return static_cast<int>(std::lround(static_cast<float>(w) / 2 * (1.0f - open)));
        };
        for (int j = 0; j < h;) {
            const int inset = slant_inset(j);
            int rows = 1;
            while (j + rows < h && slant_inset(j + rows) == inset) ++rows;
            if (w - 2 * inset > 0) spans_.push_back({x + inset, y + j, w - 2 * inset, rows});
            j += rows;
        }
    } else {
        for (int j = 0; j < corner_rows;) {
            const int inset = inset_of(j);
            int rows = 1;
            while (j + rows < corner_rows && inset_of(j + rows) == inset) ++rows;
            spans_.push_back({x + inset, y + j, w - 2 * inset, rows});
            spans_.push_back({x + inset, y + h - j - rows, w - 2 * inset, rows});
            j += rows;
        }
        spans_.push_back({x, y + corner_rows, w, h - 2 * corner_rows});
    }
    if (!batch_draws_) {
        SDL_SetRenderDrawBlendMode(renderer_.get(), c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
        SDL_SetRenderDrawColor(renderer_.get(), c.r, c.g, c.b, c.a);
        SDL_RenderFillRects(renderer_.get(), spans_.data(), static_cast<int>(spans_.size()));
        return;
    }
    if (glyphs_pending_ || (!shape_batch_.empty() && shapes_opaque_ != (c.a == 255))) flush_pending();
    shapes_opaque_ = c.a == 255;
    for (const SDL_Rect& q : spans_) {
        if (q.w <= 0 || q.h <= 0) continue;
        const auto left = static_cast<float>(q.x), top = static_cast<float>(q.y);
        const auto right = static_cast<float>(q.x + q.w), bottom = static_cast<float>(q.y + q.h);
        shape_batch_.insert(shape_batch_.end(), {{turned(left, top), col, {0, 0}},
                                                 {turned(right, top), col, {0, 0}},
                                                 {turned(left, bottom), col, {0, 0}},
                                                 {turned(left, bottom), col, {0, 0}},
                                                 {turned(right, top), col, {0, 0}},
                                                 {turned(right, bottom), col, {0, 0}}});
    }
}

void SdlRenderer::draw_line(const SceneLine& line, float dy, GlyphAtlas& atlas) {
    // Outside this band (with a line's height to spare for ascenders and accents).
    const float top = line.box.y + dy - static_cast<float>(origin_y_px_);
    if (top + 2 * line.box.h < 0 || top - line.box.h > static_cast<float>(band_h_px_)) return;
    const float baseline = std::round(line.baseline_y + dy) - static_cast<float>(origin_y_px_);
    for (const auto& g : line.glyphs) {
        if (g.face_index < 0) continue;
        int whole = 0, step = 0;
        GlyphAtlas::split_x(line.box.x + g.x_px, whole, step);
        const AtlasEntry& e = atlas.entry(g.face_index, g.glyph_id, step, g.expansion);
        if (e.page < 0 || static_cast<std::size_t>(e.page) >= pages_.size() || e.width <= 0 || e.height <= 0) continue;
        const Color c = g.color_slot == 1 ? line.accent : line.fg;
        const int left = whole + e.left, glyph_top = static_cast<int>(baseline + std::round(g.y_px)) - e.top;
        if (!batch_draws_) {
            SDL_Texture* tex = pages_[static_cast<std::size_t>(e.page)].get();
            SDL_SetTextureColorMod(tex, c.r, c.g, c.b);
            SDL_SetTextureAlphaMod(tex, c.a);
            const SDL_Rect src{e.x, e.y, e.width, e.height};
            const SDL_Rect dst{left, glyph_top, e.width, e.height};
            SDL_RenderCopy(renderer_.get(), tex, &src, &dst);
            continue;
        }
        if (!shape_batch_.empty()) flush_pending();
        glyphs_pending_ = true;
        const SDL_Color col{c.r, c.g, c.b, c.a};
        const float x0 = static_cast<float>(left), y0 = static_cast<float>(glyph_top);
        const float x1 = x0 + static_cast<float>(e.width), y1 = y0 + static_cast<float>(e.height);
        const float inv = 1.0f / static_cast<float>(atlas.pages()[static_cast<std::size_t>(e.page)].size_px);
        const float u0 = static_cast<float>(e.x) * inv, v0 = static_cast<float>(e.y) * inv;
        const float u1 = static_cast<float>(e.x + e.width) * inv, v1 = static_cast<float>(e.y + e.height) * inv;
        auto& batch = glyph_batches_[static_cast<std::size_t>(e.page)];
        batch.push_back({turned(x0, y0), col, {u0, v0}});
        batch.push_back({turned(x1, y0), col, {u1, v0}});
        batch.push_back({turned(x0, y1), col, {u0, v1}});
        batch.push_back({turned(x1, y1), col, {u1, v1}});
    }
}

void SdlRenderer::flush_pending() {
    // What is queued goes out in as few calls as there are atlas pages: every shape of a
    // run in one call and every glyph of a page in one, colours in the vertices. GL then
    // draws a screen in a handful of draw calls instead of one a glyph or a rectangle,
    // which is what made most of a frame's time under Mesa's software GL at 4K. The
    // software renderer draws each item at once instead (its triangle path blends
    // glyphs heavier than its blits), and never queues. Shapes and glyphs are never
    // queued together (queuing one kind sends the other first), nor opaque shapes with
    // translucent ones, so the order of drawing is kept.
    if (!shape_batch_.empty()) {
        // Opaque runs are written without blending: under a software GL a blended fill
        // costs half as much again.
        SDL_SetRenderDrawBlendMode(renderer_.get(), shapes_opaque_ ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
        SDL_RenderGeometry(renderer_.get(), nullptr, shape_batch_.data(), static_cast<int>(shape_batch_.size()),
                           nullptr, 0);
        shape_batch_.clear();  // keeps its capacity: no allocation in later frames
    }
    for (std::size_t p = 0; p < glyph_batches_.size(); ++p) {
        auto& batch = glyph_batches_[p];
        if (batch.empty()) continue;
        const std::size_t quads = batch.size() / 4;
        while (quad_indices_.size() < quads * 6) {
            const int q = static_cast<int>(quad_indices_.size() / 6) * 4;
            quad_indices_.insert(quad_indices_.end(), {q, q + 1, q + 2, q + 2, q + 1, q + 3});
        }
        SDL_RenderGeometry(renderer_.get(), pages_[p].get(), batch.data(), static_cast<int>(batch.size()),
                           quad_indices_.data(), static_cast<int>(quads * 6));
        batch.clear();
    }
    glyphs_pending_ = false;
}

void SdlRenderer::set_clip(const SDL_Rect* clip) {
    flush_pending();
    if (clip && vertex_turn_deg() != 0) {
        const SDL_Rect on_output = turned(*clip);
        SDL_RenderSetClipRect(renderer_.get(), &on_output);
        return;
    }
    SDL_RenderSetClipRect(renderer_.get(), clip);
}

void SdlRenderer::draw_image(const SceneImage& image, float dy) {
    flush_pending();
    // On whole pixels, as rectangles are.
    const int x0 = static_cast<int>(std::lround(image.box.x)),
              y0 = static_cast<int>(std::lround(image.box.y + dy)) - origin_y_px_;
    const SDL_Rect dst{x0, y0, static_cast<int>(std::lround(image.box.right())) - x0,
                       static_cast<int>(std::lround(image.box.bottom() + dy)) - origin_y_px_ - y0};
    if (dst.w <= 0 || dst.h <= 0 || dst.y + dst.h < 0 || dst.y > band_h_px_ || missing_images_.contains(image.path))
        return;
    // Each picture is scaled once, to the size it is drawn at, and then copied pixel for
    // pixel: the same pixels in GL and software, in bands or whole, and a frame never
    // scales a large picture again (nor makes a key to find it).
    std::vector<ScaledPicture>& sizes = images_[image.path];
    auto it = std::find_if(sizes.begin(), sizes.end(),
                           [&](const ScaledPicture& s) { return s.w_px == dst.w && s.h_px == dst.h; });
    if (it == sizes.end()) {
        // Decoded off the frame loop where the driver asks for it (the frame draws without
        // the picture until it is ready), else here.
        SdlSurfacePtr surface;
        std::string why;
        if (loader_) {
            PictureLoader::Outcome out = loader_->take(image.path, dst.w, dst.h);
            if (out.state == PictureLoader::State::pending) return;
            surface = std::move(out.surface);
            why = std::move(out.why);
        } else {
            surface = decode_scaled_picture(image.path, dst.w, dst.h, why);
        }
        SdlTexturePtr tex(surface ? SDL_CreateTextureFromSurface(renderer_.get(), surface.get()) : nullptr);
        if (!tex) {
            if (why.empty()) why = std::string("cannot load the image (") + SDL_GetError() + ")";
            log::warn(image.path + ": " + why + "; shown without it");
            missing_images_.insert(image.path);
            return;
        }
        // Sizes change with the text size and the window: when the pictures kept pass
        // 32 MiB (months of visitors choosing text sizes), the other sizes of every
        // picture go; those on screen come back at the next frame.
        const std::size_t bytes = static_cast<std::size_t>(dst.w) * static_cast<std::size_t>(dst.h) * 4;
        if (image_bytes_ + bytes > limits::picture_cache_bytes) {
            for (auto& [path, kept] : images_) kept.clear();
            image_bytes_ = 0;
        }
        image_bytes_ += bytes;
        sizes.push_back({dst.w, dst.h, std::move(tex)});
        it = sizes.end() - 1;
    }
    // A clipped picture shows the part of its texture (made at exactly its size) that
    // falls inside the clip: a picture panning in its frame is never scaled again.
    SDL_Rect shown = dst, src{0, 0, dst.w, dst.h};
    if (image.clip.w > 0) {
        const int cx0 = static_cast<int>(std::lround(image.clip.x)),
                  cy0 = static_cast<int>(std::lround(image.clip.y + dy)) - origin_y_px_;
        const SDL_Rect clip{cx0, cy0, static_cast<int>(std::lround(image.clip.right())) - cx0,
                            static_cast<int>(std::lround(image.clip.bottom() + dy)) - origin_y_px_ - cy0};
        if (SDL_IntersectRect(&dst, &clip, &shown) != SDL_TRUE) return;
        src = {shown.x - dst.x, shown.y - dst.y, shown.w, shown.h};
    }
    if (vertex_turn_deg() != 0) {
        // Turned about its own centre, placed where the turned centre falls.
        const SDL_FPoint c = turned(static_cast<float>(shown.x) + static_cast<float>(shown.w) / 2,
                                    static_cast<float>(shown.y) + static_cast<float>(shown.h) / 2);
        const SDL_FRect on_output{c.x - static_cast<float>(shown.w) / 2, c.y - static_cast<float>(shown.h) / 2,
                                  static_cast<float>(shown.w), static_cast<float>(shown.h)};
        SDL_RenderCopyExF(renderer_.get(), it->texture.get(), &src, &on_output, vertex_turn_deg(), nullptr,
                          SDL_FLIP_NONE);
        return;
    }
    SDL_RenderCopy(renderer_.get(), it->texture.get(), &src, &shown);
}

void SdlRenderer::refresh_size() {
    if (surface_) return;  // a headless frame does not change size
    SDL_GetRendererOutputSize(renderer_.get(), &out_w_px_, &out_h_px_);
    set_up_rotation(rotation_deg_);
}

void SdlRenderer::draw(const SceneGeometry& g, float scroll_px, GlyphAtlas* atlas,
                       const std::vector<SceneRect>& overlay, const Underlay& underlay) {
    if (atlas) sync_atlas(*atlas);
    if (canvas_) SDL_SetRenderTarget(renderer_.get(), canvas_.get());
    composited_ = false;

    // The clear draws the largest opaque rectangle where it can (render/floor_plan.h);
    // a pressed shade in the content layer is drawn before the fixed rectangles, so then
    // the frame is cleared to the background as before.
    const bool content_underlay = std::any_of(underlay.scene.begin(), underlay.scene.end(),
                                              [](const SceneRect& r) { return r.layer == Layer::content; });
    FloorPlan plan;
    plan.clear = g.background;
    if (plan_floors_ && !content_underlay) plan = plan_floor(g);
    if (plan.promoted) ++floors_promoted_;
    SDL_SetRenderDrawColor(renderer_.get(), plan.clear.r, plan.clear.g, plan.clear.b, 255);
    set_clip(nullptr);
    SDL_RenderClear(renderer_.get());
    for (const PixelRect& p : plan.background)
        fill_rect({static_cast<float>(p.x), static_cast<float>(p.y), static_cast<float>(p.w), static_cast<float>(p.h)},
                  g.background, 0);
    const float content_dy = g.viewport.y - scroll_px;
    const SDL_Rect clip{static_cast<int>(g.viewport.x), static_cast<int>(g.viewport.y) - origin_y_px_,
                        static_cast<int>(g.viewport.w), static_cast<int>(g.viewport.h)};

    auto visible = [&](const RectF& box, Layer layer) {
        if (layer == Layer::fixed) return true;
        return box.bottom() + content_dy >= g.viewport.y && box.y + content_dy <= g.viewport.bottom();
    };
    for (int pass = 0; pass < 2; ++pass) {
        const Layer layer = pass == 0 ? Layer::content : Layer::fixed;
        if (layer == Layer::content)
            set_clip(&clip);
        else
            set_clip(nullptr);
        const float dy = layer == Layer::content ? content_dy : 0.0f;
        for (std::size_t i = 0; i < g.rects.size(); ++i) {
            const SceneRect& r = g.rects[i];
            if (r.layer != layer || !visible(r.box, layer) || plan.promoted == i) continue;
            fill_rect({r.box.x, r.box.y + dy, r.box.w, r.box.h}, r.color, r.radius_px, r.shape);
        }
        for (const auto& im : g.images) {
            if (im.layer != layer || !visible(im.box, layer)) continue;
            draw_image(im, dy);
        }
        for (const auto& r : underlay.scene) {
            if (r.layer != layer || !visible(r.box, layer)) continue;
            fill_rect({r.box.x, r.box.y + dy, r.box.w, r.box.h}, r.color, r.radius_px, r.shape);
        }
        for (const auto& line : g.lines) {
            if (!atlas || line.layer != layer || !visible(line.box, layer)) continue;
            draw_line(line, dy, *atlas);
        }
        for (const auto& r : g.overlay_rects) {
            if (r.layer != layer || !visible(r.box, layer)) continue;
            fill_rect({r.box.x, r.box.y + dy, r.box.w, r.box.h}, r.color, r.radius_px, r.shape);
        }
    }
    draw_top_stack(g, scroll_px, atlas, underlay.top);
    for (const auto& r : overlay) fill_rect(r.box, r.color, r.radius_px, r.shape);
    flush_pending();
}

void SdlRenderer::draw_top_stack(const SceneGeometry& g, float scroll_px, GlyphAtlas* atlas,
                                 const std::vector<SceneRect>& underlay) {
    // A card over the scene: its frame and buttons are fixed; its body may scroll inside
    // the viewport (content layer), clipped to it. Frame first, then the body, then the
    // fixed text and pictures.
    const float content_dy = g.viewport.y - scroll_px;
    const SDL_Rect clip{static_cast<int>(g.viewport.x), static_cast<int>(g.viewport.y) - origin_y_px_,
                        static_cast<int>(g.viewport.w), static_cast<int>(g.viewport.h)};
    set_clip(nullptr);
    for (const auto& r : g.top_rects)
        if (r.layer == Layer::fixed) fill_rect(r.box, r.color, r.radius_px, r.shape);
    set_clip(&clip);
    for (const auto& r : g.top_rects)
        if (r.layer == Layer::content)
            fill_rect({r.box.x, r.box.y + content_dy, r.box.w, r.box.h}, r.color, r.radius_px, r.shape);
    for (const auto& im : g.top_images)
        if (im.layer == Layer::content) draw_image(im, content_dy);
    for (const auto& r : underlay)
        if (r.layer == Layer::content)
            fill_rect({r.box.x, r.box.y + content_dy, r.box.w, r.box.h}, r.color, r.radius_px, r.shape);
    if (atlas)
        for (const auto& line : g.top_lines)
            if (line.layer == Layer::content && line.box.bottom() + content_dy >= g.viewport.y &&
                line.box.y + content_dy <= g.viewport.bottom())
                draw_line(line, content_dy, *atlas);
    set_clip(nullptr);
    for (const auto& im : g.top_images)
        if (im.layer == Layer::fixed) draw_image(im, 0);
    for (const auto& r : underlay)
        if (r.layer == Layer::fixed) fill_rect(r.box, r.color, r.radius_px, r.shape);
    if (atlas)
        for (const auto& line : g.top_lines)
            if (line.layer == Layer::fixed) draw_line(line, 0, *atlas);
    flush_pending();
}

void SdlRenderer::draw(const FramePicture& picture) {
    if (picture.images_version != images_version_) {
        forget_images();
        images_version_ = picture.images_version;
    }
    if (!picture.scene) return;
    draw(*picture.scene, picture.scroll_px, picture.atlas, picture.overlay, picture.underlay);
    if (picture.top && picture.atlas) draw_top(*picture.top, *picture.atlas);
}

void SdlRenderer::draw_top(const SceneGeometry& g, GlyphAtlas& atlas) {
    sync_atlas(atlas);
    if (canvas_) SDL_SetRenderTarget(renderer_.get(), canvas_.get());
    composited_ = false;
    draw_top_stack(g, 0, &atlas);
}

void SdlRenderer::forget_images() {
    images_.clear();
    image_bytes_ = 0;
    missing_images_.clear();
    if (loader_) loader_->forget();
}

void SdlRenderer::decode_pictures_off_loop() {
    if (!loader_) loader_ = std::make_unique<PictureLoader>(decode_scaled_picture, limits::picture_decode_ms);
}

bool SdlRenderer::picture_arrived() {
    return loader_ && loader_->arrived();
}

bool SdlRenderer::pictures_pending() const {
    return loader_ && loader_->busy();
}

void SdlRenderer::present() {
    composite();
    SDL_RenderPresent(renderer_.get());
}

Result<bool> SdlRenderer::save_png(const std::string& path, const std::function<void()>& draw) {
    if (surface_ && band_h_px_ < out_h_px_ && !canvas_) {
        // Band by band: each band drawn afresh (the geometry is prepared; drawing a band
        // skips what lies outside it) and its rows handed to libpng.
        PngRowWriter png;
        if (auto r = png.open(path, out_w_px_, out_h_px_); !r) return r;
        for (int top = 0; top < out_h_px_; top += band_h_px_) {
            origin_y_px_ = top;
            draw();
            const int rows = std::min(band_h_px_, out_h_px_ - top);
            if (auto r = png.write(static_cast<const std::uint32_t*>(surface_->pixels), rows, surface_->pitch); !r) {
                origin_y_px_ = 0;
                return r;
            }
        }
        origin_y_px_ = 0;
        return png.finish();
    }
    draw();
    composite();
    SDL_Surface* target = surface_.get();
    SdlSurfacePtr readback;
    if (!target) {
        readback.reset(SDL_CreateRGBSurfaceWithFormat(0, out_w_px_, out_h_px_, 32, SDL_PIXELFORMAT_ARGB8888));
        if (!readback || SDL_RenderReadPixels(renderer_.get(), nullptr, SDL_PIXELFORMAT_ARGB8888, readback->pixels,
                                              readback->pitch) != 0)
            return Diagnostic{path, 0, 0, std::string("cannot read the frame back: ") + SDL_GetError()};
        target = readback.get();
    }
    if (target->format->format != SDL_PIXELFORMAT_ARGB8888)
        return Diagnostic{path, 0, 0, "unexpected frame format; cannot write the PNG"};
    return write_png_rgb(path, static_cast<const std::uint32_t*>(target->pixels), target->w, target->h, target->pitch);
}

}  // namespace kiosk
