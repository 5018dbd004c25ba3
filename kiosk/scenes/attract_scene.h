// The attract loop: what the kiosk shows to people walking by. Lines of the telegram
// fade in and out one after another, years of the timeline drift slowly across, and
// one clear invitation says what to do. With reduced motion it holds still.
#pragma once

#include "scenes/scene.h"

namespace kiosk {

class AttractScene : public Scene {
public:
    std::string name() const override { return "attract"; }
    void layout(const SceneContext& ctx) override;
    const SceneGeometry& geometry() const override { return geometry_; }
    bool update(double now_ms) override;
    bool ambient() const override { return !reduced_motion_; }
    double next_change_ms(double now_ms) const override;
    bool take_geometry_changed() override;
    void dump_state(nlohmann::json& state) const override;

private:
    // What the screen shows at a moment: which excerpt, how faded, how far the years
    // have drifted. Frames with the same moment are the same picture.
    struct Moment {
        std::size_t excerpt = 0;
        int alpha = 255;
        int offset_px = 0;
        bool operator==(const Moment&) const = default;
    };
    Moment moment_at(double now_ms) const;
    void compose(double now_ms);
    struct Excerpt {
        std::vector<SceneLine> lines;  // centred, at y from the excerpt's top
        float height = 0;
    };
    SceneGeometry base_;      // title and invitation, laid out once
    SceneGeometry geometry_;  // base_ plus this moment's excerpt and drifting years
    std::vector<Excerpt> excerpts_;
    std::vector<SceneLine> years_;
    float excerpt_top_ = 0, years_y_ = 0, years_span_ = 0, width_ = 0;
    bool reduced_motion_ = false;
    bool drifting_years_ = true;
    double excerpt_ms_ = 9000;
    bool changed_ = true;
    bool composed_ = false;
    Moment shown_;
    std::size_t shown_excerpt_ = 0;
    Color ink_{}, paper_{};
};

}  // namespace kiosk
