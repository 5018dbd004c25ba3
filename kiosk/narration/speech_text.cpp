#include "narration/speech_text.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "content/utf16_text.h"

namespace kiosk {
namespace {

bool silent_at(const SpeechParagraph& p, std::size_t byte) {
    for (const auto& r : p.silent)
        if (byte >= r.begin && byte < r.end) return true;
    return false;
}

}  // namespace

std::vector<SpeechWord> words_of(const SpeechParagraph& paragraph, int index) {
    std::vector<SpeechWord> out;
    const std::string& utf8 = paragraph.text;
    if (utf8.empty()) return out;
    // ICU counts in UTF-16 units: converted, each unit's byte offset remembered.
    const Utf16Text text = to_utf16(utf8);
    const BreakIteratorPtr it = open_break_iterator(UBRK_WORD, paragraph.language, text);
    if (!it) return out;
    std::int32_t from = ubrk_first(it.get());
    for (std::int32_t to = ubrk_next(it.get()); to != UBRK_DONE; from = to, to = ubrk_next(it.get())) {
        // Rule status: letters, numbers, kana, ideographs are words; spaces and
        // punctuation (UBRK_WORD_NONE) are not.
        if (ubrk_getRuleStatus(it.get()) < UBRK_WORD_NONE_LIMIT) continue;
        ByteRange bytes{text.byte_of_unit[static_cast<std::size_t>(from)],
                        text.byte_of_unit[static_cast<std::size_t>(to)]};
        // A silent run inside or at the edge of a word ("Harding" + the note's "1") is
        // cut off it.
        for (const auto& r : paragraph.silent) {
            if (r.begin <= bytes.begin && r.end > bytes.begin) bytes.begin = std::min(bytes.end, r.end);
            if (r.begin > bytes.begin && r.begin < bytes.end) bytes.end = r.begin;
        }
        if (bytes.end <= bytes.begin) continue;
        out.push_back({index, bytes});
    }
    return out;
}

SpokenString spoken_string(const SpeechParagraph& paragraph) {
    SpokenString out;
    const std::string& s = paragraph.text;
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(s.size());) {
        const std::int32_t start = i;
        UChar32 c;
        U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), c);
        if (silent_at(paragraph, static_cast<std::size_t>(start))) continue;
        if (c == '\n' || c < 0) {
            out.text += ' ';
        } else {
            out.text.append(s, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        }
        out.byte_of_char.push_back(static_cast<std::size_t>(start));
    }
    out.byte_of_char.push_back(s.size());
    return out;
}

std::string word_key(std::string_view word) {
    std::string out;
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(word.size());) {
        UChar32 c;
        U8_NEXT(word.data(), i, static_cast<std::int32_t>(word.size()), c);
        if (c < 0 || !u_isalnum(c)) continue;
        c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        char buf[4];
        std::int32_t n = 0;
        UBool error = false;
        U8_APPEND(buf, n, 4, c, error);
        if (!error) out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace kiosk
