// The attract loop: what the kiosk shows to people walking by. A composition fills the
// screen for a few seconds (the exhibit's name and a sentence of the telegram, an event
// with its map, the telegram on its sheet, the question it asked) and moves slowly, then
// fades into the next (attract_slides.h); one clear invitation stays at the bottom. With
// reduced motion nothing moves or fades: the compositions change at once.
#pragma once

#include "scenes/attract_slides.h"
#include "scenes/scene.h"

namespace kiosk {

class AttractScene : public Scene {
public:
    std::string name() const override { return "attract"; }
    void layout(const SceneContext& ctx) override;
    const SceneGeometry& geometry() const override { return geometry_; }
    bool update(double now_ms) override;
    bool ambient() const override { return true; }
    double next_change_ms(double now_ms) const override;
    bool take_geometry_changed() override;
    void dump_state(nlohmann::json& state) const override;

private:
    // What the screen shows at a moment: which composition, how faded, how far its moving
    // part has travelled. Frames with the same moment are the same picture.
    struct Moment {
        std::size_t slide = 0;
        int alpha = 255;
        int dx_px = 0, dy_px = 0;
        bool operator==(const Moment&) const = default;
    };
    Moment moment_at(double now_ms) const;
    double loop_ms(double now_ms) const;
    void compose(double now_ms);

    SceneGeometry base_;      // the invitation, laid out once
    SceneGeometry geometry_;  // base_ plus this moment's composition
    std::vector<AttractSlide> slides_;
    bool reduced_motion_ = false;
    double slide_ms_ = 9000;
    bool changed_ = true;
    bool composed_ = false;
    Moment shown_;
    Color paper_{};
};

}  // namespace kiosk
