// libhyphen matches bytes in the dictionary's own encoding, which its first line names
// (hyph_en_US.dic is UTF-8; Debian's hyph_ru_RU.dic is KOI8-R). A word is lower-cased
// with ICU, converted to that encoding, hyphenated, and the points mapped back to
// byte offsets in the UTF-8 word.
//
// libhyphen's automaton applies, at each letter, only the longest pattern that ends
// there, so it expects every pattern to carry already the values of the shorter
// patterns inside it (LibreOffice's dictionaries are preprocessed so, by its
// substrings.pl; hyph_en_US.dic is). Debian's hyph_ru_RU.dic holds TeX's patterns as
// they are: loaded raw, most odd values (the hyphens) are lost. The patterns are
// therefore merged here, once, before libhyphen reads them.
#include "text/hyphenator.h"

#include <hyphen.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <unordered_map>

#include "core/limits.h"
#include "core/text_file.h"

namespace kiosk {

void HyphenDictDeleter::operator()(_HyphenDict* d) const {
    hnj_hyphen_free(d);
}

namespace {

struct ConverterDeleter {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

struct FileDeleter {
    void operator()(FILE* f) const { std::fclose(f); }
};

// A Liang pattern split into its letters and the values between them (one more value
// than letters): "1т2е" → "те", {1, 2, 0}.
struct Pattern {
    std::string letters;
    std::vector<char> values;
};

Pattern split_pattern(const std::string& text) {
    Pattern p;
    p.values.push_back(0);
    for (char c : text) {
        if (c >= '0' && c <= '9')
            p.values.back() = static_cast<char>(c - '0');
        else {
            p.letters += c;
            p.values.push_back(0);
        }
    }
    return p;
}

std::string join_pattern(const Pattern& p) {
    std::string out;
    for (std::size_t i = 0; i < p.letters.size(); ++i) {
        if (p.values[i]) out += static_cast<char>('0' + p.values[i]);
        out += p.letters[i];
    }
    if (p.values.back()) out += static_cast<char>('0' + p.values.back());
    return out;
}

// The dictionary's text with every pattern holding the values of the patterns inside
// it (the highest value at each place wins, as in Liang's algorithm). Keyword lines
// (LEFTHYPHENMIN, NEXTLEVEL, …), comments and non-standard patterns ("/") stay as they are.
std::string merged_dictionary(const std::string& dictionary) {
    std::istringstream in(dictionary);
    std::string header, line;
    std::getline(in, header);
    std::vector<std::string> lines;
    std::vector<Pattern> patterns;
    std::vector<int> pattern_of_line;
    std::unordered_map<std::string, std::size_t> by_letters;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
        const bool plain = !line.empty() && line[0] != '%' && line.find('/') == std::string::npos &&
                           !(line[0] >= 'A' && line[0] <= 'Z' && line.find_first_of("0123456789") == std::string::npos);
        if (plain) {
            Pattern p = split_pattern(line);
            if (!p.letters.empty() && !by_letters.count(p.letters)) {
                by_letters[p.letters] = patterns.size();
                pattern_of_line.push_back(static_cast<int>(patterns.size()));
                patterns.push_back(std::move(p));
                lines.push_back({});
                continue;
            }
        }
        pattern_of_line.push_back(-1);
        lines.push_back(line);
    }
    // The automaton stands, after each letter, in the longest state that the text read
    // so far ends with; a state is any prefix of a pattern. Every pattern that ends at
    // that letter is a suffix of the state, so each state carries the values of all of
    // them (and a prefix that is not itself a pattern becomes one where it has values).
    auto state_values = [&](const std::string& state) {
        std::vector<char> values(state.size() + 1, 0);
        for (std::size_t from = 0; from < state.size(); ++from) {
            const auto it = by_letters.find(state.substr(from));
            if (it == by_letters.end()) continue;
            const auto& inner = patterns[it->second].values;
            for (std::size_t k = 0; k < inner.size(); ++k) values[from + k] = std::max(values[from + k], inner[k]);
        }
        return values;
    };
    std::vector<Pattern> merged;
    merged.reserve(patterns.size());
    for (const auto& p : patterns) merged.push_back({p.letters, state_values(p.letters)});
    std::vector<std::string> prefix_lines;
    for (const auto& p : patterns)
        for (std::size_t len = 1; len < p.letters.size(); ++len) {
            const std::string prefix = p.letters.substr(0, len);
            if (by_letters.count(prefix)) continue;
            Pattern state{prefix, state_values(prefix)};
            if (std::none_of(state.values.begin(), state.values.end(), [](char v) { return v != 0; })) continue;
            by_letters[prefix] = patterns.size();  // once only
            patterns.push_back({prefix, std::vector<char>(prefix.size() + 1, 0)});
            prefix_lines.push_back(join_pattern(state));
        }
    std::ostringstream out;
    out << header << '\n';
    for (std::size_t i = 0; i < lines.size(); ++i)
        out << (pattern_of_line[i] >= 0 ? join_pattern(merged[static_cast<std::size_t>(pattern_of_line[i])]) : lines[i])
            << '\n';
    for (const auto& l : prefix_lines) out << l << '\n';
    return out.str();
}

std::string first_line(const std::string& dictionary) {
    std::string line = dictionary.substr(0, dictionary.find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    return line;
}

}  // namespace

Result<Hyphenator> Hyphenator::load(const std::string& dictionary_path, int left_min, int right_min) {
    // Through the one door: a regular file within its limit (a FIFO, /dev/zero or a huge
    // file would block or exhaust a reload).
    auto dictionary = read_text_file(dictionary_path, limits::dictionary_bytes, "the hyphenation dictionary");
    if (!dictionary) return dictionary.error();
    std::string text = merged_dictionary(dictionary.value());
    std::unique_ptr<FILE, FileDeleter> memory(fmemopen(text.data(), text.size(), "r"));
    HyphenDict* raw = memory ? hnj_hyphen_load_file(memory.get()) : nullptr;
    if (!raw) return Diagnostic{dictionary_path, 0, 0, "hyphenation dictionary not found or unreadable"};
    Hyphenator h;
    h.dict_ = std::shared_ptr<_HyphenDict>(raw, HyphenDictDeleter{});
    h.left_min_ = left_min;
    h.right_min_ = right_min;
    std::string encoding = first_line(dictionary.value());
    std::transform(encoding.begin(), encoding.end(), encoding.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (encoding != "UTF-8" && encoding != "UTF8") {
        UErrorCode status = U_ZERO_ERROR;
        UConverter* c = ucnv_open(encoding.c_str(), &status);
        if (U_FAILURE(status) || !c) {
            if (c) ucnv_close(c);
            return Diagnostic{dictionary_path, 1, 1,
                              "the dictionary's encoding \"" + encoding + "\" is not one ICU knows"};
        }
        // Patterns are matched byte by byte, one byte a letter: only single-byte encodings.
        if (ucnv_getMaxCharSize(c) != 1) {
            ucnv_close(c);
            return Diagnostic{dictionary_path, 1, 1,
                              "the dictionary's encoding \"" + encoding + "\" is not a single-byte encoding"};
        }
        ucnv_close(c);
        h.encoding_ = encoding;
    }
    return h;
}

std::vector<std::size_t> Hyphenator::points(std::string_view word) const {
    std::vector<std::size_t> out;
    if (!dict_ || word.size() > 120) return out;
    const icu::UnicodeString original =
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())));
    icu::UnicodeString lower_u = original;
    lower_u.toLower();
    // Offsets are mapped through code points, so the lower case must keep their count.
    if (lower_u.countChar32() != original.countChar32()) return out;
    const std::int32_t letters = original.countChar32();
    if (letters < left_min_ + right_min_) return out;
    for (std::int32_t i = 0; i < lower_u.length();) {
        const UChar32 c = lower_u.char32At(i);
        if (!u_isalpha(c)) return out;  // numbers, hyphens, apostrophes: leave the word whole
        i += U16_LENGTH(c);
    }

    // The word as the dictionary spells it; `char_of_byte[k]`: which letter byte k is.
    std::string encoded;
    std::vector<std::int32_t> char_of_byte;
    if (encoding_.empty()) {
        lower_u.toUTF8String(encoded);
        std::int32_t ch = -1;
        for (unsigned char b : encoded) {
            if ((b & 0xC0) != 0x80) ++ch;
            char_of_byte.push_back(ch);
        }
    } else {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<UConverter, ConverterDeleter> conv(ucnv_open(encoding_.c_str(), &status));
        if (U_FAILURE(status)) return out;
        // A letter the encoding lacks would become a substitute: leave such words whole.
        ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        encoded.resize(static_cast<std::size_t>(letters) * 2 + 8);
        const std::int32_t n = ucnv_fromUChars(conv.get(), encoded.data(), static_cast<std::int32_t>(encoded.size()),
                                               lower_u.getBuffer(), lower_u.length(), &status);
        if (U_FAILURE(status) || n != letters) return out;
        encoded.resize(static_cast<std::size_t>(n));
        for (std::int32_t k = 0; k < n; ++k) char_of_byte.push_back(k);
    }

    // libhyphen wants room for the word's length plus 5.
    std::vector<char> hyphens(encoded.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(dict_.get(), encoded.c_str(), static_cast<int>(encoded.size()), hyphens.data(), nullptr, &rep,
                          &pos, &cut, left_min_, right_min_, 2, 2);
    if (rep) {  // non-standard hyphenation (not used by these patterns): ignore
        for (std::size_t i = 0; i < encoded.size(); ++i) std::free(rep[i]);
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
    // Byte offset in the original UTF-8 word where each letter starts.
    std::vector<std::size_t> start_of_char;
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(word.size());) {
        start_of_char.push_back(static_cast<std::size_t>(i));
        UChar32 c;
        U8_NEXT(word.data(), i, static_cast<std::int32_t>(word.size()), c);
    }
    for (std::size_t k = 0; k + 1 < encoded.size(); ++k) {
        // A point after byte k, where k ends a letter: the next letter starts a new line.
        if (!(hyphens[k] & 1) || char_of_byte[k + 1] == char_of_byte[k]) continue;
        const auto next = static_cast<std::size_t>(char_of_byte[k + 1]);
        if (next < start_of_char.size()) out.push_back(start_of_char[next]);
    }
    return out;
}

}  // namespace kiosk
