// The timeline's facts against the checked reference (docs/reference/timeline-facts.tsv):
// every date the reference marks as verified is the date of an event, and each event a
// historian corrected carries its corrected date and words.
#include <gtest/gtest.h>

#include <sstream>

#include "content/timeline.h"
#include "test_support.h"

namespace kiosk {
namespace {

struct Fact {
    std::string start, end, headline, verified;
};

std::vector<Fact> checked_facts() {
    std::istringstream in(test::read_file(test::source_path("docs/reference/timeline-facts.tsv")));
    std::vector<Fact> out;
    std::string line;
    std::getline(in, line);  // the header
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream cells(line);
        for (std::string cell; std::getline(cells, cell, '\t');) f.push_back(cell);
        if (f.size() >= 7) out.push_back({f[0], f[1], f[2], f[6]});
    }
    return out;
}

const Timeline& shipped_timeline() {
    static const TimelineLoad load = load_timeline(test::source_path("assets/timeline.csv"));
    return load.timeline;
}

TEST(Facts, GivenEveryVerifiedRowOfTheReferenceThenAnEventHasItsDates) {
    const auto facts = checked_facts();
    ASSERT_GE(facts.size(), 45u);
    int verified = 0;
    for (const auto& fact : facts) {
        if (fact.verified.rfind("yes", 0) != 0) continue;
        ++verified;
        bool found = false;
        for (const auto& ev : shipped_timeline().events)
            found = found || (ev.start.iso() == fact.start && (fact.end.empty() || (ev.end && ev.end->iso() == fact.end)));
        EXPECT_TRUE(found) << fact.start << " – " << fact.end << ": " << fact.headline;
    }
    EXPECT_GE(verified, 38);
}

TEST(Facts, GivenTheEventsAHistorianCorrectedThenEachCarriesItsNewDateAndWords) {
    struct Corrected {
        const char* id;
        CalendarDate start;
        std::optional<CalendarDate> end;
        std::vector<std::string> says, never;
    };
    const Corrected corrected[] = {
        {"siberia-1918", {1918, 8, 16}, CalendarDate{1920, 4, 1}, {"Styer", "September 1"}, {"uncertain"}},
        {"north-russia-1918", {1918, 9, 4}, CalendarDate{1919, 7, 0}, {"September 4, 1918"}, {"Only the months"}},
        {"francis-leaves-1918", {1918, 11, 6}, std::nullopt, {"USS Olympia", "8th"}, {}},
        {"hughes-reply-1921", {1921, 3, 25}, std::nullopt, {"safety of life", "private property", "sanctity of contract", "free labor"},
         {"productive basis"}},
        {"reykjavik-1986", {1986, 10, 11}, CalendarDate{1986, 10, 12}, {"Strategic Defense Initiative"}, {"October 10"}},
        {"hotline-1963", {1963, 6, 20}, CalendarDate{1963, 8, 30}, {"teletype", "August 30"}, {}},
        {"potsdam-1945", {1945, 7, 17}, CalendarDate{1945, 8, 2}, {"Yalta", "reparations", "Oder"}, {"decide how to occupy"}},
        {"cuban-missile-crisis-1962", {1962, 10, 16}, CalendarDate{1962, 10, 28}, {"Thirteen days", "Turkey", "not to invade"},
         {"different days"}},
        {"relations-1809", {1809, 7, 14}, std::nullopt, {"Dashkov", "Madison", "November 5"}, {}},
        {"russia-recognized-1991", {1991, 12, 25}, CalendarDate{1991, 12, 31}, {"December 31"}, {}},
        {"bullitt-mission-1919", {1919, 3, 6}, CalendarDate{1919, 3, 25}, {"February 22", "never formally"}, {"sets aside"}},
        {"berlin-airlift-1948", {1948, 6, 24}, CalendarDate{1949, 9, 30}, {"May 12, 1949", "September 30", "waterways"}, {"May 11 or 12"}},
    };
    for (const auto& c : corrected) {
        const TimelineEvent* ev = shipped_timeline().find(c.id);
        ASSERT_NE(ev, nullptr) << c.id;
        EXPECT_EQ(ev->start, c.start) << c.id;
        EXPECT_EQ(ev->end, c.end) << c.id;
        for (const auto& w : c.says) EXPECT_NE(ev->text.find(w), std::string::npos) << c.id << " says " << w;
        for (const auto& w : c.never) EXPECT_EQ(ev->text.find(w), std::string::npos) << c.id << " no longer says " << w;
        EXPECT_FALSE(ev->text_in("ru").empty()) << c.id;
    }
}

TEST(Facts, GivenTheErasThenTheColdWarIsNotSaidToEndIn1969) {
    for (const auto& era : shipped_timeline().eras) {
        if (era.end.year < 1991 && era.end.year > 1950) EXPECT_NE(era.headline, "Cold War") << era.id;
        if (era.id == "era-coldwar") EXPECT_EQ(era.headline, "The early Cold War");
    }
}

TEST(Facts, GivenTheRussianTimelineThenHeadlinesSayUsaAndDatesCarryTheYearMark) {
    for (const auto& ev : shipped_timeline().events) {
        const std::string& h = ev.headline_in("ru");
        EXPECT_EQ(h.find("Америка "), std::string::npos) << ev.id << ": " << h;
        if (ev.display_date_tr.count("ru") == 0) EXPECT_NE(ev.display_date_in("ru").find("г."), std::string::npos) << ev.id;
    }
    EXPECT_EQ(shipped_timeline().find("olympic-boycott-1980")->headline_in("ru"), "США бойкотируют Олимпийские игры в Москве");
    EXPECT_EQ(shipped_timeline().find("bullitt-ambassador-1933")->headline_in("ru"), "Первый посол США в СССР");
}

}  // namespace
}  // namespace kiosk
