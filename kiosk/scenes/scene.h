// A screen of the kiosk: prepared geometry, reactions to gestures, wheel and keys, and
// a state it can report. Scenes know nothing of SDL.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <optional>
#include <utility>

#include "content/config.h"
#include "content/document.h"
#include "content/timeline.h"
#include "input/gestures.h"
#include "input/keys.h"
#include "scenes/scene_geometry.h"
#include "scenes/screen_metrics.h"

namespace kiosk {

class TextEngine;

// Everything a scene lays out from. Owned by the app; replaced whole on reload.
struct SceneContext {
    TextEngine* text = nullptr;
    const Config* config = nullptr;
    const Document* document = nullptr;
    ScreenMetrics screen;
    std::string language = "en";
    float text_scale = 1.0f;
    bool reduced_motion = false;
    bool has_timeline = false;
    const Timeline* timeline = nullptr;
    // A document other than the configured telegram (--document): its own title, and
    // no way to "its" place on the timeline.
    bool other_document = false;
    bool high_contrast = false;
    // Pixel size of an image file, or nothing if it cannot be read (the shell answers).
    std::function<std::optional<std::pair<int, int>>(const std::string&)> image_size;
};

// What a scene asks the app to do.
struct SceneRequest {
    std::string navigate_to;  // "home", "telegram", "timeline", "event:ID"; empty: stay
    std::string focus_event;  // with "timeline": centre on this event
    std::string setting;      // "lang:ru", "text_size:next", "contrast:toggle", "motion:toggle"
};

class Scene {
public:
    virtual ~Scene() = default;
    virtual std::string name() const = 0;
    // Recompute geometry from the context (content, language, size changed).
    virtual void layout(const SceneContext& ctx) = 0;
    virtual const SceneGeometry& geometry() const = 0;
    virtual float scroll_px() const { return 0; }
    virtual void set_scroll_px(float) {}
    virtual void on_gesture(const Gesture&, double /*now_ms*/, SceneRequest&) {}
    // Raw pointer events, before gesture recognition (the touch test pattern wants them).
    virtual void on_pointer(const PointerEvent&) {}
    virtual void on_wheel(float /*steps*/, double /*now_ms*/) {}
    virtual void on_key(Key, double /*now_ms*/, SceneRequest&) {}
    // Advance animations; true while something still moves (the app keeps drawing).
    virtual bool update(double /*now_ms*/) { return false; }
    // Small geometry that follows the scroll (position indicator), window pixels.
    virtual std::vector<SceneRect> dynamic_overlay() const { return {}; }
    virtual void dump_state(nlohmann::json&) const {}
    // The timeline event whose card is open, if any (for the visitor counts).
    virtual std::string selected_event() const { return {}; }
    // A scene that moves by itself (the attract loop): the app keeps drawing it gently,
    // though nothing is "moving" in the sense of a visitor's gesture.
    virtual bool ambient() const { return false; }
    // True when the geometry changed since the last call (the app re-prepares glyphs).
    virtual bool take_geometry_changed() { return false; }
};

class GlyphAtlas;
// Rasterises every glyph the geometry uses into the atlas, so frames only copy.
void prepare_glyphs(const SceneGeometry& g, GlyphAtlas& atlas);

// The topmost target under a point (window pixels), honouring the scroll, with its box
// in window pixels; nullptr if none.
const SceneTarget* topmost_target(const SceneGeometry& g, float scroll_px, float x, float y, RectF* window_box = nullptr);

// Which target lies under a point (window pixels), honouring the scroll; empty if none.
std::string target_at(const SceneGeometry& g, float scroll_px, float x, float y);

}  // namespace kiosk
