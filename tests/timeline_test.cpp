// The timeline's CSV: the shipped content, and every kind of bad row reported with
// its line while the good rows load.
#include "content/timeline.h"

#include <gtest/gtest.h>

#include "content/csv_reader.h"
#include "test_support.h"

namespace kiosk {
namespace {

const std::string header =
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,"
    "Media Caption,Media Thumbnail,Type,Group,Background,Id,Source\n";

std::string row(const std::string& date, const std::string& headline, const std::string& group, const std::string& id,
                const std::string& extra_text = "A short text.") {
    // date as "Y,M,D"
    return date + ",,,,,,," + headline + "," + extra_text + ",,,,,," + group + ",," + id + ",a source\n";
}

TEST(Timeline, GivenTheShippedCsvThenItHasAtLeastFortyEventsFrom1809To1991WithSourcesAndNoProblems) {
    const TimelineLoad load = load_timeline(test::source_path("assets/timeline.csv"));
    for (const auto& d : load.problems) ADD_FAILURE() << d.to_string();
    ASSERT_TRUE(load.file_ok);
    const auto& events = load.timeline.events;
    ASSERT_GE(events.size(), 40u);
    EXPECT_EQ(events.front().start.year, 1809);
    EXPECT_EQ(events.back().start.year, 1991);
    for (const auto& e : events) {
        EXPECT_FALSE(e.source.empty()) << e.id;
        EXPECT_FALSE(e.text.empty()) << e.id;
    }
    const TimelineEvent* telegram = load.timeline.find("telegram-1921");
    ASSERT_NE(telegram, nullptr);
    EXPECT_EQ(telegram->start, (CalendarDate{1921, 3, 20}));
    EXPECT_TRUE(telegram->highlight.has_value());
    const TimelineEvent* hughes = load.timeline.find("hughes-reply-1921");
    ASSERT_NE(hughes, nullptr);
    EXPECT_EQ(hughes->start, (CalendarDate{1921, 3, 25}));
    EXPECT_TRUE(hughes->highlight.has_value());
    for (const char* span : {"siberia-1918", "ara-1921", "berlin-airlift-1948"}) {
        const TimelineEvent* e = load.timeline.find(span);
        ASSERT_NE(e, nullptr) << span;
        EXPECT_TRUE(e->is_span()) << span;
    }
    EXPECT_GE(load.timeline.eras.size(), 6u);
}

TEST(Timeline, GivenTheShippedCsvThenEverySourceReadsAsACitationNotAnInternalPath) {
    const TimelineLoad load = load_timeline(test::source_path("assets/timeline.csv"));
    for (const auto& e : load.timeline.events) {
        for (const char* internal : {"HistoryAtState/", ".xml", "history.state.gov/historicaldocuments", "#"})
            EXPECT_EQ(e.source.find(internal), std::string::npos) << e.id << ": " << e.source;
    }
    EXPECT_EQ(load.timeline.find("telegram-1921")->source.rfind("FRUS 1921, vol. II, doc. 723", 0), 0u);
    EXPECT_NE(load.timeline.find("cuban-missile-crisis-1962")
                  ->source.find(
                      "Office of the Historian, <i>Milestones in the History of U.S. Foreign Relations</i>, 1961–1968"),
              std::string::npos);
}

TEST(Timeline, GivenATitleRowThenItIsTheTitleSlideInEachLanguageAndNotAnEvent) {
    const std::string csv =
        "Year,Month,Day,Display Date,Headline,Text,Media,Media Credit,Media Caption,Type,Group,Background,Id,"
        "Source,Headline (ru),Text (ru),End Year,End Month,End Day\n"
        ",,,,The story,<p>What you see.</p>,,,,title,,,,,История,<p>Что вы видите.</p>,,,\n"
        "1921,3,20,,A day,Text.,,,,,trade,,a-day,src,,,,,\n"
        ",,,,Another,,,,,title,,,,,,,,,\n";
    const TimelineLoad load = parse_timeline_csv(csv, "t.csv");
    ASSERT_TRUE(load.timeline.title.has_value());
    EXPECT_EQ(load.timeline.title->headline_in("en"), "The story");
    EXPECT_EQ(load.timeline.title->headline_in("ru"), "История");
    EXPECT_EQ(load.timeline.title->text_in("ru"), "<p>Что вы видите.</p>");
    EXPECT_EQ(load.timeline.title->line, 2);
    EXPECT_EQ(load.timeline.events.size(), 1u);
    ASSERT_EQ(load.problems.size(), 1u);  // a second title row is reported, not taken
    EXPECT_EQ(load.problems[0].line, 4);
    const TimelineLoad shipped = load_timeline(test::source_path("assets/timeline.csv"));
    ASSERT_TRUE(shipped.timeline.title.has_value());
    EXPECT_FALSE(shipped.timeline.title->text_in("en").empty());
    EXPECT_NE(shipped.timeline.title->text_in("ru"), shipped.timeline.title->text_in("en"));
}

TEST(Timeline, GivenQuotedFieldsWithCommasAndNewlinesThenTheyAreReadWholeAndLinesStayRight) {
    const std::string csv =
        header +
        "1921,3,20,,,,,,\"March 20, 1921\",\"Trade, proposed\",\"Line one,\nline two with \"\"quotes\"\"\","
        ",,,,,trade,,t-1921,\"FRUS, 1921\"\n" +
        row("1933,11,16", "Recognition", "diplomacy", "r-1933");
    const TimelineLoad load = parse_timeline_csv(csv, "q.csv");
    for (const auto& d : load.problems) ADD_FAILURE() << d.to_string();
    ASSERT_EQ(load.timeline.events.size(), 2u);
    const auto& e = load.timeline.events[0];
    EXPECT_EQ(e.display_date, "March 20, 1921");
    EXPECT_EQ(e.headline, "Trade, proposed");
    EXPECT_EQ(e.text, "Line one,\nline two with \"quotes\"");
    EXPECT_EQ(e.source, "FRUS, 1921");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(load.timeline.events[1].line, 4);  // the quoted newline took a line
}

TEST(Timeline, GivenADateThatDoesNotExistThenThatRowIsSkippedWithItsLineAndTheRestLoads) {
    const std::string csv = header + row("1921,3,20", "Good", "trade", "good-1") +
                            row("1921,2,30", "Bad date", "trade", "bad-1") +
                            row("1922,1,1", "Also good", "trade", "good-2");
    const TimelineLoad load = parse_timeline_csv(csv, "dates.csv");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].to_string(),
              "dates.csv:3: the date 30 February 1921 does not exist; the row is skipped");
    EXPECT_EQ(load.timeline.events.size(), 2u);
}

TEST(Timeline, GivenEveryKindOfBadRowThenEachIsReportedWithWhatWasExpected) {
    const std::string csv =
        header + row("1921,13,1", "Month 13", "trade", "a") + "1921,3,1,,,,,,,Bad type,text,,,,,slide,trade,,b,src\n" +
        row("1921,3,1", "", "trade", "c") + row("1921,3,1", "Dup", "trade", "d") +
        row("1921,3,1", "Dup again", "trade", "d") + row("1921,3,1", "Bad id", "trade", "Not An Id") +
        "1921,3,1,,1920,1,1,,,Ends before,text,,,,,,trade,,e,src\n" + row("1921,,5", "Day no month", "trade", "f") +
        row("year,3,1", "Bad year", "trade", "g");
    const TimelineLoad load = parse_timeline_csv(csv, "bad.csv");
    ASSERT_EQ(load.problems.size(), 8u);
    auto has = [&](int line, const std::string& fragment) {
        for (const auto& d : load.problems)
            if (d.line == line && d.message.find(fragment) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(has(2, "\"Month\" is \"13\"; expected a whole number from 1 to 12"));
    EXPECT_TRUE(has(3, "\"Type\" is \"slide\"; expected empty, \"era\" or \"title\""));
    EXPECT_TRUE(has(4, "\"Headline\" is empty"));
    EXPECT_TRUE(has(6, "the Id \"d\" is used by an earlier row"));
    EXPECT_TRUE(has(7, "expected lower-case letters, digits and hyphens"));
    EXPECT_TRUE(has(8, "is before the start"));
    EXPECT_TRUE(has(9, "\"Day\" is given without \"Month\""));
    EXPECT_TRUE(has(10, "\"Year\" is \"year\""));
    EXPECT_EQ(load.timeline.events.size(), 1u);  // only "Dup" survived
}

TEST(Timeline, GivenAMissingColumnThenTheFileIsRejectedNamingIt) {
    const TimelineLoad load = parse_timeline_csv("Month,Day,Headline\n3,20,x\n", "cols.csv");
    EXPECT_FALSE(load.file_ok);
    ASSERT_FALSE(load.problems.empty());
    EXPECT_EQ(load.problems[0].line, 1);
    EXPECT_NE(load.problems[0].message.find("missing column \"Year\""), std::string::npos);
}

TEST(Timeline, GivenAQuoteThatIsNeverClosedThenOnlyItsRowIsSkippedAndTheRowsAfterItStillLoad) {
    const TimelineLoad load =
        parse_timeline_csv(header + row("1921,3,20", "ok", "trade", "a") + "1922,1,1,,,,,,,\"open,text\n" +
                               row("1923,5,1", "after", "trade", "b") + row("1924,5,1", "after too", "trade", "c"),
                           "q.csv");
    EXPECT_TRUE(load.file_ok);
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].line, 3);
    EXPECT_NE(load.problems[0].message.find("never closed, so the row is skipped"), std::string::npos);
    ASSERT_EQ(load.timeline.events.size(), 3u);
    EXPECT_EQ(load.timeline.events[1].id, "b");
    EXPECT_EQ(load.timeline.events[1].line, 4);
}

TEST(Timeline, GivenAFileCutShortInsideAQuoteThenTheWholeFileIsRefusedAsDamaged) {
    const TimelineLoad load =
        parse_timeline_csv(header + row("1921,3,20", "ok", "trade", "a") + "1922,1,1,,,,,,,\"cut in the mid", "q.csv");
    EXPECT_FALSE(load.file_ok);
    ASSERT_FALSE(load.problems.empty());
    EXPECT_NE(load.problems.back().message.find("cut short"), std::string::npos);
    EXPECT_EQ(load.problems.back().line, 3);
}

// Tried as a curator would: a headline typed with quotes in the middle of a field.
TEST(Timeline, GivenQuotesInsideAnUnquotedFieldThenTheyAreReadAsQuotesWithANoteOnHowToWriteThem) {
    const TimelineLoad load =
        parse_timeline_csv(header + row("1921,8,27", "Relief \"trains\" reach Kazan", "trade", "a") +
                               row("1921,9,1", "Next", "trade", "b"),
                           "q.csv");
    EXPECT_TRUE(load.file_ok);
    ASSERT_EQ(load.timeline.events.size(), 2u);
    EXPECT_EQ(load.timeline.events[0].headline, "Relief \"trains\" reach Kazan");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].line, 2);
    EXPECT_EQ(load.problems[0].severity, Diagnostic::Severity::warning);
    EXPECT_NE(load.problems[0].message.find("double the quotes inside"), std::string::npos);
    // Inside a quoted field too, where a spreadsheet would have doubled them.
    const TimelineLoad quoted = parse_timeline_csv(
        header + "1921,8,27,,,,,,,\"Relief \"trains\" reach Kazan\",Text.,,,,,,trade,,a,src\n", "q2.csv");
    ASSERT_EQ(quoted.timeline.events.size(), 1u);
    EXPECT_EQ(quoted.timeline.events[0].headline, "Relief \"trains\" reach Kazan");
}

TEST(Timeline, GivenASemicolonOrTabExportThenTheSeparatorIsFoundFromTheHeader) {
    for (const char sep : {';', '\t'}) {
        auto with = [&](std::string line) {
            for (auto& ch : line)
                if (ch == ',') ch = sep;
            return line;
        };
        // Commas inside a field stay commas.
        const std::string csv = "\xEF\xBB\xBF" + with(header) + with(row("1921,3,20", "Trade", "trade", "a")) +
                                with("1933,11,16,,,,,,,Recognition,X,,,,,,diplomacy,,b,src\n")
                                    .replace(with("1933,11,16,,,,,,,Recognition,X,,,,,,diplomacy,,b,src\n").find("X"),
                                             1, "Roosevelt, Litvinov");
        const TimelineLoad load = parse_timeline_csv(csv, "sep.csv");
        for (const auto& d : load.problems) ADD_FAILURE() << d.to_string();
        ASSERT_EQ(load.timeline.events.size(), 2u) << int(sep);
        EXPECT_EQ(load.timeline.events[1].text, "Roosevelt, Litvinov");
    }
    EXPECT_EQ(guess_separator("Year;Month;Day;\"Headline, long\";Text"), ';');
    EXPECT_EQ(guess_separator("Year,Month,Day,Headline"), ',');
    EXPECT_EQ(guess_separator("Year\tMonth\tDay"), '\t');
}

// A TimelineJS sheet as published: no Id, no Source, groups of the curator's own.
TEST(Timeline, GivenATimelineJsSheetWithoutIdOrSourceAndItsOwnGroupsThenEveryRowLoads) {
    const std::string csv =
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media "
        "Caption,"
        "Media Thumbnail,Type,Group,Background\n"
        "1921,8,,,,,,,,Relief reaches the Volga,The ARA feeds millions.,,,,,,Relief,\n"
        "1921,8,,,,,,,,Relief reaches the Volga,A second row with the same words.,,,,,,relief,\n"
        "-500,,,,,,,,,An ancient date,Before the common era.,,,,,,,\n"
        "1933,11,16,,,,,,,Recognition,The US recognises the USSR.,,,,,,Diplomacy,\n";
    const TimelineLoad load = parse_timeline_csv(csv, "tjs.csv");
    ASSERT_TRUE(load.file_ok);
    ASSERT_EQ(load.timeline.events.size(), 4u);
    const auto& ev = load.timeline.events;
    EXPECT_EQ(ev[0].id, "500-bce-an-ancient-date");
    EXPECT_EQ(ev[1].id, "1921-relief-reaches-the-volga");
    EXPECT_EQ(ev[2].id, "1921-relief-reaches-the-volga-2");
    EXPECT_EQ(ev[1].group, "relief");
    EXPECT_EQ(ev[1].group_name, "Relief");
    EXPECT_EQ(ev[0].group, "");
    EXPECT_EQ(ev[3].group, "diplomacy");
    EXPECT_EQ(load.timeline.groups, (std::vector<std::string>{"relief", "diplomacy"}));
    // A missing source is noted for --check, not a reason to drop the event.
    int notes = 0;
    for (const auto& d : load.problems) {
        EXPECT_EQ(d.severity, Diagnostic::Severity::warning) << d.to_string();
        notes += d.message.find("\"Source\" is empty") != std::string::npos;
    }
    EXPECT_EQ(notes, 4);
}

TEST(Timeline, GivenBrokenUtf8ThenTheRowIsSkipped) {
    const TimelineLoad load = parse_timeline_csv(header + row("1921,3,20", "Bad \xC3\x28 text", "trade", "a"), "u.csv");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_NE(load.problems[0].message.find("UTF-8"), std::string::npos);
}

TEST(Timeline, GivenASpreadsheetExportWithAByteOrderMarkThenTheHeaderIsStillRecognised) {
    const TimelineLoad load =
        parse_timeline_csv("\xEF\xBB\xBF" + header + row("1921,3,20", "x", "trade", "a"), "bom.csv");
    EXPECT_TRUE(load.file_ok);
    EXPECT_EQ(load.timeline.events.size(), 1u);
}

TEST(CalendarDate, GivenPartialDatesThenTheyCoverTheWholeMonthOrYear) {
    const CalendarDate aug{1918, 8, 0};
    EXPECT_EQ(iso_from_days(aug.first_day()), "1918-08-01");
    EXPECT_EQ(iso_from_days(aug.last_day()), "1918-08-31");
    const CalendarDate feb_leap{1920, 2, 0};
    EXPECT_EQ(iso_from_days(feb_leap.last_day()), "1920-02-29");
    EXPECT_EQ(iso_from_days(CalendarDate{1809, 7, 14}.first_day()), "1809-07-14");
    EXPECT_EQ((CalendarDate{1970, 1, 1}.first_day()), 0);
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(Timeline, GivenRussianColumnsThenEventsAndErasSpeakRussianAndFallBackToEnglish) {
    const TimelineLoad load = load_timeline(test::source_path("assets/timeline.csv"));
    const TimelineEvent* t = load.timeline.find("telegram-1921");
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->headline_in("ru"), "Советская Россия предлагает торговлю Конгрессу и президенту Гардингу");
    EXPECT_EQ(t->headline_in("en"), "Soviet Russia proposes trade to Congress and President Harding");
    EXPECT_EQ(t->headline_in("de"), t->headline);  // no German: English
    EXPECT_NE(t->text_in("ru").find("Литвинов"), std::string::npos);
    EXPECT_EQ(t->display_date_in("ru"), "20 марта 1921\u00a0г.");
    EXPECT_EQ(load.timeline.eras.front().headline_in("ru"), "Российская империя");
    for (const auto& e : load.timeline.events) EXPECT_NE(e.headline_in("ru"), e.headline) << e.id << " has no Russian";
}

TEST(RussianDate, GivenDatesAndSpansThenTheyReadAsARussianMuseumLabelWritesThem) {
    // «г.» after every year, held to it by a no-break space; spans between dates with a
    // spaced em dash, between days of one month with an en dash.
    const std::string g = "\u00a0г.";
    EXPECT_EQ(russian_date({1809, 7, 14}, std::nullopt), "14 июля 1809" + g);
    EXPECT_EQ(russian_date({1917, 3, 8}, CalendarDate{1917, 3, 15}), "8–15 марта 1917" + g);
    EXPECT_EQ(russian_date({1867, 3, 30}, CalendarDate{1867, 10, 18}), "30 марта — 18 октября 1867" + g);
    EXPECT_EQ(russian_date({1918, 8, 0}, CalendarDate{1920, 4, 1}), "август 1918" + g + " — 1 апреля 1920" + g);
    EXPECT_EQ(russian_date({1918, 9, 0}, CalendarDate{1919, 7, 0}), "сентябрь 1918" + g + " — июль 1919" + g);
    EXPECT_EQ(russian_date({1991, 0, 0}, std::nullopt), "1991" + g);
}

TEST(Timeline, GivenADisplayDateColumnInALanguageThenItWinsOverTheMadeOne) {
    const std::string csv =
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,"
        "Media Caption,Media Thumbnail,Type,Group,Background,Id,Source,Display Date (ru)\n"
        "1921,3,20,,,,,,\"March 20, 1921\",H,T,,,,,,trade,,a,s,весна 1921\n";
    const TimelineLoad load = parse_timeline_csv(csv, "x.csv");
    ASSERT_EQ(load.timeline.events.size(), 1u);
    EXPECT_EQ(load.timeline.events[0].display_date_in("ru"), "весна 1921");
}

}  // namespace
}  // namespace kiosk
