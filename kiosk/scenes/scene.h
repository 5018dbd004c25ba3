// A screen of the kiosk: prepared geometry, reactions to gestures, wheel and keys, and
// a state it can report. Scenes know nothing of SDL.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "content/config.h"
#include "content/document.h"
#include "content/timeline.h"
#include "input/gestures.h"
#include "input/keys.h"
#include "scenes/scene_geometry.h"
#include "scenes/screen_metrics.h"
#include "scenes/ui_text.h"

namespace kiosk {

class TextEngine;

// The narration as a scene shows it: whether texts can be read aloud at all, and
// which text is being read (its Listen button then says Pause, or Go on).
struct ListenView {
    bool available = false;          // audio is on
    bool device_voice = false;       // any text can be read (eSpeak NG)
    std::set<std::string> recorded;  // else only these: "ID.LANG" of recorded narrations
    std::string text_id;             // empty: nothing is being read
    bool paused = false;
    // Whether a Listen button can read the text that goes by `recording_id` in `language`.
    bool can_read(const std::string& recording_id, const std::string& language) const {
        return available && (device_voice || recorded.contains(recording_id + "." + language));
    }
    // The label of the Listen button of text `id`, in `language`.
    std::string label_for(const std::string& id, const UiWords& words, const std::string& language) const;
    bool playing(const std::string& id) const { return text_id == id && !paused; }
};

// What a scene offers to read aloud: a name for it, the file name a museum's own
// recording goes by, and the paragraph of its geometry's `speech` to start from.
struct SpeechSelection {
    std::string text_id;       // "telegram", "event:hughes-reply-1921"
    std::string recording_id;  // the document's or the event's id
    int first_paragraph = 0;
};

// A document the kiosk offers (Home has a door for each; its event's card offers it).
struct DocumentDoor {
    std::string title;       // in the visitor's language
    std::string event;       // the timeline event it belongs to; empty: none
    bool available = false;  // it could be loaded
    // The exhibit's own telegram, unnamed by the curator: the kiosk's words for it ("Read
    // the telegram", "Soviet Russia asks America for trade") describe it. Any other
    // document is called by its title, and those words are not used.
    bool telegram = true;
};

// Everything a scene lays out from. Owned by the app; replaced whole on reload.
struct SceneContext {
    TextEngine* text = nullptr;
    const Config* config = nullptr;
    const Document* document = nullptr;
    ScreenMetrics screen;
    std::string language = "en";
    UiWords words;  // the kiosk's own words (buttons, invitations) in every language
    float text_scale = 1.0f;
    bool reduced_motion = false;
    bool has_timeline = false;
    const Timeline* timeline = nullptr;
    // A document other than the configured telegram (--document): its own title, and
    // no way to "its" place on the timeline.
    bool other_document = false;
    // Every document offered, in order; `document` is documents[document_index], and
    // `document_event` its event (the reader's way to its place on the timeline).
    std::vector<DocumentDoor> documents;
    std::size_t document_index = 0;
    std::string document_event;
    bool high_contrast = false;
    ListenView listen;
    // Pixel size of an image file, or nothing if it cannot be read (the shell answers).
    std::function<std::optional<std::pair<int, int>>(const std::string&)> image_size;
};

// What a scene asks the app to do.
struct SceneRequest {
    std::string navigate_to;  // "home", "telegram", "document:N", "timeline", "event:ID"; empty: stay
    std::string focus_event;  // with "timeline": centre on this event
    std::string setting;      // "lang:ru", "text_size:next", "contrast:toggle", "motion:toggle"
    bool listen = false;      // Listen was tapped: read the scene's text, or pause it
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
    // When an ambient scene's picture next changes (the loop may sleep until then).
    virtual double next_change_ms(double now_ms) const { return now_ms + 1000.0 / 60.0; }
    // True when the geometry changed since the last call (the app re-prepares glyphs).
    virtual bool take_geometry_changed() { return false; }
    // What Listen would read here now (from the first paragraph on screen), if anything.
    virtual std::optional<SpeechSelection> speech_selection() const { return std::nullopt; }
    // Keep the word being read, at `box` (content layer), in view: a gentle glide, or
    // a jump with reduced motion.
    virtual void follow(const RectF& /*box*/, double /*now_ms*/) {}
};

class GlyphAtlas;
// Rasterises every glyph the geometry uses into the atlas, so frames only copy.
void prepare_glyphs(const SceneGeometry& g, GlyphAtlas& atlas);

// The topmost target under a point (window pixels), honouring the scroll, with its box
// in window pixels; nullptr if none.
const SceneTarget* topmost_target(const SceneGeometry& g, float scroll_px, float x, float y,
                                  RectF* window_box = nullptr);

// Which target lies under a point (window pixels), honouring the scroll; empty if none.
std::string target_at(const SceneGeometry& g, float scroll_px, float x, float y);

}  // namespace kiosk
