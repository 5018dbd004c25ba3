// The few words the kiosk itself says (buttons, invitations), per language. Curators
// edit them in config/translations/<lang>.toml; the built-in English and Russian
// texts below stand in for any text a file does not give, so a visitor never sees a
// bare key.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kiosk {

// language → key → text, as read from the translation files.
using UiTexts = std::map<std::string, std::map<std::string, std::string>>;

// Installs the texts read from the files (the app does, at start and on reload).
void set_ui_texts(std::shared_ptr<const UiTexts> texts);

// The text for `key` in `language`: from the files, else the built-in text, else the
// English one, else the key itself.
std::string ui_text(const std::string& key, const std::string& language);

// Every key the kiosk uses (for checking translation files).
std::vector<std::string> ui_text_keys();

}  // namespace kiosk
