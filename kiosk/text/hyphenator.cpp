#include "text/hyphenator.h"

#include <hyphen.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdlib>

namespace kiosk {

void HyphenDictDeleter::operator()(_HyphenDict* d) const { hnj_hyphen_free(d); }

Result<Hyphenator> Hyphenator::load(const std::string& dictionary_path, int left_min, int right_min) {
    HyphenDict* raw = hnj_hyphen_load(dictionary_path.c_str());
    if (!raw) return Diagnostic{dictionary_path, 0, 0, "hyphenation dictionary not found or unreadable"};
    Hyphenator h;
    h.dict_ = std::shared_ptr<_HyphenDict>(raw, HyphenDictDeleter{});
    h.left_min_ = left_min;
    h.right_min_ = right_min;
    return h;
}

std::vector<std::size_t> Hyphenator::points(std::string_view word) const {
    std::vector<std::size_t> out;
    if (!dict_ || word.size() < 5 || word.size() > 60) return out;
    // libhyphen wants lower case; skip words whose lower case changes length (rare
    // letters), since offsets would no longer match the original.
    std::string lower;
    icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())))
        .toLower()
        .toUTF8String(lower);
    if (lower.size() != word.size()) return out;
    for (unsigned char c : lower)
        if (c < 0x80 && !std::isalpha(c)) return out;  // numbers, hyphens, apostrophes: leave whole

    std::vector<char> hyphens(lower.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(dict_.get(), lower.c_str(), static_cast<int>(lower.size()), hyphens.data(), nullptr,
                          &rep, &pos, &cut, left_min_, right_min_, 2, 2);
    if (rep) {  // non-standard hyphenation (not used by the English patterns): ignore
        for (std::size_t i = 0; i < lower.size(); ++i) std::free(rep[i]);
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
    for (std::size_t i = 0; i + 1 < lower.size(); ++i) {
        const auto next = static_cast<unsigned char>(lower[i + 1]);
        if ((hyphens[i] & 1) && (next & 0xC0) != 0x80) out.push_back(i + 1);
    }
    return out;
}

}  // namespace kiosk
