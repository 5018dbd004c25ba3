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

// The words of one content version: the translation files' texts over the built-in
// ones. They travel in SceneContext (a reload brings a new set; nothing is global).
class UiWords {
public:
    UiWords() = default;  // the built-in texts only
    explicit UiWords(std::shared_ptr<const UiTexts> from_files) : files_(std::move(from_files)) {}
    // The text for `key` in `language`: from the files, else the built-in text, else
    // the English one, else the key itself.
    std::string operator()(const std::string& key, const std::string& language) const;

private:
    const std::string* from_files(const std::string& key, const std::string& language) const;
    std::shared_ptr<const UiTexts> files_;
};

// Every key the kiosk uses (for checking translation files).
std::vector<std::string> ui_text_keys();

}  // namespace kiosk
