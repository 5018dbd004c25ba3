// The short note on a person named in the document, over the page: name, dates, role
// in 1921, a sentence or two, in the visitor's language where the files give it.
#pragma once

#include "content/document.h"
#include "scenes/scene.h"

namespace kiosk {

// Adds the note to the top stack of `g`, with its targets: "person-close", the card
// itself ("person-card") and, under it, the rest of the screen ("person-backdrop").
void add_person_note(SceneGeometry& g, const SceneContext& ctx, const Person& person);

// "Kalinin, Mikhail Ivanovich" → "Mikhail Ivanovich Kalinin" for a note in English;
// other languages keep the list's order (Russian reference works put the surname first).
std::string display_name(const std::string& listed, const std::string& language);

}  // namespace kiosk
