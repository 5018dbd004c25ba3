#include "app/frame_times.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

void FrameTimes::record(double ms) {
    if (!(ms >= 0)) return;  // NaN or a clock that went back
    const int b = std::min(buckets - 1, static_cast<int>(ms / bucket_ms));
    ++counts_[static_cast<std::size_t>(b)];
    ++count_;
    if (ms > budget_ms) ++dropped_;
    worst_ms_ = std::max(worst_ms_, ms);
}

double FrameTimes::percentile(double fraction) const {
    if (count_ == 0) return 0;
    const long long rank = std::max(1LL, static_cast<long long>(std::ceil(fraction * static_cast<double>(count_))));
    long long seen = 0;
    for (int b = 0; b < buckets; ++b) {
        seen += counts_[static_cast<std::size_t>(b)];
        if (seen >= rank) return b == buckets - 1 ? worst_ms_ : (b + 1) * bucket_ms;
    }
    return worst_ms_;
}

}  // namespace kiosk
