// The few words the kiosk itself says (buttons, invitations), per language. Curators'
// own texts live in the content files; these are the program's.
#pragma once

#include <string>

namespace kiosk {

// Returns the text for `key` in `language`, falling back to English, then to the key.
std::string ui_text(const std::string& key, const std::string& language);

}  // namespace kiosk
