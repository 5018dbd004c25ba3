// The telegram reader: the document set as a page that scrolls by finger (with
// momentum), wheel and keys, with a slim position indicator; footnote marks jump to
// their note.
#pragma once

#include "input/kinetic_scroller.h"
#include "scenes/reader_layout.h"
#include "scenes/scene.h"

namespace kiosk {

class ReaderScene : public Scene {
public:
    std::string name() const override { return "telegram"; }
    void layout(const SceneContext& ctx) override;
    const SceneGeometry& geometry() const override { return layout_.geometry; }
    float scroll_px() const override { return static_cast<float>(scroller_.position()); }
    void set_scroll_px(float px) override { scroller_.set_position(px); }
    void on_gesture(const Gesture& g, double now_ms, SceneRequest& req) override;
    void on_wheel(float steps, double now_ms) override;
    void on_key(Key key, double now_ms, SceneRequest& req) override;
    bool update(double now_ms) override { return scroller_.update(now_ms); }
    std::vector<SceneRect> dynamic_overlay() const override;
    void dump_state(nlohmann::json& state) const override;
    std::optional<SpeechSelection> speech_selection() const override;
    void follow(const RectF& box, double now_ms) override;
    bool take_geometry_changed() override {
        const bool c = changed_;
        changed_ = false;
        return c;
    }

    const ReaderLayout& reader_layout() const { return layout_; }
    float max_scroll_px() const { return static_cast<float>(scroller_.max()); }

    bool showing_translation() const { return showing_translation_; }

private:
    std::string text_id() const;
    void scroll_to(double target_px, double now_ms);
    void rebuild(bool keep_place_by_block);
    // The id of the block at the top of the view, and how far into it the view is (0..1).
    std::pair<std::string, double> place() const;
    SceneContext ctx_;
    bool showing_translation_ = false;
    std::string laid_out_language_;  // the visitor's language at the last layout (empty: none yet)
    bool changed_ = true;
    std::string person_;  // the person whose note is open, or empty
    ReaderLayout layout_;
    KineticScroller scroller_;
    Color track_{}, thumb_{};
    bool reduced_motion_ = false;
    bool dragging_ = false;
    std::string event_id_;  // the document's event on the timeline
};

}  // namespace kiosk
