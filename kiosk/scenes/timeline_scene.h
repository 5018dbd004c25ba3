// The timeline: a horizontal time axis over era bands, events as markers with labels
// that never overlap (the rest gather in "+N" chips), explored by drag with momentum,
// pinch, double tap, wheel and keys; tapping an event opens its card over the axis.
#pragma once

#include <map>
#include <optional>

#include "scenes/chrome.h"
#include "scenes/scene.h"
#include "scenes/time_scale.h"

namespace kiosk {

class TimelineScene : public Scene {
public:
    // `focus_event`: centre the view on this event; `open_event`: open its card.
    TimelineScene(std::string focus_event, std::string open_event)
        : focus_event_(std::move(focus_event)), selected_(std::move(open_event)) {}

    std::string name() const override { return selected_.empty() ? "timeline" : "event"; }
    void layout(const SceneContext& ctx) override;
    const SceneGeometry& geometry() const override { return geometry_; }
    void on_gesture(const Gesture& g, double now_ms, SceneRequest& req) override;
    void on_wheel(float steps, double now_ms) override;
    void on_key(Key key, double now_ms, SceneRequest& req) override;
    bool update(double now_ms) override;
    void dump_state(nlohmann::json& state) const override;
    bool take_geometry_changed() override;

    const TimeScale& scale() const { return scale_; }
    std::string selected_event() const override { return selected_; }

private:
    struct EventLabel {
        std::vector<SceneLine> lines;  // date line then headline lines, at x=0, y from the box top
        float width = 0, height = 0;
    };
    void prepare_labels();
    void rebuild();
    void build_card(const TimelineEvent& ev);
    void open_card(const std::string& id);
    void animate_to(double from_day, double to_day, double now_ms);
    void tap(float x, float y, double now_ms, SceneRequest& req);
    Color category_color(Category c) const;

    SceneContext ctx_;
    SceneGeometry geometry_;
    TimeScale scale_;
    std::string focus_event_;
    std::string selected_;
    std::map<std::string, EventLabel> labels_;
    std::map<std::string, SceneLine> text_cache_;  // tick and era labels by text
    std::vector<std::pair<double, double>> cluster_ranges_;
    bool changed_ = true;
    bool laid_out_ = false;

    // Metrics chosen at layout.
    ChromeStyle chrome_;
    float bar_h_ = 0, label_px_ = 20, small_px_ = 16, lane_h_ = 80, axis_y_ = 0, plot_top_ = 0;
    int lanes_ = 4;

    // Motion: a fling glides with exponential decay; zooms and jumps animate.
    double glide_v_px_ms_ = 0, glide_start_ms_ = 0, glide_last_ms_ = 0;
    bool gliding_ = false;
    bool animating_ = false;
    double anim_start_ms_ = 0, anim_from0_ = 0, anim_to0_ = 0, anim_from1_ = 0, anim_to1_ = 0;
    bool dragging_ = false;
};

}  // namespace kiosk
