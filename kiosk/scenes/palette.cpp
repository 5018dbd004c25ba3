#include "scenes/palette.h"

#include <cmath>

#include "scenes/ui_text.h"

namespace kiosk {

Color group_colour(const SceneContext& ctx, const std::string& group) {
    // Each at least 5:1 on the paper (AA for the card's small group name); in high
    // contrast at least 7:1 on white (AAA).
    const bool hc = ctx.high_contrast;
    if (group == "diplomacy") return hc ? Color{0x1d, 0x3f, 0x66} : Color{0x2f, 0x5d, 0x8c};
    if (group == "conflict") return hc ? Color{0x5f, 0x1f, 0x14} : Color{0x8c, 0x2f, 0x1f};
    if (group == "trade") return hc ? Color{0x1f, 0x55, 0x35} : Color{0x2a, 0x73, 0x49};
    if (group == "treaty") return hc ? Color{0x4a, 0x33, 0x70} : Color{0x6a, 0x4c, 0x93};
    if (group == "science") return hc ? Color{0x13, 0x54, 0x62} : Color{0x1c, 0x6f, 0x80};
    if (group == "crisis") return hc ? Color{0x6a, 0x3a, 0x0c} : Color{0x95, 0x52, 0x14};
    // Plum, olive, rose, slate, umber, pine: apart from the six above, 5.4–7.2:1 on the
    // paper, 9.5–11.5:1 on white in high contrast.
    static const Color more[] = {{0x7a, 0x3b, 0x69}, {0x4f, 0x5d, 0x1c}, {0x8a, 0x30, 0x47},
                                 {0x3f, 0x4f, 0x6b}, {0x6b, 0x4e, 0x16}, {0x2f, 0x6b, 0x5e}};
    static const Color more_hc[] = {{0x5c, 0x2a, 0x4f}, {0x39, 0x44, 0x14}, {0x6a, 0x20, 0x34},
                                    {0x2c, 0x3a, 0x51}, {0x4f, 0x39, 0x0f}, {0x20, 0x4d, 0x44}};
    if (!group.empty() && ctx.timeline) {
        std::size_t n = 0;
        for (const auto& g : ctx.timeline->groups) {
            if (g == group) return hc ? more_hc[n % 6] : more[n % 6];
            if (!is_known_group(g)) ++n;
        }
    }
    return ctx.config->theme.ink;
}

std::string group_label(const TimelineEvent& event, const std::string& language) {
    if (is_known_group(event.group)) return ui_text("category." + event.group, language);
    return event.group_name;
}

Color era_colour(const SceneContext& ctx, const TimelineEra& era, std::size_t index) {
    // High contrast: the pastel bands give way to white and a light grey, by turns, so
    // black text on them reads at its best and the eras still part.
    if (ctx.high_contrast) return index % 2 ? Color{0xea, 0xea, 0xea} : Color{0xff, 0xff, 0xff};
    return era.background;
}

Color reading_highlight(const ThemeConfig& theme, bool high_contrast) {
    const Color amber{0xff, 0xcc, 0x33};
    const float a = high_contrast ? 0.75f : 0.45f;
    auto mix = [a](std::uint8_t p, std::uint8_t q) { return static_cast<std::uint8_t>(std::lround(p * (1 - a) + q * a)); };
    return {mix(theme.paper.r, amber.r), mix(theme.paper.g, amber.g), mix(theme.paper.b, amber.b)};
}

}  // namespace kiosk
