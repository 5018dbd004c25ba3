// Curator mode, behind a hidden gesture and a PIN: diagnostics, reload, a touch test
// pattern, and the only way to quit. Visitors never see it by accident.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/visitor_report.h"
#include "scenes/scene.h"

namespace kiosk {

// What the curator screen reports; gathered by the app when asked.
struct CuratorInfo {
    std::string version;
    double uptime_s = 0;
    double frames_per_s = 0;  // 0: not measured (headless)
    double memory_mb = 0;
    std::string screen;
    int content_version = 0;
    bool last_reload_ok = true;
    std::string last_reload_problem;
    std::vector<std::string> problems;  // load warnings and skipped rows
    std::string analytics;              // a one-line summary
    std::string sound;                  // the audio output: device, or why there is none
    std::string frames;                 // frame times: percentiles and frames over budget
};

// What the PIN pad shows; the app's curator gate holds the PIN and counts the tries.
struct PinPadView {
    std::size_t digits_entered = 0;
    bool error = false;        // the last PIN was wrong
    double locked_for_ms = 0;  // > 0: the pad is locked this much longer
    bool unlocked = false;     // the right PIN was entered: the panel opens
    bool no_pin = false;       // none is set: the pad says how to set one
};

// The scene asks for the pad's keys as settings "pin:0".."pin:9", "pin:back",
// "pin:cancel", "pin:ok"; the app answers them and lays the scene out again.
class CuratorScene : public Scene {
public:
    enum class Mode { pin, panel, touch_test, visitors };
    // `visitors`: this kiosk's visitor report, worked out when its page is opened.
    CuratorScene(std::function<PinPadView()> pad, std::function<CuratorInfo()> info,
                 std::function<VisitorReport()> visitors = {})
        : pad_(std::move(pad)), info_(std::move(info)), visitors_(std::move(visitors)) {}

    std::string name() const override { return "curator"; }
    void layout(const SceneContext& ctx) override;
    const SceneGeometry& geometry() const override { return geometry_; }
    void on_gesture(const Gesture& g, double now_ms, SceneRequest& req) override;
    void on_pointer(const PointerEvent& e) override;
    // On the PIN pad a keyboard types: digits, Backspace, Enter to open, Escape to leave.
    void on_key(Key key, double now_ms, SceneRequest& req) override;
    bool update(double now_ms) override;
    // The panel changes by itself (uptime, a reload's outcome, the lock-out countdown):
    // it is drawn again each second, as the attract loop is, without a touch.
    bool ambient() const override { return mode_ == Mode::pin || mode_ == Mode::panel; }
    double next_change_ms(double /*now_ms*/) const override { return last_refresh_ms_ + 1000; }
    bool take_geometry_changed() override;
    void dump_state(nlohmann::json& state) const override;
    Mode mode() const { return mode_; }

private:
    void build();
    void build_pin(SceneGeometry& g);
    void build_panel(SceneGeometry& g);
    void build_touch_test(SceneGeometry& g);
    void build_visitors(SceneGeometry& g);

    SceneContext ctx_;
    SceneGeometry geometry_;
    std::function<PinPadView()> pad_;
    std::function<CuratorInfo()> info_;
    std::function<VisitorReport()> visitors_;
    std::optional<VisitorReport> report_;  // while the visitors' page is open
    Mode mode_ = Mode::pin;
    double last_refresh_ms_ = 0;
    std::map<int, std::vector<std::pair<float, float>>> traces_;  // touch test: finger → points
    std::map<int, std::pair<float, float>> fingers_;
    bool changed_ = true;
};

}  // namespace kiosk
