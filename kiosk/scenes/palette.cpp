#include "scenes/palette.h"

#include <algorithm>
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

MarkerShape group_shape(const SceneContext& ctx, const std::string& group) {
    if (group == "diplomacy") return MarkerShape::circle;
    if (group == "trade") return MarkerShape::square;
    if (group == "treaty") return MarkerShape::diamond;
    if (group == "conflict") return MarkerShape::triangle;
    if (group == "science") return MarkerShape::ring;
    if (group == "crisis") return MarkerShape::frame;
    // A curator's own groups take the shapes in turn, in the order the timeline uses them.
    static const MarkerShape order[] = {MarkerShape::circle,   MarkerShape::square, MarkerShape::diamond,
                                        MarkerShape::triangle, MarkerShape::ring,   MarkerShape::frame};
    if (!group.empty() && ctx.timeline) {
        std::size_t n = 0;
        for (const auto& g : ctx.timeline->groups) {
            if (g == group) return order[n % 6];
            if (!is_known_group(g)) ++n;
        }
    }
    return MarkerShape::circle;
}

void add_marker(std::vector<SceneRect>& out, MarkerShape shape, float cx, float cy, float r, Color colour,
                Color paper) {
    // The square and the diamond a little smaller than the circle's box, the triangle a
    // little larger: each looks about as heavy as the others.
    switch (shape) {
        case MarkerShape::circle:
            out.push_back({{cx - r, cy - r, 2 * r, 2 * r}, colour, Layer::fixed, r});
            break;
        case MarkerShape::square: {
            const float s = r * 0.88f;
            out.push_back({{cx - s, cy - s, 2 * s, 2 * s}, colour, Layer::fixed, r * 0.15f});
            break;
        }
        case MarkerShape::diamond: {
            const float s = r * 1.25f;
            out.push_back({{cx - s, cy - s, 2 * s, 2 * s}, colour, Layer::fixed, 0, Shape::diamond});
            break;
        }
        case MarkerShape::triangle: {
            const float s = r * 1.2f;
            out.push_back({{cx - s, cy - s * 1.05f, 2 * s, 2 * s * 0.95f}, colour, Layer::fixed, 0, Shape::triangle});
            break;
        }
        case MarkerShape::ring: {
            const float t = std::max(2.0f, r * 0.38f);
            out.push_back({{cx - r, cy - r, 2 * r, 2 * r}, colour, Layer::fixed, r});
            out.push_back({{cx - r + t, cy - r + t, 2 * (r - t), 2 * (r - t)}, paper, Layer::fixed, r - t});
            break;
        }
        case MarkerShape::frame: {
            const float s = r * 0.9f, t = std::max(2.0f, r * 0.38f);
            out.push_back({{cx - s, cy - s, 2 * s, 2 * s}, colour, Layer::fixed, 0});
            out.push_back({{cx - s + t, cy - s + t, 2 * (s - t), 2 * (s - t)}, paper, Layer::fixed, 0});
            break;
        }
    }
}

std::string group_label(const TimelineEvent& event, const UiWords& words, const std::string& language) {
    if (is_known_group(event.group)) return words("category." + event.group, language);
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
    auto mix = [a](std::uint8_t p, std::uint8_t q) {
        return static_cast<std::uint8_t>(std::lround(p * (1 - a) + q * a));
    };
    return {mix(theme.paper.r, amber.r), mix(theme.paper.g, amber.g), mix(theme.paper.b, amber.b)};
}

}  // namespace kiosk
