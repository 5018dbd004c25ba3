// A museum's existing TimelineJS timeline, as its JSON and as its sheet: read as it is,
// checked by the same rules, and turned into the kiosk's own file by --import without
// losing anything the kiosk can show.
#include <gtest/gtest.h>

#include <algorithm>

#include "content/rich_text.h"
#include "content/timeline.h"
#include "content/timeline_rows.h"
#include "test_support.h"

namespace kiosk {
namespace {

const std::string json_file = test::fixture("timelinejs/relief.json");
const std::string sheet_file = test::fixture("timelinejs/relief-sheet.csv");

bool mentions(const Diagnostics& problems, int line, const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const Diagnostic& d) {
        return d.line == line && d.message.find(words) != std::string::npos;
    });
}

// Everything a visitor can see of a timeline, so that two loads can be compared.
// The sheet has no Id column (a JSON's unique_id has no place there): ids are then
// compared through the rest.
void expect_same_timeline(const Timeline& a, const Timeline& b, bool same_ids = true) {
    ASSERT_EQ(a.events.size(), b.events.size());
    for (std::size_t i = 0; i < a.events.size(); ++i) {
        const TimelineEvent &x = a.events[i], &y = b.events[i];
        SCOPED_TRACE(x.id);
        if (same_ids) EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.start, y.start);
        EXPECT_EQ(x.end, y.end);
        EXPECT_EQ(x.headline, y.headline);
        EXPECT_EQ(x.text, y.text);
        EXPECT_EQ(x.display_date, y.display_date);
        EXPECT_EQ(x.media, y.media);
        EXPECT_EQ(x.media_url, y.media_url);
        EXPECT_EQ(x.media_caption, y.media_caption);
        EXPECT_EQ(x.media_credit, y.media_credit);
        EXPECT_EQ(x.group_name, y.group_name);
        EXPECT_EQ(x.source, y.source);
        EXPECT_EQ(x.highlight.has_value(), y.highlight.has_value());
        if (x.highlight && y.highlight) EXPECT_EQ(x.highlight->to_hex(), y.highlight->to_hex());
        EXPECT_EQ(x.headline_tr, y.headline_tr);
        EXPECT_EQ(x.text_tr, y.text_tr);
        EXPECT_EQ(x.display_date_tr, y.display_date_tr);
        EXPECT_EQ(x.media_caption_tr, y.media_caption_tr);
        EXPECT_EQ(x.media_credit_tr, y.media_credit_tr);
    }
    ASSERT_EQ(a.eras.size(), b.eras.size());
    for (std::size_t i = 0; i < a.eras.size(); ++i) {
        EXPECT_EQ(a.eras[i].id, b.eras[i].id);
        EXPECT_EQ(a.eras[i].headline, b.eras[i].headline);
        EXPECT_EQ(a.eras[i].headline_tr, b.eras[i].headline_tr);
        EXPECT_EQ(a.eras[i].start, b.eras[i].start);
        EXPECT_EQ(a.eras[i].end, b.eras[i].end);
        EXPECT_EQ(a.eras[i].background.to_hex(), b.eras[i].background.to_hex());
    }
    ASSERT_EQ(a.title.has_value(), b.title.has_value());
    if (a.title) {
        EXPECT_EQ(a.title->headline, b.title->headline);
        EXPECT_EQ(a.title->text, b.title->text);
        EXPECT_EQ(a.title->media_url, b.title->media_url);
        EXPECT_EQ(a.title->headline_tr, b.title->headline_tr);
        EXPECT_EQ(a.title->text_tr, b.title->text_tr);
    }
    EXPECT_EQ(a.groups, b.groups);
}

TEST(TimelineJs, GivenTheTemplatesJsonThenTitleErasGroupsPartialAndBceDatesLoad) {
    const TimelineLoad load = load_timeline(json_file);
    ASSERT_TRUE(load.file_ok);
    const Timeline& tl = load.timeline;
    ASSERT_TRUE(tl.title.has_value());
    EXPECT_EQ(tl.title->headline, "Famine Relief in Soviet Russia");
    EXPECT_EQ(tl.title->line, test::line_of(json_file, "\"title\""));
    ASSERT_EQ(tl.eras.size(), 1u);
    EXPECT_EQ(tl.eras[0].headline, "The ARA in Russia");
    EXPECT_EQ(tl.eras[0].start, (CalendarDate{1921, 8, 0}));
    EXPECT_EQ(tl.eras[0].end, (CalendarDate{1923, 6, 0}));
    ASSERT_EQ(tl.events.size(), 5u);  // the sixth has a month 13
    // By date: the BCE event first; year-only and month-only dates kept as such.
    EXPECT_EQ(tl.events[0].start, (CalendarDate{-500, 0, 0}));
    EXPECT_EQ(tl.events[0].id, "500-bce-grain-from-the-black-sea");
    const TimelineEvent* riga = tl.find("riga-agreement");  // its unique_id
    ASSERT_NE(riga, nullptr);
    EXPECT_EQ(riga->start, (CalendarDate{1921, 8, 20}));
    const TimelineEvent* kazan = tl.find("1921-first-kitchens-open-in-kazan");
    ASSERT_NE(kazan, nullptr);
    EXPECT_EQ(kazan->start, (CalendarDate{1921, 9, 0}));  // numbers, not texts, in the JSON
    const TimelineEvent* fed = tl.find("1922-ten-million-fed-a-day");
    ASSERT_NE(fed, nullptr);
    EXPECT_EQ(fed->start, (CalendarDate{1922, 0, 0}));
    EXPECT_EQ(fed->end, (CalendarDate{1922, 8, 0}));
    EXPECT_EQ(fed->display_date, "Spring and summer 1922");
    // Groups as written; "Relief" and "relief" are one group.
    EXPECT_EQ(tl.groups, (std::vector<std::string>{"trade", "relief", "famine"}));
    EXPECT_EQ(riga->group_name, "Relief");
    // A headline's HTML is reduced to its words; the event's background colour kept.
    const TimelineEvent* leaves = tl.find("1923-the-ara-leaves");
    ASSERT_NE(leaves, nullptr);
    EXPECT_EQ(leaves->headline, "The ARA leaves");
    ASSERT_TRUE(leaves->highlight.has_value());
    EXPECT_EQ(leaves->highlight->to_hex(), "#f0e6d0");
}

TEST(TimelineJs, GivenHtmlInTextsThenTheSubsetIsStyledAndTheRestIsReportedAtItsEvent) {
    const TimelineLoad load = load_timeline(json_file);
    const TimelineEvent* riga = load.timeline.find("riga-agreement");
    ASSERT_NE(riga, nullptr);
    const RichText rich = parse_rich_text(riga->text);
    ASSERT_EQ(rich.paragraphs.size(), 2u);
    bool bold_litvinov = false;
    for (const auto& span : rich.paragraphs[0]) bold_litvinov |= span.text == "Litvinov" && (span.style & span_bold);
    EXPECT_TRUE(bold_litvinov);
    EXPECT_EQ(rich.plain().find("&amp;"), std::string::npos);
    EXPECT_NE(rich.plain().find("Litvinov & Brown"), std::string::npos);
    const int kazan_line = test::line_of(json_file, "First kitchens");
    EXPECT_TRUE(mentions(load.problems, kazan_line - 3, "<table>")) << "reported at the line the event starts";
    EXPECT_TRUE(mentions(load.problems, test::line_of(json_file, "Ten million") - 4, "<img>"));
    // The subset itself is never reported.
    for (const auto& d : load.problems) EXPECT_EQ(d.message.find("holds <b>"), std::string::npos) << d.to_string();
}

TEST(TimelineJs, GivenAPictureOnTheWebThenNoBrokenPathButAPlainNoteOnWhereToPutIt) {
    const TimelineLoad load = load_timeline(json_file);
    const TimelineEvent* riga = load.timeline.find("riga-agreement");
    ASSERT_NE(riga, nullptr);
    EXPECT_TRUE(riga->media.empty()) << "no file path is made of a web address";
    EXPECT_EQ(riga->media_url, "https://example.org/riga.jpg");
    EXPECT_EQ(riga->media_caption, "Riga");
    EXPECT_TRUE(mentions(load.problems, test::line_of(json_file, "riga.jpg") - 1, "assets/images/"));
    EXPECT_TRUE(mentions(load.problems, test::line_of(json_file, "riga.jpg") - 1, "\"assets/images/riga.jpg\""));
}

TEST(TimelineJs, GivenABadEventThenOnlyItIsSkippedWithTheLineItStartsOn) {
    const TimelineLoad load = load_timeline(json_file);
    EXPECT_TRUE(load.file_ok);
    const int line = test::line_of(json_file, "\"month\": \"13\"") - 1;
    EXPECT_TRUE(mentions(load.problems, line, "\"Month\" is \"13\"")) << "the event's start_date line";
}

TEST(TimelineJs, GivenTheSameTimelineAsTheTemplatesSheetThenItIsTheSameTimeline) {
    const TimelineLoad json = load_timeline(json_file);
    const TimelineLoad sheet = load_timeline(sheet_file);
    ASSERT_TRUE(sheet.file_ok);
    expect_same_timeline(json.timeline, sheet.timeline, false);
    EXPECT_EQ(json.problems.size(), sheet.problems.size());
}

TEST(TimelineJs, GivenBrokenJsonThenTheFileIsRefusedWholeAtTheRightLine) {
    const std::string good = test::read_file(json_file);
    {
        const TimelineLoad cut = parse_timeline_json(good.substr(0, good.size() / 2), "cut.json");
        EXPECT_FALSE(cut.file_ok);
        ASSERT_FALSE(cut.problems.empty());
        EXPECT_NE(cut.problems[0].message.find("cut short"), std::string::npos) << cut.problems[0].to_string();
    }
    {
        std::string missing_comma = good;
        const std::size_t at = missing_comma.find("\"group\": \"Famine\"");
        missing_comma.erase(missing_comma.rfind(',', at), 1);
        const TimelineLoad bad = parse_timeline_json(missing_comma, "bad.json");
        EXPECT_FALSE(bad.file_ok);
        ASSERT_FALSE(bad.problems.empty());
        int line = 1;
        for (std::size_t i = 0; i < at; ++i) line += missing_comma[i] == '\n';
        EXPECT_EQ(bad.problems[0].line, line) << bad.problems[0].to_string();
    }
    {
        const std::string deep = "{\"events\": " + std::string(5000, '[') + std::string(5000, ']') + "}";
        const TimelineLoad nested = parse_timeline_json(deep, "deep.json");
        EXPECT_FALSE(nested.file_ok);
        ASSERT_FALSE(nested.problems.empty());
        EXPECT_NE(nested.problems[0].message.find("nested"), std::string::npos);
    }
    for (const std::string& wrong :
         {std::string("[]"), std::string("{\"title\": {}}"), std::string("{\"events\": 3}")}) {
        const TimelineLoad l = parse_timeline_json(wrong, "wrong.json");
        EXPECT_FALSE(l.file_ok) << wrong;
        ASSERT_FALSE(l.problems.empty());
        EXPECT_NE(l.problems[0].message.find("events"), std::string::npos) << l.problems[0].to_string();
    }
    // An event that is not an object, or a date that is a list, costs only itself.
    const TimelineLoad odd = parse_timeline_json(
        "{\"events\": [3, {\"start_date\": {\"year\": [1921]}, \"text\": {\"headline\": \"h\", \"text\": \"t\"}},\n"
        "{\"start_date\": {\"year\": 1921}, \"text\": {\"headline\": \"Kept\", \"text\": \"t\"}}]}",
        "odd.json");
    EXPECT_TRUE(odd.file_ok);
    ASSERT_EQ(odd.timeline.events.size(), 1u);
    EXPECT_EQ(odd.timeline.events[0].headline, "Kept");
    EXPECT_TRUE(mentions(odd.problems, 1, "start_date.year\" is a list"));
}

struct Imported {
    test::RunResult run;
    std::string out;
};

Imported import(const std::string& input, const std::string& name) {
    const std::string dir = test::temp_dir("import-" + name);
    const std::string out = dir + "/" + name + ".csv";
    return {test::run(test::kiosk_binary() + " --import '" + input + "' --output '" + out + "'"), out};
}

TEST(TimelineJs, GivenImportOfTheJsonThenTheKiosksFileLoadsAsTheSameTimelineAndListsWhatStayedBehind) {
    const Imported r = import(json_file, "relief");
    ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
    const TimelineLoad original = load_timeline(json_file);
    const TimelineLoad imported = load_timeline(r.out);
    ASSERT_TRUE(imported.file_ok);
    expect_same_timeline(original.timeline, imported.timeline);
    // What could not come over is listed with where it was.
    EXPECT_NE(r.run.output.find("Wrote " + r.out + ": 5 events, 1 eras, a title slide"), std::string::npos)
        << r.run.output;
    EXPECT_NE(r.run.output.find("relief.json:" + std::to_string(test::line_of(json_file, "\"month\": \"13\"") - 1) +
                                ": \"Month\" is \"13\""),
              std::string::npos)
        << r.run.output;
    EXPECT_NE(r.run.output.find("the time of day is not shown"), std::string::npos);
    EXPECT_NE(r.run.output.find("https://example.org/riga.jpg"), std::string::npos);
    EXPECT_NE(r.run.output.find("timeline = \"" + r.out + "\""), std::string::npos) << "says how to use it";
    // The imported file now has Ids: every row's own, kept across later edits.
    EXPECT_NE(test::read_file(r.out).find("\"riga-agreement\""), std::string::npos);
}

TEST(TimelineJs, GivenImportOfTheShippedTimelineThenEveryEventEraTitleAndTranslationComesBack) {
    const std::string shipped = test::source_path("assets/timeline.csv");
    const Imported r = import(shipped, "shipped");
    ASSERT_EQ(r.run.exit_code, 0) << r.run.output;
    EXPECT_NE(r.run.output.find("Everything came over"), std::string::npos) << r.run.output;
    const TimelineLoad original = load_timeline(shipped);
    const TimelineLoad imported = load_timeline(r.out);
    ASSERT_GE(original.timeline.events.size(), 40u);
    expect_same_timeline(original.timeline, imported.timeline);
    EXPECT_TRUE(imported.problems.empty());
}

TEST(TimelineJs, GivenAnImportWhoseOutputExistsThenNothingIsOverwritten) {
    const std::string dir = test::temp_dir("import-exists");
    const std::string out = dir + "/mine.csv";
    test::run("echo 'the curator s own work' > '" + out + "'");
    const auto r = test::run(test::kiosk_binary() + " --import '" + json_file + "' --output '" + out + "'");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("exists already"), std::string::npos) << r.output;
    EXPECT_EQ(test::read_file(out), "the curator s own work\n");
    const auto missing =
        test::run(test::kiosk_binary() + " --import '" + dir + "/nothing.json' --output '" + dir + "/x.csv'");
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.output.find("Nothing was written"), std::string::npos) << missing.output;
}

TEST(TimelineJs, GivenAKioskConfiguredWithTheJsonThenItShowsItAndCheckReportsWhatItLeavesOut) {
    const std::string dir = test::data_copy("timelinejs-kiosk");
    test::run("cp '" + json_file + "' '" + dir +
              "/assets/relief.json' && sed -i 's|^timeline = .*|timeline = \"assets/relief.json\"|' '" + dir +
              "/config/kiosk.toml' && sed -i 's|^document_event = .*|document_event = \"riga-agreement\"|' '" + dir +
              "/config/kiosk.toml'");
    const auto check = test::run(test::kiosk_binary() + " --check --config '" + dir + "/config/kiosk.toml'");
    EXPECT_EQ(check.exit_code, 1) << check.output;  // the month 13 is an error
    EXPECT_NE(check.output.find("relief.json:" + std::to_string(test::line_of(json_file, "First kitchens") - 3) +
                                ": warning: \"text.text\" holds <table>"),
              std::string::npos)
        << check.output;
    EXPECT_NE(check.output.find("shows no picture until it is saved as \"assets/images/"), std::string::npos)
        << check.output;
    const std::string state = dir + "/state.json";
    const auto r = test::run(test::kiosk_binary() + " --headless --config '" + dir +
                             "/config/kiosk.toml' --scene timeline --size 1280x720 --dump-state '" + state + "'");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const auto s = test::read_json(state);
    EXPECT_EQ(s["shown"]["timeline"], true);
    EXPECT_EQ(s["scene"], "timeline");
}

}  // namespace
}  // namespace kiosk
