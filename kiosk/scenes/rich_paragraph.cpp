#include "scenes/rich_paragraph.h"

#include "text/text_engine.h"

namespace kiosk {

TypesetParagraph set_rich_paragraph(TextEngine& text, const std::vector<Span>& spans, const RichStyle& style,
                                    float measure_px) {
    ParagraphSpec spec;
    const int roman = text.face(style.roman, style.size_px), italic = text.face(style.italic, style.size_px);
    for (const auto& span : spans) {
        TextStyle ts;
        ts.face_index = (span.style & span_italic) ? italic : roman;
        ts.features = style.features;
        if (span.style & span_small_caps) ts.features.push_back("smcp");
        if (span.style & span_bold) ts.color_slot = 1;
        spec.styles.push_back(ts);
        spec.runs.push_back({span.text, static_cast<int>(spec.styles.size()) - 1, {}});
    }
    spec.measure_px = measure_px;
    spec.align = style.align;
    spec.hyphenation = style.hyphenation;
    spec.language = style.language;
    spec.kp.emergency_stretch_px = style.size_px * 1.5f;
    return text.setter(style.language).set(spec);
}

}  // namespace kiosk
