// The calm screen shown when there is nothing good to show (no document could ever be
// loaded): no error text for visitors, just a quiet card; the reason is in the log.
#pragma once

#include "scenes/scene.h"

namespace kiosk {

class FallbackScene : public Scene {
public:
    explicit FallbackScene(std::string reason) : reason_(std::move(reason)) {}
    std::string name() const override { return "fallback"; }
    void layout(const SceneContext& ctx) override;
    const SceneGeometry& geometry() const override { return geometry_; }
    void dump_state(nlohmann::json& state) const override;

private:
    std::string reason_;
    SceneGeometry geometry_;
};

}  // namespace kiosk
