#include "narration/content_speech.h"

#include <algorithm>

#include "content/rich_text.h"

namespace kiosk {
namespace {

SpeechParagraph paragraph_of(const std::vector<Span>& spans, const std::string& language) {
    SpeechParagraph p;
    p.language = language;
    for (const auto& s : spans) {
        if (s.style & span_note_ref) continue;  // seen, not heard
        p.text += s.text;
    }
    return p;
}

}  // namespace

std::vector<SpeechParagraph> document_speech(const Document& document, const std::string& language) {
    const Document* doc = document.language == language ? &document : document.translation(language);
    std::vector<SpeechParagraph> out;
    if (!doc) return out;
    auto exhibit = [&](ExhibitText::Kind kind) {
        if (const ExhibitText* t = document.exhibit_text(kind, language); t && t->language == language)
            for (const auto& b : t->blocks) out.push_back(paragraph_of(b.spans, t->language));
    };
    exhibit(ExhibitText::Kind::introduction);
    for (const auto& b : doc->blocks)
        if (b.role != BlockRole::source) out.push_back(paragraph_of(b.spans, doc->language));
    exhibit(ExhibitText::Kind::afterword);
    return out;
}

std::vector<SpeechParagraph> card_speech(const LocalText& headline, const LocalText& text) {
    std::vector<SpeechParagraph> out{{headline.text, headline.language, {}}};
    for (const auto& p : parse_rich_text(text.text).paragraphs) out.push_back(paragraph_of(p, text.language));
    return out;
}

}  // namespace kiosk
