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
    bool take_geometry_changed() override;
    void dump_state(nlohmann::json& state) const override;

private:
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
    std::size_t shown_excerpt_ = 0;
    Color ink_{}, paper_{};
};

}  // namespace kiosk
