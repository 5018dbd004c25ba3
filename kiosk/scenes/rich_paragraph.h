// Setting rich text (content/rich_text.h) with the paragraph engine: italic spans in
// the italic face, bold ones in the accent colour (the serif has no bold cut here).
#pragma once

#include <string>
#include <vector>

#include "content/document.h"
#include "text/paragraph.h"

namespace kiosk {

class TextEngine;
enum class FontRole;

struct RichStyle {
    FontRole roman, italic;
    float size_px = 20;
    std::vector<std::string> features{"kern", "liga", "onum"};
    Alignment align = Alignment::justify;
    Hyphenation hyphenation = Hyphenation::on;
    std::string language = "en";
};

TypesetParagraph set_rich_paragraph(TextEngine& text, const std::vector<Span>& spans, const RichStyle& style,
                                    float measure_px);

}  // namespace kiosk
