// What can be read aloud: a paragraph as it was set (the same text, so the same byte
// offsets, as its typeset lines), and the words a listener hears in it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

struct ByteRange {
    std::size_t begin = 0, end = 0;
    bool operator==(const ByteRange&) const = default;
};

struct SpeechParagraph {
    std::string text;               // the paragraph's runs joined, as the setter saw them
    std::string language = "en";    // the text's own language: the voice reads in it
    std::vector<ByteRange> silent;  // shown but not read (a footnote's number)
    bool operator==(const SpeechParagraph&) const = default;
};

// A word of a paragraph: its place in the text (`paragraph` indexes the list it came from).
struct SpeechWord {
    int paragraph = -1;
    ByteRange bytes;
};

// The words of a paragraph by Unicode's word boundaries (UAX #29, through ICU):
// letters and digits, with inner apostrophes and hyphens kept ("Washington’s",
// "по-прежнему"); punctuation and silent ranges are not words.
std::vector<SpeechWord> words_of(const SpeechParagraph& paragraph, int index);

// The text handed to a speech synthesiser (silent ranges left out, line breaks as
// spaces), and for each of its code points the byte offset in the paragraph's text,
// plus one entry for its end: synthesisers report words by code point.
struct SpokenString {
    std::string text;
    std::vector<std::size_t> byte_of_char;
};
SpokenString spoken_string(const SpeechParagraph& paragraph);

// A word reduced for matching a narration's script to the text: case-folded, letters
// and digits only ("Washington’s," → "washingtons", "Ёлка" → "ёлка").
std::string word_key(std::string_view word);

}  // namespace kiosk
