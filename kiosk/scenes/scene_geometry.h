// What a scene shows, as plain data: rectangles, lines of positioned glyphs, touch
// targets. Computed when content, language, text size or window size change; a frame
// only draws it (offset by the scroll position for the scrolling layer).
#pragma once

#include <string>
#include <vector>

#include "core/geometry.h"
#include "narration/speech_text.h"
#include "text/paragraph.h"

namespace kiosk {

enum class Layer { fixed, content };  // content scrolls inside the viewport

// What fills a rectangle's box: the box itself (rounded by radius_px), or a diamond or
// an upward triangle inscribed in it (the timeline tells groups apart by shape as well
// as by colour).
enum class Shape { box, diamond, triangle };

struct SceneRect {
    RectF box;
    Color color;
    Layer layer = Layer::fixed;
    float radius_px = 0;
    Shape shape = Shape::box;
};

struct SceneLine {
    std::string text;
    std::string role;  // heading, p, signature, footnote, label, pagemark, …
    std::string id;    // what it belongs to (a button, an event, a footnote), or empty
    RectF box;         // in layer coordinates
    float baseline_y = 0;
    float measure_px = 0;
    float ratio = 0;
    float expansion = 0;  // the glyphs' font expansion (0.01: 1% wider)
    bool hyphenated = false;
    Color fg, bg, accent;
    Layer layer = Layer::fixed;
    std::vector<GlyphPlacement> glyphs;  // x from box.x, y from baseline_y
    // The paragraph it belongs to among the scene's readable ones (-1: not read aloud),
    // and the bytes of that paragraph's text it shows.
    int speech = -1;
    std::size_t byte_begin = 0, byte_end = 0;
};

struct SceneImage {
    std::string path;  // resolved file path; the renderer loads and caches it
    RectF box;
    Layer layer = Layer::fixed;
    // Where it may show, in the same coordinates as `box` (a picture panning inside its
    // frame); empty (w == 0): all of it.
    RectF clip;
};

struct SceneTarget {
    std::string id;
    RectF box;
    Layer layer = Layer::fixed;
};

struct SceneGeometry;
// An empty scene of the window's size, in one colour, whose viewport is the whole window.
SceneGeometry empty_geometry(int width_px, int height_px, Color background);

struct SceneGeometry {
    int width_px = 0, height_px = 0;
    Color background;
    RectF viewport;  // where the content layer shows, window pixels
    float content_height_px = 0;
    std::vector<SceneRect> rects;    // under the text
    std::vector<SceneImage> images;  // over the rects, under the text
    std::vector<SceneLine> lines;
    std::vector<SceneRect> overlay_rects;  // over the text (position indicator)
    // A second stack drawn over everything above (a card over the timeline).
    std::vector<SceneRect> top_rects;
    std::vector<SceneImage> top_images;
    std::vector<SceneLine> top_lines;
    std::vector<SceneTarget> targets;
    // What a Listen button reads: the scene's paragraphs in reading order.
    std::vector<SpeechParagraph> speech;
};

inline SceneGeometry empty_geometry(int width_px, int height_px, Color background) {
    SceneGeometry g;
    g.width_px = width_px;
    g.height_px = height_px;
    g.background = background;
    g.viewport = {0, 0, static_cast<float>(width_px), static_cast<float>(height_px)};
    return g;
}

}  // namespace kiosk
