// Lays out a document as a page for the reader screen: type size and measure from the
// physical screen, each block set by the paragraph engine, page breaks as marginal
// marks, footnotes at the end, and the top bar. Pure geometry out; runs only when
// content, language, text size or window size change.
#pragma once

#include <map>
#include <string>

#include "content/config.h"
#include "content/document.h"
#include "scenes/scene_geometry.h"
#include "scenes/screen_metrics.h"
#include "scenes/ui_text.h"

namespace kiosk {

class TextEngine;

struct ReaderLayoutInput {
    const Document* document = nullptr;  // what is set: the original or a translation
    const Document* original = nullptr;  // the exhibit's texts and the persons (null: `document`)
    const Config* config = nullptr;
    ScreenMetrics screen;
    float text_scale = 1.0f;
    std::string language = "en";  // the interface's
    UiWords words;                // the kiosk's own words
    bool show_timeline_button = false;
    // A translation for the interface's language: the button to switch, and whether the
    // translation is what is shown now.
    bool offer_translation = false, showing_translation = false;
    std::string title;  // empty: the telegram's title from the translations
    bool high_contrast = false;
    std::string listen_label;  // the Listen button's words; empty: no button
};

struct ReaderLayout {
    SceneGeometry geometry;
    float body_px = 0;
    float measure_px = 0;
    float average_char_px = 0;
    std::map<std::string, float> anchor_y;  // content y of footnotes ("fn1"), pages ("page-764"),
                                            // and blocks by id ("block:d723-p2", "block-end:…")
    int worst_pass = 0;                     // highest Knuth–Plass pass any paragraph needed
};

ReaderLayout layout_reader(TextEngine& text, const ReaderLayoutInput& input);

}  // namespace kiosk
