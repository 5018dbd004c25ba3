// A spreadsheet row is read as the spreadsheet meant it (issue 24), tried as a careless
// curator would: a closing quote deleted (comma and semicolon exports), a Windows "CSV",
// colours written as people write them, an empty Display Date, a pasted <script>, a
// picture given by web address and saved later, and a FRUS name whose person the
// excerpt does not hold.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "content/rich_text.h"
#include "content/tei_document.h"
#include "content/timeline.h"
#include "content/timeline_rows.h"
#include "test_support.h"

namespace kiosk {
namespace {

std::string shipped_csv() {
    return test::read_file(test::source_path("assets/timeline.csv"));
}

// The shipped timeline with the closing quote after "takes the same line." taken out: the
// Hughes row's Text runs into the fields after it.
std::string without_closing_quote(std::string csv) {
    const std::string at = "takes the same line.\"";
    const auto i = csv.find(at);
    EXPECT_NE(i, std::string::npos);
    csv.erase(i + at.size() - 1, 1);
    return csv;
}

void expect_only_that_row_lost(const TimelineLoad& load, int line, const std::string& what) {
    EXPECT_EQ(load.timeline.events.size(), 45u) << what;
    EXPECT_EQ(load.timeline.find("hughes-reply-1921"), nullptr) << what;
    bool reported = false;
    for (const auto& p : load.problems)
        reported = reported || (p.line == line && p.severity == Diagnostic::Severity::error &&
                                p.message.find("no closing quote") != std::string::npos);
    EXPECT_TRUE(reported) << what;
    for (const auto& e : load.timeline.events) {
        EXPECT_EQ(e.text.find(",,,"), std::string::npos) << what << ": CSV on the card of " << e.id;
        EXPECT_EQ(e.text.find(";;;"), std::string::npos) << what << ": CSV on the card of " << e.id;
        EXPECT_EQ(e.headline.find(";;"), std::string::npos) << what << ": fields in the headline of " << e.id;
    }
}

TEST(SpreadsheetRows, GivenAClosingQuoteDeletedThenOnlyThatRowIsLostAndItsEventKeepsItsLastVersion) {
    const std::string csv = without_closing_quote(shipped_csv());
    const int line = test::line_of(test::source_path("assets/timeline.csv"), "takes the same line.");
    TimelineLoad load = parse_timeline_csv(csv, "timeline.csv");
    expect_only_that_row_lost(load, line, "comma");
    // At a reload the event stays as it last was.
    const TimelineLoad good = parse_timeline_csv(shipped_csv(), "timeline.csv");
    keep_last_good_rows(load, good.timeline);
    ASSERT_NE(load.timeline.find("hughes-reply-1921"), nullptr);
    EXPECT_EQ(load.timeline.find("hughes-reply-1921")->text, good.timeline.find("hughes-reply-1921")->text);
}

TEST(SpreadsheetRows, GivenASemicolonExportWithAClosingQuoteDeletedThenOnlyThatRowIsLost) {
    // The same file as a spreadsheet in a comma-decimal country saves it: semicolons, and
    // quotes only where a field needs them (here: every field with a quote or a ';').
    const TimelineLoad shipped = parse_timeline_csv(shipped_csv(), "timeline.csv");
    std::string semi = timeline_to_csv(shipped.timeline);
    // Every field is quoted by the writer; as semicolons, with "," inside fields kept.
    std::string out;
    bool quoted = false;
    for (std::size_t i = 0; i < semi.size(); ++i) {
        const char c = semi[i];
        if (c == '"') quoted = !quoted;
        out += (c == ',' && !quoted) ? ';' : c;
    }
    const std::string at = "takes the same line.\"";
    const auto i = out.find(at);
    ASSERT_NE(i, std::string::npos);
    out.erase(i + at.size() - 1, 1);
    const TimelineLoad load = parse_timeline_csv(out, "timeline.csv");
    EXPECT_EQ(load.timeline.events.size(), 45u);
    EXPECT_EQ(load.timeline.find("hughes-reply-1921"), nullptr);
    for (const auto& e : load.timeline.events) EXPECT_EQ(e.headline.find(";;"), std::string::npos) << e.id;
    bool reported = false;
    for (const auto& p : load.problems) reported = reported || p.message.find("no closing quote") != std::string::npos;
    EXPECT_TRUE(reported);
}

// A Windows spreadsheet's "CSV": Windows-1252 bytes for ’, é and —.
const std::string windows_header = "Year,Month,Day,Display Date,Headline,Text,Background,Id,Source\r\n";

TEST(SpreadsheetRows, GivenAWindows1252FileThenEveryRowIsReadWithOneNote) {
    const std::string csv = windows_header + "1921,3,20,,Moscow\x92s offer,Caf\xE9 talk \x97 and more,,a,FRUS\r\n" +
                            "1921,3,25,,Hughes answers,No trade yet,,b,FRUS\r\n";
    const TimelineLoad load = parse_timeline_csv(csv, "timeline.csv");
    ASSERT_EQ(load.timeline.events.size(), 2u);
    EXPECT_EQ(load.timeline.find("a")->headline, "Moscow\u2019s offer");
    EXPECT_EQ(load.timeline.find("a")->text, "Caf\u00e9 talk \u2014 and more");
    ASSERT_EQ(load.problems.size(), 1u) << load.problems[1].to_string();
    EXPECT_EQ(load.problems[0].severity, Diagnostic::Severity::warning);
    EXPECT_NE(load.problems[0].message.find("Windows-1252"), std::string::npos);
}

TEST(SpreadsheetRows, GivenAFileThatIsNeitherUtf8NorWindows1252ThenOneMessageSaysSo) {
    std::string csv = windows_header;
    for (int i = 0; i < 40; ++i)
        csv += "1921,3," + std::to_string(i % 28 + 1) + ",,Row \x81" + std::to_string(i) + ",Text,,r" +
               std::to_string(i) + ",S\r\n";
    csv += "1921,4,1,,A good row,Text,,good,S\r\n";
    const TimelineLoad load = parse_timeline_csv(csv, "timeline.csv");
    ASSERT_EQ(load.problems.size(), 1u) << "one message for the file, not one per row";
    EXPECT_EQ(load.problems[0].severity, Diagnostic::Severity::error);
    EXPECT_NE(load.problems[0].message.find("not UTF-8"), std::string::npos);
    ASSERT_EQ(load.timeline.events.size(), 1u);
    EXPECT_EQ(load.timeline.events[0].id, "good");
}

TEST(SpreadsheetRows, GivenColoursWrittenAsPeopleWriteThemThenEachEventIsKeptWithItsColour) {
    const std::string csv =
        windows_header + "1921,1,1,,One,Text,#fff,a,S\n1921,1,2,,Two,Text,red,b,S\n" +
        "1921,1,3,,Three,Text,dark red,c,S\n1921,1,4,,Four,Text,Dark-Red,d,S\n1921,1,5,,Five,Text,not a colour,e,S\n";
    const TimelineLoad load = parse_timeline_csv(csv, "timeline.csv");
    ASSERT_EQ(load.timeline.events.size(), 5u) << "no event is deleted for its colour";
    EXPECT_EQ(*load.timeline.find("a")->highlight, (Color{255, 255, 255, 255}));
    EXPECT_EQ(*load.timeline.find("b")->highlight, (Color{255, 0, 0, 255}));
    EXPECT_EQ(*load.timeline.find("c")->highlight, (Color{0x8b, 0, 0, 255}));
    EXPECT_EQ(*load.timeline.find("d")->highlight, (Color{0x8b, 0, 0, 255}));
    EXPECT_FALSE(load.timeline.find("e")->highlight.has_value());
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].severity, Diagnostic::Severity::warning);
    EXPECT_NE(load.problems[0].message.find("\"not a colour\""), std::string::npos);
}

TEST(SpreadsheetRows, GivenNoDisplayDateThenTheDateIsWrittenInTheVisitorsLanguage) {
    const std::string csv =
        "Year,Month,Day,End Year,End Month,End Day,Display Date,Headline,Text,Id,Source\n"
        "1921,7,13,,,,,Day,Text,day,S\n1921,7,,,,,,Month,Text,month,S\n1921,,,,,,,Year,Text,year,S\n"
        "1917,3,8,1917,3,15,,Week,Text,week,S\n1867,3,30,1867,10,18,,Months,Text,months,S\n"
        "1918,8,16,1920,4,1,,Years,Text,years,S\n";
    const TimelineLoad load = parse_timeline_csv(csv, "timeline.csv");
    ASSERT_EQ(load.timeline.events.size(), 6u);
    EXPECT_EQ(load.timeline.find("day")->display_date_in("en"), "July 13, 1921");
    EXPECT_EQ(load.timeline.find("day")->display_date_in("ru"), "13 июля 1921\u00a0г.");
    EXPECT_EQ(load.timeline.find("month")->display_date_in("en"), "July 1921");
    EXPECT_EQ(load.timeline.find("year")->display_date_in("en"), "1921");
    EXPECT_EQ(load.timeline.find("week")->display_date_in("en"), "March 8–15, 1917");
    EXPECT_EQ(load.timeline.find("months")->display_date_in("en"), "March 30 – October 18, 1867");
    EXPECT_EQ(load.timeline.find("years")->display_date_in("en"), "August 16, 1918 – April 1, 1920");
}

TEST(SpreadsheetRows, GivenAScriptInATextThenItIsNeitherShownNorWrittenOut) {
    const std::string csv =
        windows_header +
        "1921,8,20,,Relief<script>alert(2)</script>,\"Meals for ten million people a day.<script>alert(1)</script>"
        "<STYLE>p{color:red}</STYLE> More.\",,ara,S\n";
    const TimelineLoad load = parse_timeline_csv(csv, "timeline.csv");
    ASSERT_EQ(load.timeline.events.size(), 1u);
    const TimelineEvent& e = load.timeline.events[0];
    EXPECT_EQ(e.headline, "Relief");
    EXPECT_EQ(parse_rich_text(e.text).plain(), "Meals for ten million people a day. More.");
    const std::string written = timeline_to_csv(load.timeline);
    EXPECT_EQ(written.find("alert"), std::string::npos) << written;
    EXPECT_EQ(written.find("color:red"), std::string::npos) << written;
    EXPECT_EQ(parse_rich_text("a<script>x</script>b").plain(), "ab");
}

TEST(SpreadsheetRows, GivenAPictureByWebAddressThenItIsShownWithItsCaptionOnceSavedWhereCheckSays) {
    namespace fs = std::filesystem;
    const std::string dir = test::temp_dir("web-picture");
    fs::create_directories(dir + "/assets/images");
    std::ofstream(dir + "/assets/timeline.csv")
        << "Year,Headline,Text,Media,Media Caption,Media Credit,Id,Source\n"
           "1921,Relief,Kitchens,https://example.org/pics/relief-kitchen.jpg,A kitchen,Hoover Archives,ara,S\n";
    const auto resolve = [&](const std::string& p) { return dir + "/" + p; };
    TimelineLoad before = load_timeline(dir + "/assets/timeline.csv", resolve);
    ASSERT_EQ(before.timeline.events.size(), 1u);
    EXPECT_TRUE(before.timeline.events[0].media.empty());
    ASSERT_EQ(before.problems.size(), 1u);
    EXPECT_NE(before.problems[0].message.find("saved as \"assets/images/relief-kitchen.jpg\""), std::string::npos)
        << before.problems[0].message;
    fs::copy_file(test::source_path("assets/images/telegram-1921.png"), dir + "/assets/images/relief-kitchen.jpg");
    TimelineLoad after = load_timeline(dir + "/assets/timeline.csv", resolve);
    ASSERT_EQ(after.timeline.events.size(), 1u);
    EXPECT_EQ(after.timeline.events[0].media, "assets/images/relief-kitchen.jpg");
    EXPECT_EQ(after.timeline.events[0].media_caption, "A kitchen");
    EXPECT_EQ(after.timeline.events[0].media_credit, "Hoover Archives");
    EXPECT_TRUE(after.problems.empty()) << after.problems[0].to_string();
}

// FRUS excerpts point at a list of persons printed elsewhere in the volume.
TEST(SpreadsheetRows, GivenANameWhosePersonIsNotInTheExcerptThenItIsPlainTextAndAWarning) {
    const std::string xml = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
      <div type="document" xml:id="d1">
        <p>The note of <persName corresp="#p_HCE1">Hughes</persName> was sent.</p>
      </div></body></text></TEI>)";
    auto doc = parse_tei_document(xml, "frus.xml");
    ASSERT_TRUE(doc) << doc.error().to_string();
    for (const auto& b : doc.value().blocks)
        for (const auto& s : b.spans)
            EXPECT_TRUE(s.link.empty()) << "\"" << s.text << "\" would look tappable and do nothing";
    const Diagnostics problems = check_document(doc.value());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].severity, Diagnostic::Severity::warning);
    EXPECT_NE(problems[0].message.find("\"Hughes\" points to #p_HCE1"), std::string::npos);
    EXPECT_NE(problems[0].message.find("plain text"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
