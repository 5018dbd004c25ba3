// What Listen reads of the content itself, without a layout: the words a museum's
// recording must follow (kiosk --check matches each script against them). The scenes
// register the same paragraphs as they set them.
#pragma once

#include <string>
#include <vector>

#include "content/document.h"
#include "content/timeline.h"
#include "narration/speech_text.h"

namespace kiosk {

// The document in `language` (the original, or its translation): the exhibit's
// introduction, the letter without its file number, the afterword. Empty when the
// document has no reading in that language.
std::vector<SpeechParagraph> document_speech(const Document& document, const std::string& language);

// A card: the headline, then the text, each in `language` where the row has it.
std::vector<SpeechParagraph> card_speech(const LocalText& headline, const LocalText& text);

}  // namespace kiosk
