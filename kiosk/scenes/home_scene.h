// Home: what the exhibit is, an invitation, two large doors (the telegram, the
// timeline) and, within a seated visitor's reach, language and comfort options.
#pragma once

#include "scenes/scene.h"

namespace kiosk {

class HomeScene : public Scene {
public:
    std::string name() const override { return "home"; }
    void layout(const SceneContext& ctx) override;
    const SceneGeometry& geometry() const override { return geometry_; }
    void on_gesture(const Gesture& g, double now_ms, SceneRequest& req) override;
    void on_key(Key key, double now_ms, SceneRequest& req) override;

private:
    SceneGeometry geometry_;
    SceneContext ctx_;
};

}  // namespace kiosk
