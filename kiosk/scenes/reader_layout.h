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

namespace kiosk {

class TextEngine;

struct ReaderLayoutInput {
    const Document* document = nullptr;
    const Config* config = nullptr;
    ScreenMetrics screen;
    float text_scale = 1.0f;
    std::string language = "en";
    bool show_timeline_button = false;
    std::string title;  // empty: the telegram's title from the translations
};

struct ReaderLayout {
    SceneGeometry geometry;
    float body_px = 0;
    float measure_px = 0;
    float average_char_px = 0;
    std::map<std::string, float> anchor_y;  // content y of footnotes ("fn1") and pages ("page-764")
    int worst_pass = 0;                     // highest Knuth–Plass pass any paragraph needed
};

ReaderLayout layout_reader(TextEngine& text, const ReaderLayoutInput& input);

}  // namespace kiosk
