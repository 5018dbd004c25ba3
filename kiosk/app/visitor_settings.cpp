#include "app/visitor_settings.h"

#include <algorithm>

namespace kiosk {

void VisitorSettings::set_defaults(VisitorDefaults defaults) {
    defaults_ = std::move(defaults);
    reset();
}

void VisitorSettings::set_text_steps(std::vector<float> steps) {
    steps_ = std::move(steps);
}

void VisitorSettings::reset() {
    language_ = defaults_.language;
    text_step_ = defaults_.text_step;
    high_contrast_ = defaults_.high_contrast;
    reduced_motion_ = defaults_.reduced_motion;
}

std::string VisitorSettings::apply(const std::string& setting) {
    if (setting.rfind("lang:", 0) == 0) {
        language_ = setting.substr(5);
        return language_;
    }
    if (setting == "text_size:next") {
        text_step_ = steps_.empty() ? 0 : (text_step_ + 1) % steps_.size();
        return "larger_text";
    }
    if (setting == "contrast:toggle") {
        high_contrast_ = !high_contrast_;
        return "high_contrast";
    }
    if (setting == "motion:toggle") {
        reduced_motion_ = !reduced_motion_;
        return "reduced_motion";
    }
    return {};
}

float VisitorSettings::text_scale() const {
    return steps_.empty() ? 1.0f : steps_[std::min(text_step_, steps_.size() - 1)];
}

Config VisitorSettings::effective(const Config& config) const {
    Config c = config;
    if (high_contrast_) {
        // Black on white with strong greys: for low vision, and for screens in sunlight.
        auto& t = c.theme;
        t.paper = {0xff, 0xff, 0xff};
        t.ink = {0x00, 0x00, 0x00};
        t.muted = {0x30, 0x30, 0x30};
        t.bar = {0xe4, 0xe4, 0xe4};
        t.accent = {0x80, 0x0f, 0x00};  // 8:1 on the bar, 10.6:1 on white (WCAG AAA)
    }
    return c;
}

}  // namespace kiosk
