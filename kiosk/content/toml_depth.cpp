#include "content/toml_depth.h"

#include <algorithm>

namespace kiosk {

std::optional<Diagnostic> toml_too_deep(std::string_view text, const std::string& path, int max_depth) {
    int line = 1, column = 1;
    int header_depth = 0;  // segments of the last [table] header
    int brackets = 0;      // [ and { open in a value (arrays may span lines)
    int key_depth = 0;     // segments of the key on this line so far
    bool at_line_start = true, in_key = true, in_header = false;
    enum class Str { none, basic, literal, multi_basic, multi_literal } str = Str::none;
    auto too_deep = [&](int depth) -> std::optional<Diagnostic> {
        if (depth <= max_depth) return std::nullopt;
        return Diagnostic{path, line, column,
                          "the TOML nests more than " + std::to_string(max_depth) +
                              " levels deep (tables, dotted keys, arrays); the kiosk reads at most that many"};
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const std::string_view rest = text.substr(i);
        if (str != Str::none) {
            if (str == Str::basic && c == '\\') {
                ++i;
                ++column;
            } else if (str == Str::multi_basic && c == '\\') {
                ++i;
                ++column;
            } else if ((str == Str::basic && c == '"') || (str == Str::literal && c == '\''))
                str = Str::none;
            else if (str == Str::multi_basic && rest.substr(0, 3) == "\"\"\"") {
                str = Str::none;
                i += 2;
                column += 2;
            } else if (str == Str::multi_literal && rest.substr(0, 3) == "'''") {
                str = Str::none;
                i += 2;
                column += 2;
            }
            if (c == '\n') {
                ++line;
                column = 1;
            } else
                ++column;
            continue;
        }
        if (c == '\n') {
            ++line;
            column = 1;
            at_line_start = true;
            in_key = brackets == 0;
            in_header = false;
            key_depth = 0;
            continue;
        }
        if (c == '#') {  // a comment to the end of the line
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
            continue;
        }
        if (rest.substr(0, 3) == "\"\"\"") {
            str = Str::multi_basic;
            i += 2;
            column += 3;
            continue;
        }
        if (rest.substr(0, 3) == "'''") {
            str = Str::multi_literal;
            i += 2;
            column += 3;
            continue;
        }
        if (c == '"') {
            str = Str::basic;
            ++column;
            continue;
        }
        if (c == '\'') {
            str = Str::literal;
            ++column;
            continue;
        }
        if (at_line_start && c == '[' && brackets == 0) {
            in_header = true;
            header_depth = 1;
            at_line_start = false;
            ++column;
            continue;
        }
        if (c != ' ' && c != '\t') at_line_start = false;
        if (in_header) {
            if (c == '.') {
                ++header_depth;
                if (auto d = too_deep(header_depth)) return d;
            }
            if (c == ']') in_header = false;
        } else if (in_key && brackets == 0) {
            if (c == '.') {
                ++key_depth;
                if (auto d = too_deep(header_depth + key_depth + 1)) return d;
            }
            if (c == '=') in_key = false;
        } else {
            if (c == '[' || c == '{') {
                ++brackets;
                if (auto d = too_deep(header_depth + key_depth + 1 + brackets)) return d;
                if (c == '{') in_key = true;  // an inline table's keys may be dotted too
            } else if (c == ']' || c == '}') {
                brackets = std::max(0, brackets - 1);
            } else if (c == '.' && in_key) {
                ++key_depth;
                if (auto d = too_deep(header_depth + key_depth + 1 + brackets)) return d;
            } else if (c == '=') {
                in_key = false;
            } else if (c == ',') {
                in_key = brackets > 0;
                key_depth = 0;
            }
        }
        ++column;
    }
    return std::nullopt;
}

}  // namespace kiosk
