// Home: what the exhibit is, an invitation, large doors (the telegram, or each of
// several documents; the timeline) and, within a seated visitor's reach, language and comfort options.
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
    // The doors that lead somewhere, in order, set at layout. A door whose content could
    // not be loaded (and has no last good version) says so calmly and is not a button;
    // the curator finds why in curator mode and the log.
    std::vector<std::string> open_doors_;
};

}  // namespace kiosk
