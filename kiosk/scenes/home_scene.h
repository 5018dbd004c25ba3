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
    // Which doors lead somewhere: the telegram's and the timeline's, set at layout. A
    // door whose content could not be loaded (and has no last good version) says so
    // calmly and is not a button; the curator finds why in curator mode and the log.
    bool open_[2] = {true, true};
};

}  // namespace kiosk
