#include "content/toml_depth.h"

#include <algorithm>

namespace kiosk {
namespace {

// Reads a TOML text once, character by character, keeping only what nesting needs: the
// depth of the last [table] header, the dotted key being read, and the arrays and
// inline tables open in a value. Strings and comments are stepped over.
class DepthScanner {
public:
    DepthScanner(std::string_view text, const std::string& path, int max_depth)
        : text_(text), path_(path), max_depth_(max_depth) {}

    std::optional<Diagnostic> run() {
        for (i_ = 0; i_ < text_.size(); ++i_) {
            const char c = text_[i_];
            if (str_ != Str::none) {
                inside_string(c);
            } else if (c == '\n') {
                new_line();
            } else if (c == '#') {  // a comment to the end of the line
                while (i_ + 1 < text_.size() && text_[i_ + 1] != '\n') ++i_;
            } else if (!opens_string(c)) {
                if (auto d = structure(c)) return d;
            }
        }
        return std::nullopt;
    }

private:
    enum class Str { none, basic, literal, multi_basic, multi_literal };

    std::optional<Diagnostic> too_deep(int depth) const {
        if (depth <= max_depth_) return std::nullopt;
        return Diagnostic{path_, line_, column_,
                          "the TOML nests more than " + std::to_string(max_depth_) +
                              " levels deep (tables, dotted keys, arrays); the kiosk reads at most that many"};
    }
    bool ahead(std::string_view what) const { return text_.substr(i_, what.size()) == what; }
    void skip(std::size_t chars) {
        i_ += chars;
        column_ += static_cast<int>(chars);
    }

    void inside_string(char c) {
        if ((str_ == Str::basic || str_ == Str::multi_basic) && c == '\\') {
            skip(1);  // an escaped character, whatever it is
        } else if ((str_ == Str::basic && c == '"') || (str_ == Str::literal && c == '\'')) {
            str_ = Str::none;
        } else if ((str_ == Str::multi_basic && ahead("\"\"\"")) || (str_ == Str::multi_literal && ahead("\'\'\'"))) {
            str_ = Str::none;
            skip(2);
        }
        if (c == '\n') {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
    }

    void new_line() {
        ++line_;
        column_ = 1;
        at_line_start_ = true;
        in_key_ = brackets_ == 0;
        in_header_ = false;
        key_depth_ = 0;
    }

    bool opens_string(char c) {
        if (ahead("\"\"\"") || ahead("\'\'\'")) {
            str_ = c == '"' ? Str::multi_basic : Str::multi_literal;
            i_ += 2;
            column_ += 3;
            return true;
        }
        if (c != '"' && c != '\'') return false;
        str_ = c == '"' ? Str::basic : Str::literal;
        ++column_;
        return true;
    }

    // A character of the document's structure: headers, keys, and brackets in values.
    std::optional<Diagnostic> structure(char c) {
        if (at_line_start_ && c == '[' && brackets_ == 0) {
            in_header_ = true;
            header_depth_ = 1;
            at_line_start_ = false;
            ++column_;
            return std::nullopt;
        }
        if (c != ' ' && c != '\t') at_line_start_ = false;
        std::optional<Diagnostic> d;
        if (in_header_) {
            if (c == '.') d = too_deep(++header_depth_);
            if (c == ']') in_header_ = false;
        } else if (in_key_ && brackets_ == 0) {
            if (c == '.') d = too_deep(header_depth_ + ++key_depth_ + 1);
            if (c == '=') in_key_ = false;
        } else {
            d = in_value(c);
        }
        ++column_;
        return d;
    }

    std::optional<Diagnostic> in_value(char c) {
        if (c == '[' || c == '{') {
            ++brackets_;
            if (c == '{') in_key_ = true;  // an inline table's keys may be dotted too
            return too_deep(header_depth_ + key_depth_ + 1 + brackets_);
        }
        if (c == ']' || c == '}') {
            brackets_ = std::max(0, brackets_ - 1);
        } else if (c == '.' && in_key_) {
            return too_deep(header_depth_ + ++key_depth_ + 1 + brackets_);
        } else if (c == '=') {
            in_key_ = false;
        } else if (c == ',') {
            in_key_ = brackets_ > 0;
            key_depth_ = 0;
        }
        return std::nullopt;
    }

    std::string_view text_;
    const std::string& path_;
    int max_depth_;
    std::size_t i_ = 0;
    int line_ = 1, column_ = 1;
    int header_depth_ = 0;  // segments of the last [table] header
    int brackets_ = 0;      // [ and { open in a value (arrays may span lines)
    int key_depth_ = 0;     // segments of the key on this line so far
    bool at_line_start_ = true, in_key_ = true, in_header_ = false;
    Str str_ = Str::none;
};

}  // namespace

std::optional<Diagnostic> toml_too_deep(std::string_view text, const std::string& path, int max_depth) {
    return DepthScanner(text, path, max_depth).run();
}

}  // namespace kiosk
