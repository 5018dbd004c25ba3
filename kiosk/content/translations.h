// Reading the translation files: config/translations/<language>.toml, each a set of
// texts under fixed keys ("home", "[card] close" …). Every mistake is reported with
// its place; unknown keys get a "did you mean".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

struct TranslationsLoad {
    std::map<std::string, std::map<std::string, std::string>> texts;  // language → key → text
    Diagnostics problems;
    bool ok() const;  // no errors (warnings allowed)
};

// One language's file, already read, into `load` (the fuzzer calls this directly).
void parse_translation(const std::string& text, const std::string& path, const std::string& lang,
                       const std::vector<std::string>& known_keys, TranslationsLoad& load);

// `known_keys`: the keys the kiosk uses; `languages`: those the config offers.
TranslationsLoad load_translations(const std::string& folder, const std::vector<std::string>& known_keys,
                                   const std::vector<std::string>& languages);

}  // namespace kiosk
