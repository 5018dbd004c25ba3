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
    std::string id;      // an event's Id, or "title"
    std::string kicker;  // the group ("Trade") or "Introduction"
    Color kicker_color;
    std::string date;  // as displayed, or empty
    std::string headline;
    RichText text;
    std::string image_path;  // resolved; empty: no picture
    std::optional<std::pair<int, int>> image_size_px;
    std::string caption;          // caption and credit, shown under the picture
    RichText source;              // "Source: …", or empty
    std::string language = "en";  // the interface's: buttons, the group, the date
    // Each text's own language (a Russian interface shows English where a row has no
    // Russian text, and that text is still hyphenated as English).
    std::string headline_language = "en", text_language = "en", caption_language = "en";
    ButtonSpec previous, next;  // at the footer's ends; `enabled` false at the story's ends
    // Longer labels for them, longest first ("‹ March 25, 1921 · Hughes turns the offer
    // down", "‹ March 25, 1921"): the longest that lets the footer stay one row is used,
    // and `previous.label` / `next.label` where none does.
    std::vector<std::string> previous_labels, next_labels;
    std::vector<ButtonSpec> actions;  // between them ("Read the telegram")
    // Actions the screen offers elsewhere too (the top bar's "Read the telegram"): left
    // out of the footer where it would leave the text fewer than four lines.
    std::vector<std::string> spare_actions;
    ButtonSpec close;
    bool centred = false;      // stands in the middle of its area's height (a card that has the whole screen)
    bool from_bottom = false;  // stands at its area's bottom (a sheet rising within reach, on a portrait screen)
};

struct Card {
    RectF frame;                // window pixels
    RectF body;                 // the scrolling part's viewport: it ends under a whole line
    float body_height_px = 0;   // the body's full height (scrolls when taller than `body`)
    bool side_by_side = false;  // the picture in a column beside the text
    RectF more;                 // the "More" cue under a body that scrolls (else empty)
    std::vector<std::pair<float, float>>
        line_spans;  // the body's lines' tops and bottoms, body coordinates (for paging)
    std::vector<SceneRect> rects;
    std::vector<SceneImage> images;
    std::vector<SceneLine> lines;
    std::vector<SceneTarget> targets;
    std::vector<SpeechParagraph> speech;  // the headline and the text, for Listen
};

// Lays the card out within `area`, its top at the area's top: the text at most 62
// characters wide, the picture beside it where the area is wide enough (landscape) or
// above it; as tall as it needs up to the area's height, and where the body must scroll,
// its visible part ends under a whole line with a "More" cue below.
Card build_card(const SceneContext& ctx, const CardSpec& spec, const RectF& area);

// Where a page down from `scroll_px` lands: the top of the first line not wholly shown.
float card_page_down(const Card& card, float scroll_px);

// Puts the card into the top stack of `g`; its body becomes the scene's viewport.
void add_card(SceneGeometry& g, const Card& card);

}  // namespace kiosk
