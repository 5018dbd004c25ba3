// Time spread by where the story is: a monotone map from days to "story units" in
// which each event brings a fixed amount of room around its date and empty time only
// a little. A century with two events then takes a sliver of the axis, and a decade
// with ten gets room for their labels. Piecewise linear, so it maps back exactly; the
// identity (no events) leaves the scale linear. Pure maths, unit-tested.
#pragma once

#include <vector>

namespace kiosk {

struct StoryStretch {
    double from_day = 0, to_day = 0;  // a stretch where time runs faster than around it
};

class StoryWarp {
public:
    StoryWarp() = default;  // the identity
    // `event_days`: each event's date (a span counts by its start). Each event adds one
    // unit of room spread evenly over `event_room_days` around its date; every day of
    // [from_day, to_day] has `empty_units_per_day` besides.
    StoryWarp(std::vector<double> event_days, double from_day, double to_day, double event_room_days,
              double empty_units_per_day);

    double units_of(double day) const;
    double day_of(double units) const;
    // Story units per day at a day (the local speed of the map).
    double density_at(double day) const;
    double max_density() const;
    bool identity() const { return days_.empty(); }
    // Stretches at least `min_days` long with no event's room in them: where the axis
    // is compressed (drawn so that a visitor sees it).
    std::vector<StoryStretch> compressed(double min_days) const;

private:
    std::vector<double> days_;   // breakpoints, ascending; density constant between them
    std::vector<double> units_;  // units_of at each breakpoint
    double empty_density_ = 1;
};

}  // namespace kiosk
