// The screen on show: the current scene, the visitor's scene kept aside while curator
// mode is open, and the short dip to paper when one screen replaces another.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "scenes/scene.h"

namespace kiosk {

// What content there is to make scenes from.
struct SceneSources {
    bool fonts = false;
    bool document = false;
    bool timeline = false;  // a timeline with events
    std::function<bool(const std::string&)> has_event;
    std::string problem;  // why there is nothing to show (the resting screen's reason)
};

// The scene for a name ("home", "telegram", "timeline", "attract", "event:ID"),
// falling back to Home when its content is missing, and to the resting screen when
// there is nothing at all to show.
std::unique_ptr<Scene> make_scene(const std::string& name, const std::string& focus_event, const SceneSources& sources);

class Screens {
public:
    static constexpr double transition_ms = 250;

    Scene* current() const { return current_.get(); }
    bool showing(const char* name) const { return current_ && current_->name() == name; }

    // Replaces the current scene; with `animate`, a dip to paper from `now_ms`.
    void show(std::unique_ptr<Scene> scene, double now_ms, bool animate);
    // Curator mode over the visitor's scene, which waits aside.
    void show_over(std::unique_ptr<Scene> scene);
    // Back to the scene that waited aside; false if there is none.
    bool resume();

    bool transitioning(double now_ms) const { return now_ms - transition_start_ms_ < transition_ms; }
    double transition_progress(double now_ms) const { return (now_ms - transition_start_ms_) / transition_ms; }

private:
    std::unique_ptr<Scene> current_;
    std::unique_ptr<Scene> suspended_;
    double transition_start_ms_ = -1e9;
};

}  // namespace kiosk
