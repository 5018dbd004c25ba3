// The time each drawn frame took to make (the scene's update, drawing and handing it
// to the screen), kept as a histogram of fixed buckets: nothing is allocated per frame,
// and months of frames take the same 2 KB. Read as percentiles for the curator panel,
// the state dump and the health file.
#pragma once

#include <array>
#include <cstdint>

namespace kiosk {

class FrameTimes {
public:
    static constexpr double bucket_ms = 0.25;
    static constexpr int buckets = 400;                 // up to 100 ms; slower frames count in the last
    static constexpr double budget_ms = 1000.0 / 60.0;  // a 60 Hz frame

    void record(double ms);
    long long count() const { return count_; }
    // The time under which `fraction` of the frames were made (0.5, 0.95, 0.99), to the
    // bucket's upper edge; 0 with no frames.
    double percentile(double fraction) const;
    long long dropped() const { return dropped_; }  // frames that took longer than a 60 Hz frame
    double worst_ms() const { return worst_ms_; }

private:
    std::array<std::uint32_t, buckets> counts_{};
    long long count_ = 0, dropped_ = 0;
    double worst_ms_ = 0;
};

}  // namespace kiosk
