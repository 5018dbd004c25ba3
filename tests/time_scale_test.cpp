#include "scenes/time_scale.h"

#include <gtest/gtest.h>

#include "content/timeline.h"

namespace kiosk {
namespace {

const std::vector<std::string> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

TimeScale whole_range() {
    TimeScale s(days_from_civil(1805, 1, 1), days_from_civil(1995, 1, 1), 0, 1900);
    s.set_limits(days_from_civil(1805, 1, 1), days_from_civil(1995, 1, 1), 120, 1e9);
    return s;
}

TEST(TimeScale, GivenADayThenXAndBackGiveTheSameDay) {
    const TimeScale s = whole_range();
    const double d = days_from_civil(1921, 3, 20);
    EXPECT_NEAR(s.day_of(s.x_of(d)), d, 0.01);  // x is a float pixel
    EXPECT_FLOAT_EQ(s.x_of(s.from_day()), 0.0f);
}

TEST(TimeScale, GivenAZoomAroundAPointThenTheDayUnderThePointStaysThere) {
    TimeScale s = whole_range();
    const float x = 700;
    const double before = s.day_of(x);
    s.zoom(4.0, x);
    EXPECT_NEAR(s.day_of(x), before, 1e-3);
    EXPECT_NEAR(s.span_days(), (days_from_civil(1995, 1, 1) - days_from_civil(1805, 1, 1)) / 4.0, 1e-3);
}

TEST(TimeScale, GivenZoomsBeyondTheLimitsThenTheSpanStopsAtAFewMonthsAndAtTheWhole) {
    TimeScale s = whole_range();
    for (int i = 0; i < 40; ++i) s.zoom(2.0, 950);
    EXPECT_NEAR(s.span_days(), 120, 1e-6);
    EXPECT_TRUE(s.at_min_span());
    for (int i = 0; i < 40; ++i) s.zoom(0.5, 950);
    EXPECT_NEAR(s.from_day(), days_from_civil(1805, 1, 1), 1e-6);
    EXPECT_NEAR(s.to_day(), days_from_civil(1995, 1, 1), 1e-6);
}

TEST(TimeScale, GivenAPanPastTheEndThenTheViewStopsAtTheEdge) {
    TimeScale s = whole_range();
    s.zoom(10, 950);
    s.pan_px(-100000);  // finger far to the left: later in time
    EXPECT_NEAR(s.to_day(), days_from_civil(1995, 1, 1), 1e-6);
    s.pan_px(100000);
    EXPECT_NEAR(s.from_day(), days_from_civil(1805, 1, 1), 1e-6);
}

TEST(TimeScale, GivenAFingerMovingRightThenEarlierDaysComeIntoView) {
    TimeScale s = whole_range();
    s.zoom(10, 950);
    const double from = s.from_day();
    s.pan_px(100);
    EXPECT_NEAR(s.from_day(), from - 100 / s.px_per_unit(), 1e-6);
}

TEST(Ticks, GivenTheWholeRangeThenTicksAreRoundDecadesOrMore) {
    const auto ticks = ticks_for(whole_range(), 90, months);
    ASSERT_GE(ticks.size(), 5u);
    for (const auto& t : ticks) {
        const int year = std::stoi(t.label);
        EXPECT_EQ(year % 10, 0) << t.label;
    }
}

TEST(Ticks, GivenZoomsThenTicksAdaptFromDecadesToYearsToMonths) {
    TimeScale s = whole_range();
    s.set_range(days_from_civil(1915, 1, 1), days_from_civil(1925, 1, 1));  // ten years on 1900 px
    auto ticks = ticks_for(s, 150, months);                                 // a year is 190 px: yearly ticks
    ASSERT_GE(ticks.size(), 9u);
    EXPECT_EQ(ticks[0].label, "1915");
    EXPECT_EQ(ticks[1].label, "1916");
    s.set_range(days_from_civil(1921, 1, 1), days_from_civil(1922, 1, 1));  // one year
    ticks = ticks_for(s, 90, months);
    bool has_month = false;
    for (const auto& t : ticks) has_month = has_month || t.label == "Mar" || t.label == "Apr";
    EXPECT_TRUE(has_month);
    // Ticks are in order and never closer than asked.
    for (std::size_t i = 1; i < ticks.size(); ++i)
        EXPECT_GE(s.x_of(ticks[i].day) - s.x_of(ticks[i - 1].day), 90.0f * 0.9f);
}

}  // namespace
}  // namespace kiosk
