// The parts every screen shares: the top bar with its buttons, and buttons in general.
#pragma once

#include <string>
#include <vector>

#include "content/config.h"
#include "scenes/scene_geometry.h"
#include "scenes/screen_metrics.h"

namespace kiosk {

class TextEngine;

struct ButtonSpec {
    std::string id;
    std::string label;
    bool primary = false;  // drawn in the accent colour
    bool enabled = true;   // a disabled button says why it does nothing (its target stays, harmless)
};

struct ChromeStyle {
    float label_px = 20;  // label type size
    float button_h_px = 56;
    float pad_px = 12;
};

ChromeStyle chrome_style(const ScreenMetrics& screen, float text_scale);

// Adds a button (rect, label, target) with its box at `box`.
void add_button(SceneGeometry& g, TextEngine& text, const ThemeConfig& theme, const ChromeStyle& style,
                const ButtonSpec& button, RectF box, const std::string& language);

// Width a button needs for its label.
float button_width(TextEngine& text, const ChromeStyle& style, const std::string& label, const std::string& language);

// A bar across the top: buttons on the left and right, a title between. Returns its
// height. `at_bottom`: across the bottom instead (a portrait screen, where a seated
// visitor reaches only the lower part; `g.height_px` must be set).
float add_top_bar(SceneGeometry& g, TextEngine& text, const ThemeConfig& theme, const ChromeStyle& chrome,
                  const std::vector<ButtonSpec>& left, const std::string& title, const std::vector<ButtonSpec>& right,
                  const std::string& language, bool at_bottom = false);

struct LineStyle {
    std::string role, id;
    Color fg, bg, accent;
    Layer layer = Layer::fixed;
    float measure_px = 0;
    int speech = -1;  // the readable paragraph the lines belong to (add_speech), or -1
};

// Registers a set paragraph as readable aloud in `list`; returns its index for LineStyle.
int add_speech(std::vector<SpeechParagraph>& list, const TypesetParagraph& paragraph, const std::string& language);

// A set paragraph's lines as scene lines, the first line's box top at `top`, each line
// `line_h` tall, baselines placed so the x-height band sits in the middle of the line
// (by the metrics of `face`). Returns the y below the last line.
float append_paragraph_lines(std::vector<SceneLine>& out, TextEngine& text, const TypesetParagraph& paragraph, int face,
                             float x0, float top, float line_h, const LineStyle& style);

// A single line of text as a scene line (not justified).
// A short text (a headline, a caption) set flush left without hyphenation at `measure`,
// with a little emergency stretch for a narrow one (`px`: its size).
TypesetParagraph set_plain_paragraph(TextEngine& text, const std::string& content, int face,
                                     const std::vector<std::string>& features, float measure, const std::string& lang,
                                     float px);

SceneLine make_label_line(TextEngine& text, const std::string& content, int face_index,
                          const std::vector<std::string>& features, float x, float top, float line_h, Color fg,
                          Color bg, const std::string& role, const std::string& id, Layer layer,
                          const std::string& language);

}  // namespace kiosk
