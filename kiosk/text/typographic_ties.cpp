#include "text/typographic_ties.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace kiosk {
namespace {

using CodePoints = std::vector<UChar32>;

CodePoints decode(std::string_view s) {
    CodePoints out;
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(s.size());) {
        UChar32 c;
        U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), c);
        out.push_back(c < 0 ? 0xFFFD : c);
    }
    return out;
}

// Quotation marks and brackets that open a word: «(в», "“March".
bool opens(UChar32 cp) {
    const auto c = static_cast<char32_t>(cp);
    return c == U'«' || c == U'„' || c == U'“' || c == U'"' || c == U'(' || c == U'[' || c == U'‘' || c == U'\'';
}

// Marks that close a word or end a clause.
bool closes(UChar32 cp) {
    const auto c = static_cast<char32_t>(cp);
    return c == U'.' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?' || c == U'»' || c == U'“' ||
           c == U'”' || c == U'"' || c == U')' || c == U']' || c == U'’' || c == U'\'';
}

bool is_digit(UChar32 c) {
    return c >= '0' && c <= '9';
}
bool is_dash(UChar32 cp) {
    const auto c = static_cast<char32_t>(cp);
    return c == U'–' || c == U'—' || c == U'-' || c == U'‑';
}

// The word without its opening marks.
CodePoints without_openers(CodePoints w) {
    std::size_t i = 0;
    while (i < w.size() && opens(w[i])) ++i;
    w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(i));
    return w;
}

// The word without opening or closing marks, in lower case: what is compared with a list.
std::u32string bare_lower(const CodePoints& word) {
    CodePoints w = without_openers(word);
    while (!w.empty() && closes(w.back()) && w.back() != U'.') w.pop_back();
    std::u32string out;
    for (UChar32 c : w) out.push_back(static_cast<char32_t>(u_tolower(c)));
    return out;
}

bool all_letters(const CodePoints& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](UChar32 c) { return u_isalpha(c) != 0; });
}

// A number as it stands before what it counts: digits, perhaps grouped or ranged
// ("1809–1991", "11–12", "3.5"), ending with a digit (no comma or full stop after it).
bool is_number(const CodePoints& word) {
    const CodePoints w = without_openers(word);
    if (w.empty() || !is_digit(w.back()) || !is_digit(w.front())) return false;
    return std::all_of(w.begin(), w.end(),
                       [](UChar32 c) { return is_digit(c) || is_dash(c) || c == U'.' || c == U','; });
}

bool starts_with_digit(const CodePoints& word) {
    const CodePoints w = without_openers(word);
    return !w.empty() && is_digit(w.front());
}

bool is_roman_numeral(const std::u32string& lower) {
    return !lower.empty() && lower.size() <= 6 && std::all_of(lower.begin(), lower.end(), [](char32_t c) {
        return c == U'i' || c == U'v' || c == U'x' || c == U'l';
    });
}

template <std::size_t N>
bool one_of(const std::u32string& w, const std::array<std::u32string_view, N>& list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Two-letter prepositions, conjunctions and negations.
constexpr std::array<std::u32string_view, 14> russian_short_words = {U"во", U"до", U"за", U"из", U"ко", U"на", U"не",
                                                                     U"ни", U"но", U"об", U"от", U"по", U"со", U"да"};
// Particles that lean on the word before them.
constexpr std::array<std::u32string_view, 6> russian_enclitics = {U"же", U"ж", U"ли", U"ль", U"бы", U"б"};
// Abbreviations that stand before a number: «с. 764», «т. II», «№ 723».
constexpr std::array<std::u32string_view, 14> russian_before_number = {
    U"с.", U"ст.", U"т.", U"№", U"п.", U"гл.", U"рис.", U"табл.", U"док.", U"вып.", U"ч.", U"кн.", U"стр.", U"ок."};
// Words a number counts in English that must not be left alone: units and signs.
constexpr std::array<std::u32string_view, 20> english_units = {U"km", U"m",  U"cm", U"mm",      U"kg",  U"g",    U"t",
                                                               U"mi", U"ft", U"lb", U"lbs",     U"mph", U"km/h", U"kb",
                                                               U"mb", U"gb", U"%",  U"percent", U"°",   U"a.m."};
constexpr std::array<std::u32string_view, 15> english_before_number = {U"p.",    U"pp.",  U"vol.", U"vols.", U"doc.",
                                                                       U"docs.", U"no.",  U"nos.", U"fig.",  U"ch.",
                                                                       U"art.",  U"sec.", U"§",    U"c.",    U"ca."};
constexpr std::array<std::u32string_view, 21> english_months = {
    U"january", U"february",  U"march",   U"april",    U"may",      U"june",  U"july",
    U"august",  U"september", U"october", U"november", U"december", U"jan.",  U"feb.",
    U"mar.",    U"apr.",      U"jun.",    U"jul.",     U"aug.",     U"sept.", U"oct."};

bool is_initial(const CodePoints& word) {
    const CodePoints w = without_openers(word);
    return w.size() == 2 && u_isupper(w[0]) && w[1] == U'.';
}

// A Roman numeral in capitals, perhaps followed by closing punctuation: "I", "II,", "IV)".
bool regnal_numeral(const CodePoints& word) {
    CodePoints w = word;
    while (!w.empty() && closes(w.back())) w.pop_back();
    return !w.empty() && w.size() <= 4 &&
           std::all_of(w.begin(), w.end(), [](UChar32 c) { return c == 'I' || c == 'V' || c == 'X'; });
}

}  // namespace

Tie tie_at_space(std::string_view before_utf8, std::string_view after_utf8, std::string_view language) {
    const CodePoints before = decode(before_utf8), after = decode(after_utf8);
    if (before.empty() || after.empty()) return Tie::none;
    // A dash that begins a clause stays at the end of the line before: «Потсдам — рядом».
    if (static_cast<char32_t>(after.front()) == U'—' || (after.size() == 1 && is_dash(after.front())))
        return Tie::never;
    if (is_initial(before)) return Tie::never;
    // A sovereign and the numeral of his reign: "Alexander I", «Николай II».
    if (regnal_numeral(after) && u_isupper(without_openers(before).empty() ? 0 : without_openers(before).front()))
        return Tie::never;
    const bool russian = language.substr(0, 2) == "ru";
    const std::u32string b = bare_lower(before), a = bare_lower(after);
    // A number's groups («20 000») and a number with a sign ("45 %").
    if (is_number(before) && (starts_with_digit(after) || a == U"%" || a == U"‰" || a == U"°")) return Tie::never;
    if (russian) {
        // A number and what it counts: «28 марта», «1933 г.», «250 км», «31-й полк».
        if (is_number(before) && u_isalpha(without_openers(after).empty() ? 0 : without_openers(after).front()))
            return Tie::never;
        if (one_of(b, russian_before_number) && (starts_with_digit(after) || is_roman_numeral(a))) return Tie::never;
        if (one_of(a, russian_enclitics)) return Tie::never;
        const CodePoints core = without_openers(before);
        if (all_letters(core) && core.size() == 1) return Tie::never;
        if (all_letters(core) && core.size() == 2 && one_of(b, russian_short_words)) return Tie::avoid;
        return Tie::none;
    }
    if (is_number(before) && one_of(a, english_units)) return Tie::never;
    if (one_of(b, english_before_number) && (starts_with_digit(after) || is_roman_numeral(a))) return Tie::never;
    if (one_of(b, english_months) && starts_with_digit(after)) return Tie::never;
    return Tie::none;
}

Tie tie_at_space_in(std::string_view text, std::size_t space, std::size_t next, std::string_view language) {
    auto is_gap = [](char c) { return c == ' ' || c == '\n'; };
    std::size_t b = space, e = next;
    while (b > 0 && !is_gap(text[b - 1])) --b;
    while (e < text.size() && !is_gap(text[e])) ++e;
    return tie_at_space(text.substr(b, space - b), text.substr(next, e - next), language);
}

bool tie_inside_word(std::string_view before_utf8, std::string_view after_utf8) {
    const CodePoints before = decode(before_utf8), after = decode(after_utf8);
    if (before.size() < 2 || after.empty()) return false;
    const UChar32 last = before.back(), prior = before[before.size() - 2];
    return is_dash(last) && is_digit(prior) && (is_digit(after.front()) || u_isalpha(after.front()));
}

}  // namespace kiosk
