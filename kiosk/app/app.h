// The application: the parts that each own one piece of state, and the flow between
// them. A loop driver (interactive, headless, replay) feeds it input and time:
//
//   files ──▶ ContentStore ──snapshot──▶ Scene::layout ──geometry──▶ SdlRenderer
//   input ──▶ Fingers, IdlePolicy, CuratorGate ──▶ GestureRecognizer ──▶ Scene
//   Scene ──SceneRequest──▶ App::apply ──▶ VisitorSettings, Screens, ContentStore
//   screens shown, events opened, choices ──▶ VisitorSession ──▶ AnalyticsSink
//   Listen ──▶ Narrator ──voice──▶ the sound card; the word heard ──▶ lit on the page
//
// The parts are pure where they can be (settings, idle, gate, fingers, press, session
// bookkeeping) and are tested alone; App only routes between them.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "app/content_store.h"
#include "app/curator_gate.h"
#include "app/fingers.h"
#include "app/focus_ring.h"
#include "app/frame_times.h"
#include "app/health_metrics.h"
#include "app/idle_policy.h"
#include "app/narrator.h"
#include "app/options.h"
#include "app/press_feedback.h"
#include "app/reload_watcher.h"
#include "app/run_state.h"
#include "app/screens.h"
#include "app/visitor_session.h"
#include "app/visitor_settings.h"
#include "input/gestures.h"
#include "scenes/frame_picture.h"
#include "scenes/word_boxes.h"

namespace kiosk {

// What the app does beside showing scenes, by run mode.
struct Duties {
    bool watch_files = false;     // hot reload
    bool count_visitors = false;  // analytics
    bool sound_card = false;      // Listen plays through the sound card (else on the clock)
    bool health_file = false;     // the metrics file ([metrics] textfile); never for previews
    bool own_state = false;       // the running kiosk: it may set a damaged state file aside
};

class App {
public:
    explicit App(Options options);
    ~App();

    // ---- Starting: configuration first (a driver opens its window from it), then
    // the content, then the canvas to lay out for, then the first scene.
    void load_configuration();
    void start_logging() const;  // to the configured log file, at the configured level
    void load_content();
    // The canvas the driver's renderer draws (upright); again when the window changes
    // size, and the scene is laid out anew.
    void set_canvas(const Canvas& canvas);
    const Canvas& canvas() const { return canvas_; }
    void begin(const Duties& duties);
    const Config& config() const { return content_.config(); }
    const Options& options() const { return options_; }

    // ---- Input, in window pixels.
    void feed_pointer(PointerEvent::Kind kind, int finger, float x_px, float y_px);
    void feed_key(Key key);
    void feed_wheel(float steps);
    void open_curator();  // F12 on a keyboard; the corner hold does it by itself
    bool in_curator() const { return screens_.showing("curator"); }

    // ---- Time. `tick` does one frame's work at `now_ms` (idle, the corner hold, long
    // presses, animations) and says whether anything still moves; `advance_to` runs
    // the virtual clock in 60 Hz frames. `poll_edits` reloads content after an edit.
    bool tick(double now_ms);
    void advance_to(double target_ms);
    bool poll_edits();
    // Reads the content again now (a replay's "reload", a curator's request) and shows
    // it if it is accepted.
    void reload();
    // Writes the health file now, as the interval would (a replay's "metrics").
    void write_health_now() { write_metrics(true); }
    bool ambient() const;
    // True when the scene's picture changed since the last call (an ambient scene's
    // frame that would look the same as the last is not drawn).
    bool take_picture_changed();
    double next_picture_ms() const;  // when an ambient scene's picture next changes
    bool settling();                 // advances the scene's animations; true while they or a transition go on
    double now_ms() const { return now_ms_; }
    void set_now(double now_ms) { now_ms_ = now_ms; }  // input is stamped with the time it was read
    std::string scene_name() const { return screens_.current() ? screens_.current()->name() : "nothing"; }
    RunState& run_state() { return run_; }

    // A clean end (a signal from the service manager): the session closed and written.
    void shutdown(const std::string& why);

    // ---- Output.
    // What to draw now: the scene's prepared geometry and the moment's overlays. The
    // driver draws it and says how long that took (the health file's frame times).
    FramePicture frame();
    void record_frame_ms(double drawing_ms);
    nlohmann::json state_json() const;
    nlohmann::json layout_dump() const;

private:
    void show(const std::string& name, const std::string& focus_event = {});
    void relayout();
    void prepare_glyphs_if_changed();
    void prepare_scene_glyphs(const Scene& scene);
    void apply(const SceneRequest& request);
    void apply_pin_key(const std::string& key);
    void configure_gate();
    void content_accepted();
    void on_gesture(const Gesture& g);
    void handle_pointer(PointerEvent::Kind kind, int finger, float x_px, float y_px);
    void flush_moves();
    void reset_to_attract();
    void close_curator();
    SceneContext context() const;
    GestureParams gesture_params() const;
    void refresh_visitor_config();
    KioskHealth health() const;
    std::vector<std::string> own_files() const;          // files the kiosk writes, not edits to read
    std::vector<std::string> other_state_files() const;  // the database and the log: never the health file
    void write_metrics(bool up);
    void listen();
    void keep_narration_on_screen();
    std::vector<WordBox> heard_word_boxes() const;

    Options options_;
    ContentStore content_;      // config, document, timeline, words, fonts
    VisitorSettings settings_;  // language, text size, contrast, motion; the config as they see it
    IdlePolicy idle_;           // the warning and the reset
    VisitorSession session_;    // anonymous counts
    CuratorGate gate_;          // the corner hold and the PIN
    Fingers fingers_;           // fingers down, and a waking touch swallowed
    PressFeedback press_;       // the target under the finger
    FocusRing focus_;           // the target Tab has reached
    Narrator narrator_;         // reading aloud
    GestureRecognizer gestures_;
    Screens screens_;                   // the scene shown, curator mode over it, transitions
    Canvas canvas_;                     // what the driver's renderer draws
    unsigned long images_version_ = 0;  // counts reloads: image files may have changed
    ReloadWatcher watcher_;             // hot reload
    MetricsFile metrics_;               // health for node_exporter
    FrameTimes frames_;                 // how long each drawn frame took
    // The idle warning's card, laid out when its countdown, language, size or content
    // changes (once a second), not every frame it shows.
    struct IdleCard {
        std::string key;
        SceneGeometry geometry;
    };
    IdleCard idle_card_;
    bool metrics_on_ = false;           // this run writes it (not a preview)
    bool analytics_set_aside_ = false;  // the database was not one: set aside, a new one started
    RunState run_;                      // uptime, frame rate, quit
    double now_ms_ = 0;                 // the app's clock: real or virtual
    bool picture_changed_ = true;       // the scene's geometry changed since take_picture_changed()
    long long picture_changes_ = 0;     // how often it changed: frames drawn should follow it, not the clock
    std::size_t reading_ = 0;           // which of the documents the reader shows
    std::map<int, std::pair<float, float>> pending_moves_;  // latest move per finger, this frame
    struct MoveCounts {
        long long received = 0, handled = 0;
    } moves_;  // for the state dump: how much a flood of moves was coalesced
};

}  // namespace kiosk
