// Liang-pattern hyphenation through libhyphen (the dictionaries LibreOffice uses).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

struct _HyphenDict;  // NOLINT(bugprone-reserved-identifier): libhyphen's own name for its dictionary

namespace kiosk {

struct HyphenDictDeleter {
    void operator()(_HyphenDict* d) const;
};

class Hyphenator {
public:
    // `left_min`/`right_min`: the fewest letters kept before/after a hyphen (TeX's
    // \lefthyphenmin and \righthyphenmin); the dictionary's own values are the floor.
    static Result<Hyphenator> load(const std::string& dictionary_path, int left_min = 2, int right_min = 3);

    // Byte offsets inside `word` where a hyphen may go. The word is what lies between
    // two break opportunities with its punctuation stripped; it may be in any case.
    std::vector<std::size_t> points(std::string_view word) const;

private:
    std::shared_ptr<_HyphenDict> dict_;
    std::string encoding_;  // the dictionary's single-byte encoding; empty: UTF-8
    int left_min_ = 2;
    int right_min_ = 3;
};

}  // namespace kiosk
