#include "core/suggest.h"

#include <algorithm>

namespace kiosk {

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string closest_name(const std::string& wrong, const std::vector<std::string>& known) {
    std::string best;
    std::size_t best_d = 4;
    for (const auto& k : known) {
        const auto d = edit_distance(wrong, k);
        // A short name needs a close match: "pin" is not "bin".
        if (d < best_d && d <= std::max<std::size_t>(2, k.size() / 3)) {
            best_d = d;
            best = k;
        }
    }
    return best;
}

std::string did_you_mean(const std::string& wrong, const std::vector<std::string>& known) {
    const std::string best = closest_name(wrong, known);
    return best.empty() ? std::string() : " (did you mean \"" + best + "\"?)";
}

}  // namespace kiosk
