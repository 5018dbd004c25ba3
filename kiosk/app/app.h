// The application: loads configuration and content, keeps the last good content when
// a load fails, owns the scene and the renderer, and runs either the real loop (SDL
// events, real clock) or a replay (script events, virtual clock).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include <nlohmann/json_fwd.hpp>

#include "app/options.h"
#include "app/replay.h"
#include "content/config.h"
#include "content/document.h"
#include "content/timeline.h"
#include "input/gestures.h"
#include "platform/analytics_store.h"
#include "platform/file_watcher.h"
#include "scenes/scene.h"
#include "scenes/scene_geometry.h"

namespace kiosk {

class TextEngine;
class SdlRenderer;

class App {
public:
    explicit App(Options options);
    ~App();
    int run();

    // For tests and the benchmark: the app without a display.
    bool start_headless();
    void feed_pointer(PointerEvent::Kind kind, int finger, float x_px, float y_px);
    void advance_to(double now_ms);
    const Scene* scene() const { return scene_.get(); }
    nlohmann::json state_json() const;
    nlohmann::json layout_dump() const;
    bool render_to_png(const std::string& path);
    void render_frame();

private:
    bool load_configuration();
    bool load_document();
    bool load_timeline();
    bool load_texts();
    void apply_setting(const std::string& setting);
    bool transitioning() const;
    void check_idle();
    void start_logging();
    void open_analytics();
    void note(const std::string& kind, const std::string& name, long long duration_ms = -1);
    void start_session();
    void end_session();
    void check_curator_gesture();
    void open_curator();
    void close_curator();
    void start_watching();
    void service_watcher();
    bool reload_content();
    void reset_to_attract();
    SceneGeometry idle_overlay() const;
    double idle_warning_ms() const;
    std::optional<std::pair<int, int>> image_size(const std::string& path);
    bool create_text_engine();
    void switch_scene(const std::string& name, const std::string& focus_event = {});
    void relayout();
    void apply_request(const SceneRequest& req);
    void on_gesture(const Gesture& g);
    void on_key(Key key);
    void on_wheel(float steps);
    SceneContext context() const;
    int run_interactive();
    int run_headless();
    int run_replay(const std::vector<ReplayEvent>& events);
    int finish_outputs();
    GestureParams gesture_params() const;
    int width_px() const;
    int height_px() const;

    Options options_;
    Config config_;
    std::shared_ptr<const Document> document_;
    std::shared_ptr<const Timeline> timeline_;
    Config effective_config_;  // config_ with the visitor's comfort choices applied (contrast)
    bool high_contrast_ = false;
    bool reduced_motion_ = false;
    std::size_t text_step_ = 0;
    double transition_start_ms_ = -1e9;
    std::map<std::string, std::optional<std::pair<int, int>>> image_sizes_;
    // Idle handling: the last visitor input, the "still reading?" warning, and a touch
    // that only wakes or dismisses (swallowed until every finger has lifted).
    double last_input_ms_ = 0;
    bool idle_warning_ = false;
    bool swallowing_ = false;
    std::set<int> fingers_down_;
    // Feedback under the finger: the target pressed, shown until the finger lifts or moves.
    std::string pressed_id_;
    RectF pressed_box_;
    struct FingerStart { float x, y, start_x, start_y; double down_ms; };
    std::map<int, FingerStart> finger_starts_;
    std::unique_ptr<Scene> suspended_scene_;  // the visitor's scene while curator mode is open
    bool quit_requested_ = false;
    double started_real_ms_ = 0;
    double frames_per_s_ = 0;
    Diagnostics load_problems_;  // shown on the curator screen
    // Visitor counts: a session runs from the first touch to the idle reset.
    std::unique_ptr<AnalyticsStore> analytics_;
    long session_ = 0;
    double session_start_ms_ = 0, screen_start_ms_ = 0;
    std::string screen_name_, last_selected_event_;
    long long epoch_start_ms_ = 0;
    // Hot reload: edits are picked up a moment after the last write (editors write in
    // several steps) and accepted whole or rejected whole.
    std::unique_ptr<FileWatcher> watcher_;
    double change_seen_real_ms_ = -1;
    int content_version_ = 1;
    bool last_reload_ok_ = true;
    std::string last_reload_problem_;
    std::string config_path_;
    std::string load_problem_;  // why the last load failed (shown on the curator screen later)
    std::unique_ptr<TextEngine> text_;
    std::unique_ptr<SdlRenderer> renderer_;
    std::unique_ptr<Scene> scene_;
    GestureRecognizer gestures_;
    std::string language_ = "en";
    float text_scale_ = 1.0f;
    double now_ms_ = 0;
    int width_px_ = 1920, height_px_ = 1080;
};

// kiosk --check: every problem as FILE:LINE:COL: message; 0 when all is well.
int run_check(const Options& options);

// kiosk --report: the visitor report from the analytics database.
int run_report(const Options& options);

Key key_from_name(const std::string& name);

}  // namespace kiosk
