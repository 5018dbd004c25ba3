// A card: the title slide or one event of the timeline, as TimelineJS shows a slide.
// Its footer (previous, next, Close and other actions) stays put; its body (what and
// when, headline, picture, text, source) scrolls inside when it is taller than the
// room. Built once when the card opens; placed into the scene's top stack.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "content/rich_text.h"
#include "scenes/chrome.h"
#include "scenes/scene.h"

namespace kiosk {

struct CardSpec {
    std::string id;                  // an event's Id, or "title"
    std::string kicker;              // the group ("Trade") or "Introduction"
    Color kicker_color;
    std::string date;                // as displayed, or empty
    std::string headline;
    RichText text;
    std::string image_path;          // resolved; empty: no picture
    std::optional<std::pair<int, int>> image_size_px;
    std::string caption;             // caption and credit, shown under the picture
    RichText source;                 // "Source: …", or empty
    std::string language = "en";     // the interface's: buttons, the group, the date
    // Each text's own language (a Russian interface shows English where a row has no
    // Russian text, and that text is still hyphenated as English).
    std::string headline_language = "en", text_language = "en", caption_language = "en";
    ButtonSpec previous, next;       // at the footer's ends; `enabled` false at the story's ends
    std::vector<ButtonSpec> actions; // between them ("Read the telegram")
    ButtonSpec close;
};

struct Card {
    RectF frame;               // window pixels
    RectF body;                // the scrolling part's viewport
    float body_height_px = 0;  // the body's full height (scrolls when taller than `body`)
    std::vector<SceneRect> rects;
    std::vector<SceneImage> images;
    std::vector<SceneLine> lines;
    std::vector<SceneTarget> targets;
    std::vector<SpeechParagraph> speech;  // the headline and the text, for Listen
};

// Lays the card out within `area` (at most 62 characters wide, as tall as it needs up
// to the area's height), its top at the area's top.
Card build_card(const SceneContext& ctx, const CardSpec& spec, const RectF& area);

// Puts the card into the top stack of `g`; its body becomes the scene's viewport.
void add_card(SceneGeometry& g, const Card& card);

}  // namespace kiosk
