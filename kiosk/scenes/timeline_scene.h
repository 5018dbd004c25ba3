// The timeline: a horizontal time axis over era bands, events as markers with labels
// that never overlap, an overview strip of the whole span, and a card (the title
// slide or an event) that steps through the story with previous and next, the axis
// gliding underneath. Every event is within reach at every zoom: a label, its own
// marker, or a cluster of markers closer than a finger.
//
// Files: timeline_scene.cpp (opening, input, motion, state), timeline_view.cpp (the
// geometry of the current view), event_card.cpp (cards), overview_strip.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "input/kinetic_scroller.h"
#include "scenes/chrome.h"
#include "scenes/event_card.h"
#include "scenes/label_placement.h"
#include "scenes/marker_groups.h"
#include "scenes/overview_strip.h"
#include "scenes/scene.h"
#include "scenes/time_scale.h"
#include "text/text_engine.h"

namespace kiosk {

class TimelineScene : public Scene {
public:
    // How the timeline opens: on the configured opening view with the title slide (if
    // the curator wants one), centred on one event, or with an event's card open.
    enum class Opening { overview, focus, card };
    TimelineScene(Opening opening, std::string event_id) : opening_(opening), opening_event_(std::move(event_id)) {}

    std::string name() const override { return selected_.empty() ? "timeline" : "event"; }
    void layout(const SceneContext& ctx) override;
    const SceneGeometry& geometry() const override { return geometry_; }
    float scroll_px() const override { return static_cast<float>(card_scroll_.position()); }
    void on_gesture(const Gesture& g, double now_ms, SceneRequest& req) override;
    void on_wheel(float steps, double now_ms) override;
    void on_key(Key key, double now_ms, SceneRequest& req) override;
    bool update(double now_ms) override;
    std::vector<SceneRect> dynamic_overlay() const override;
    void dump_state(nlohmann::json& state) const override;
    bool take_geometry_changed() override;
    std::string selected_event() const override { return selected_; }
    std::optional<SpeechSelection> speech_selection() const override;
    void follow(const RectF& box, double now_ms) override;

    const TimeScale& scale() const { return scale_; }
    bool title_slide() const { return slide_ == Slide::title; }

private:
    enum class Slide { none, title, event };
    enum class DragMode { none, pan, strip, card_scroll, card_swipe, card_bar, chooser_scroll };
    struct EventLabel {
        std::vector<SceneLine> lines;  // date line then headline lines, at x=0, y from the box top
        float width = 0, height = 0;
        int lanes = 1;
    };
    // Labels with their date and a headline of up to three lines, or (on a short screen,
    // where fewer than three such lanes fit) the headline alone on one line.
    enum class LabelStyle { full, one_line };
    // Sizes chosen at layout.
    struct Metrics {
        ChromeStyle chrome;
        float bar_h = 0, label_px = 20, small_px = 16, finger_px = 44, marker_r = 6;
        // The bar's room at the top (landscape) or at the bottom (portrait: within a
        // seated visitor's reach); the other is 0.
        float top_h = 0, bottom_h = 0;
        float axis_y = 0, strip_y = 0, strip_h = 0, controls_y = 0, margin = 16, ticks_h = 0;
        float lane_h = 80;
        float chip_h = 0;  // the row of cluster chips between the labels and the axis
        LabelStyle label_style = LabelStyle::full;
        float open_axis_y = 0;    // the axis with no card open
        bool whole_span = false;  // the view shows every year
        bool compact = false;     // a short screen with a card: axis, card, strip (no controls)
        bool reading = false;     // a short screen with an event's card: the card alone
        bool strip_hidden = false;
        RectF slide_area;  // where a card goes
    };

    // ---- timeline_scene.cpp: opening, actions, input, motion.
    void choose_opening_range();
    void show_title(double now_ms);
    void show_event(int index, double now_ms, bool glide);
    void close_slide();
    void step(int direction, double now_ms);
    void open_cluster(const std::vector<int>& events, double now_ms);
    void tap(float x, float y, double now_ms, SceneRequest& req);
    // Scrolls the card so that the bar, touched at `y_px`, stands under the finger.
    void scroll_card_to_bar(float y_px, double now_ms, bool animate);
    void animate_to_units(double from_units, double to_units, double now_ms);
    void zoom_by(double factor, double now_ms);
    void glide_to_event(int index, double now_ms);
    void move_window_to(float strip_x);

    // ---- timeline_view.cpp: preparing (at layout) and placing (each view change).
    void measure();
    void arrange();
    void prepare_labels(LabelStyle style);
    void build_slide();
    void rebuild();
    void add_eras_and_axis(SceneGeometry& g, float lanes_top);
    void add_markers_and_labels(SceneGeometry& g, float lanes_top);
    // What stands on the visible axis: (event index, x), and the labels they ask for.
    struct AxisView {
        std::vector<std::pair<int, float>> in_view;
        std::vector<LabelRequest> requests;
    };
    // The events without a label, grouped, each group's target span, and where the
    // labelled markers stand (sorted).
    struct AxisGroups {
        std::vector<MarkerGroup> groups;
        std::vector<std::pair<float, float>> spans;
        std::vector<float> labelled_x;
    };
    AxisView add_spans_and_gather(SceneGeometry& g) const;
    LabelLayout place_event_labels(const std::vector<LabelRequest>& requests, float lanes_top);
    AxisGroups group_the_rest(const std::vector<std::pair<int, float>>& in_view, const LabelLayout& placed) const;
    void add_markers(SceneGeometry& g, const std::vector<std::pair<int, float>>& in_view,
                     const std::vector<MarkerGroup>& groups) const;
    RectF label_box(const PlacedLabel& p, const EventLabel& label) const;
    void add_labels(SceneGeometry& g, const LabelLayout& placed, std::vector<SceneTarget>& targets) const;
    void add_axis_targets(SceneGeometry& g, const AxisGroups& axis, float lanes_top, std::vector<SceneTarget>& targets);
    void add_controls(SceneGeometry& g);
    void place_hint(SceneGeometry& g, TextEngine& text, const ThemeConfig& theme, const ChromeStyle& st, float left_end,
                    float right_end) const;
    void place_chooser();
    void fill_title_spec(CardSpec& spec) const;
    bool fill_event_spec(CardSpec& spec) const;
    void begin_drag(const Gesture& g, bool on_card);
    void continue_drag(const Gesture& g, double now_ms);
    void end_drag(const Gesture& g, double now_ms);
    void add_chooser(SceneGeometry& g);
    void add_legend(SceneGeometry& g);
    Color category_color(const std::string& group) const;  // from group_colours_
    // A cluster's chip: its lines at x from the chip's left, y from its top.
    struct Chip {
        std::vector<SceneLine> lines;
        RectF count_box;  // x and w: the count's dark badge
        float width = 0;
        int lead = -1;
    };
    Chip make_chip(const std::vector<int>& members, float room_px, bool whole_only);
    // Where a chip stands (its box) and whether in the row over the axis.
    struct ChipPlace {
        RectF box;
        float centre = 0;  // over its markers
        bool in_row = false;
    };
    ChipPlace place_chip(const MarkerGroup& grp, Chip& chip, std::pair<float, float> room,
                         std::pair<float, float> target, bool chip_row);
    void add_chip(SceneGeometry& g, const MarkerGroup& grp, const Chip& chip, const ChipPlace& place,
                  const std::string& id) const;
    SceneLine cached_line(const std::string& s, FontRole role, float px, Color fg, Color bg,
                          const std::string& line_role);
    int lanes_for(float lanes_top) const;
    float plot_top() const;

    Opening opening_;
    std::string opening_event_;
    SceneContext ctx_;
    SceneGeometry geometry_;
    Metrics m_;
    // Each group's colour (the key "" too), resolved at layout: a drag rebuilds the view
    // every frame and looks them up, it does not work them out again.
    std::map<std::string, Color> group_colours_;
    TimeScale scale_;
    std::vector<StoryStretch> compressed_;  // where the axis runs fast, drawn dashed
    OverviewStrip strip_;
    std::map<std::string, EventLabel> labels_;
    std::map<std::string, SceneLine> text_cache_;  // tick, era and control labels by text
    bool changed_ = true;
    bool laid_out_ = false;
    int lanes_ = 0;

    // What is open: a card (the title slide or an event), a cluster's list, the key.
    Slide slide_ = Slide::none;
    std::string selected_;
    Card card_;
    std::string card_id_;  // the event (or "title") the card was built for
    KineticScroller card_scroll_;
    std::vector<int> chooser_;  // events of the tapped cluster, by index
    float chooser_x_ = 0;
    RectF chooser_box_;  // where the open list stands (labels under it give way)
    float chooser_scroll_px_ = 0;
    struct ChooserRow {
        int event = 0;
        float top = 0, height = 0;     // within the list's content
        std::vector<SceneLine> lines;  // x from the list's left, y from the row's top
    };
    std::vector<ChooserRow> chooser_rows_;
    float chooser_content_h_ = 0;
    bool legend_open_ = false;
    bool full_card_ = false;  // the open card needs the whole screen (its words would scroll above the axis)

    // Motion: a fling glides with exponential decay; zooms and jumps animate.
    double glide_v_px_ms_ = 0, glide_start_ms_ = 0, glide_last_ms_ = 0;
    bool gliding_ = false;
    bool animating_ = false;
    double anim_start_ms_ = 0, anim_from0_ = 0, anim_to0_ = 0, anim_from1_ = 0, anim_to1_ = 0;
    DragMode drag_ = DragMode::none;
    float drag_start_x_ = 0, drag_start_y_ = 0, drag_dx_ = 0, strip_grab_dx_ = 0;
    bool drag_decided_ = false;
};

}  // namespace kiosk
