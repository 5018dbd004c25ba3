// What one visitor has chosen: language, text size step, high contrast, less motion.
// The curator's configuration gives the defaults; the idle reset goes back to them so
// the next visitor starts fresh. Pure: no files, no SDL.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "content/config.h"

namespace kiosk {

struct VisitorDefaults {
    std::string language = "en";
    bool reduced_motion = false;
    bool high_contrast = false;
    std::size_t text_step = 0;
};

class VisitorSettings {
public:
    // The curator's defaults (and the command line's --lang), applied at once.
    void set_defaults(VisitorDefaults defaults);
    // New text size steps (a reloaded configuration); the visitor's step is kept.
    void set_text_steps(std::vector<float> steps);
    // Back to the defaults: language, the first text step, normal contrast and motion.
    void reset();

    // "lang:CODE", "text_size:next", "contrast:toggle", "motion:toggle". Returns the
    // analytics name of the choice ("larger_text", …; the code for a language), or
    // empty when `setting` is not a visitor setting.
    std::string apply(const std::string& setting);

    const std::string& language() const { return language_; }
    std::size_t text_step() const { return text_step_; }
    float text_scale() const;
    bool high_contrast() const { return high_contrast_; }
    bool reduced_motion() const { return reduced_motion_; }

    // The configuration with the visitor's choices applied (the high-contrast theme).
    Config effective(const Config& config) const;
    // The same, kept for the scenes to read: made again from `config` when it or a
    // choice changes.
    void refresh(const Config& config) { visitor_config_ = effective(config); }
    const Config& visitor_config() const { return visitor_config_; }

private:
    Config visitor_config_;
    VisitorDefaults defaults_;
    std::vector<float> steps_{1.0f};
    std::string language_ = "en";
    std::size_t text_step_ = 0;
    bool high_contrast_ = false;
    bool reduced_motion_ = false;
};

}  // namespace kiosk
