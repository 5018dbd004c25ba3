#include "content/translations.h"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "content/toml_depth.h"
#include "core/limits.h"
#include "core/paths.h"
#include "core/suggest.h"
#include "core/text_file.h"

namespace kiosk {
namespace {

void flatten(const toml::table& table, const std::string& prefix, const std::string& path,
             std::map<std::string, std::string>& out, Diagnostics& problems) {
    for (auto&& [k, node] : table) {
        const std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
        if (const auto* sub = node.as_table()) {
            flatten(*sub, key, path, out, problems);
        } else if (node.is_string()) {
            out[key] = *node.value<std::string>();
        } else {
            problems.push_back({path, static_cast<int>(node.source().begin.line),
                                static_cast<int>(node.source().begin.column),
                                "\"" + key + "\": expected a text in quotes"});
        }
    }
}

}  // namespace

bool TranslationsLoad::ok() const {
    return std::none_of(problems.begin(), problems.end(),
                        [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; });
}

void parse_translation(const std::string& text, const std::string& path, const std::string& lang,
                       const std::vector<std::string>& known_keys, TranslationsLoad& load) {
    if (auto deep = toml_too_deep(text, path, limits::toml_depth)) {
        load.problems.push_back(*deep);
        return;
    }
    const std::set<std::string> known(known_keys.begin(), known_keys.end());
    toml::table root;
    try {
        root = toml::parse(text, path);
    } catch (const toml::parse_error& err) {
        load.problems.push_back({path, static_cast<int>(err.source().begin.line),
                                 static_cast<int>(err.source().begin.column),
                                 std::string("not valid TOML: ") + std::string(err.description())});
        return;
    }
    auto& texts = load.texts[lang];
    flatten(root, "", path, texts, load.problems);
    for (const auto& [key, value] : texts) {
        if (known.count(key)) continue;
        // Find the key's line for the message.
        int line = 0;
        std::istringstream lines(text);
        std::string l;
        const auto dot = key.rfind('.');
        const std::string leaf = key.substr(dot == std::string::npos ? 0 : dot + 1);
        const std::string section = dot == std::string::npos ? std::string() : key.substr(0, dot);
        // In its own section: "telegram" under [attract] is not "telegram" under [home].
        std::string in;
        for (int n = 1; std::getline(lines, l); ++n) {
            const auto first = l.find_first_not_of(" \t");
            if (first != std::string::npos && l[first] == '[' && l.find(']') != std::string::npos) {
                in = l.substr(first + 1, l.find(']') - first - 1);
                continue;
            }
            const std::string rest = first == std::string::npos ? std::string() : l.substr(first);
            if (in == section && rest.rfind(leaf, 0) == 0 && rest.size() > leaf.size() &&
                (rest[leaf.size()] == ' ' || rest[leaf.size()] == '=' || rest[leaf.size()] == '\t')) {
                line = n;
                break;
            }
        }
        load.problems.push_back({path, line, line ? 1 : 0,
                                 "unknown key \"" + key + "\"" + did_you_mean(key, known_keys) + "; it is not used",
                                 Diagnostic::Severity::warning});
    }
}

TranslationsLoad load_translations(const std::string& folder, const std::vector<std::string>& known_keys,
                                   const std::vector<std::string>& languages) {
    namespace fs = std::filesystem;
    TranslationsLoad load;
    std::error_code ec;
    for (const auto& lang : languages) {
        const std::string path = (fs::path(folder) / (lang + ".toml")).string();
        if (!fs::exists(path, ec)) {
            load.problems.push_back(
                {path, 0, 0,
                 "no translation file for the offered language \"" + lang + "\"; the built-in texts are used",
                 Diagnostic::Severity::warning});
            continue;
        }
        // A link out of the folder (to /etc/passwd, to another museum's files) is not read.
        if (!inside_folder(folder, path)) {
            load.problems.push_back(
                {path, 0, 0,
                 "the translation file leads outside its folder " + folder +
                     " (a link to another place); it is not read, and the built-in texts are used"});
            continue;
        }
        auto text = read_text_file(path, limits::config_bytes, "the translation");
        if (!text) {
            load.problems.push_back(text.error());
            continue;
        }
        parse_translation(text.value(), path, lang, known_keys, load);
    }
    return load;
}

}  // namespace kiosk
