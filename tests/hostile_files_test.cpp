// Files as an attacker or a careless editor would make them. For each: kiosk --check
// names the file, the line and the limit; the kiosk started on it does not crash; and
// an edit to it while the kiosk runs is refused, the last good content staying.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "app/content_store.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

struct Case {
    std::string dir;
    std::string config() const { return dir + "/config/kiosk.toml"; }
    std::string document() const { return dir + "/assets/telegram-661.1115-279.xml"; }
    std::string timeline() const { return dir + "/assets/timeline.csv"; }
};

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

test::RunResult check(const Case& c) {
    return test::run("timeout 60 " + test::kiosk_binary() + " --check --config " + c.config());
}

// Starts the kiosk headless on the files as they are: it must not crash, and says why
// something is missing.
test::RunResult start(const Case& c, const std::string& scene = "telegram") {
    return test::run("timeout 60 " + test::kiosk_binary() + " --headless --config " + c.config() + " --scene " + scene +
                     " --dump-state " + c.dir + "/state.json");
}

// A store loaded from good files, then the hostile edit, then a reload: refused, with
// `message` in the reason, and the content as it was.
void refused_on_reload(const std::string& name, const std::function<void(const Case&)>& edit,
                       const std::string& message) {
    Case c{test::data_copy(name)};
    ContentStore store;
    store.load_configuration({c.config(), ""});
    store.load_content();
    ASSERT_NE(store.document(), nullptr);
    const Document* before = store.document();
    const std::size_t events = store.timeline()->events.size();
    edit(c);
    EXPECT_FALSE(store.reload());
    EXPECT_NE(store.last_reload_problem().find(message), std::string::npos) << store.last_reload_problem();
    EXPECT_EQ(store.document(), before);
    EXPECT_EQ(store.timeline()->events.size(), events);
}

std::string nested_document(int depth) {
    std::string s =
        "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div type=\"document\" "
        "xml:id=\"d1\"><p>";
    for (int i = 0; i < depth; ++i) s += "<hi>";
    s += "deep";
    for (int i = 0; i < depth; ++i) s += "</hi>";
    return s + "</p></div></body></text></TEI>\n";
}

TEST(Hostile, GivenADocumentNestedTwentyThousandLevelsThenItIsRefusedAtItsLineWithoutAStackOverflow) {
    Case c{test::data_copy("deep-xml")};
    write(c.document(), nested_document(20000));
    const auto r = check(c);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("telegram-661.1115-279.xml:2:"), std::string::npos) << r.output.substr(0, 500);
    EXPECT_NE(r.output.find("elements nest more than 64 levels deep"), std::string::npos);
    EXPECT_EQ(start(c).exit_code, 0);
    refused_on_reload(
        "deep-xml-reload", [](const Case& c) { write(c.document(), nested_document(20000)); }, "levels deep");
}

TEST(Hostile, GivenTomlNestedAHundredThousandLevelsThenItIsRefusedBeforeTheParserRecurses) {
    std::string dotted = "[display]\n";
    for (int i = 0; i < 100000; ++i) dotted += "a.";
    dotted += "b = 1\n";
    std::string headers;
    for (int i = 0; i < 100000; ++i) headers += "[[x]]\n";  // arrays of tables: one level each? no: siblings
    std::string nested_headers = "[";
    for (int i = 0; i < 100000; ++i) nested_headers += "t.";
    nested_headers += "u]\nv = 1\n";
    std::string arrays = "[display]\nw = ";
    for (int i = 0; i < 100000; ++i) arrays += "[";
    for (std::size_t attempt = 0; attempt < 3; ++attempt) {
        const std::string& text = attempt == 0 ? dotted : attempt == 1 ? nested_headers : arrays;
        Case c{test::data_copy("deep-toml-" + std::to_string(attempt))};
        write(c.config(), text);
        const auto r = check(c);
        EXPECT_EQ(r.exit_code, 1);
        EXPECT_NE(r.output.find("nests more than 16 levels deep"), std::string::npos)
            << attempt << ": " << r.output.substr(0, 400);
        EXPECT_EQ(start(c).exit_code, 0) << attempt;
    }
    refused_on_reload(
        "deep-toml-reload", [&](const Case& c) { write(c.config(), dotted); }, "nests more than 16 levels deep");
}

TEST(Hostile, GivenAParagraphOfTenMegabytesOrAFileOfFiftyThenTheLimitIsNamed) {
    Case c{test::data_copy("huge-paragraph")};
    const std::string original = test::read_file(c.document());
    std::string doc = original;
    const std::string mark = "<p xml:id=\"d723-p1\">";
    doc.insert(doc.find(mark) + mark.size(), std::string(6 << 20, 'a') + " ");
    write(c.document(), doc);
    auto r = check(c);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("characters; the limit is 20000 (split it into several <p>)"), std::string::npos)
        << r.output.substr(0, 400);
    EXPECT_EQ(start(c).exit_code, 0);
    // Fifty megabytes are not even read.
    doc = original;
    doc.insert(doc.find(mark) + mark.size(), std::string(50 << 20, 'a'));
    write(c.document(), doc);
    r = check(c);
    EXPECT_NE(r.output.find("the document is 50.0 MB; the limit is 8.0 MB"), std::string::npos)
        << r.output.substr(0, 400);
    EXPECT_EQ(start(c).exit_code, 0);
    refused_on_reload(
        "huge-paragraph-reload", [&](const Case& c) { write(c.document(), doc); }, "the limit is 8.0 MB");
}

TEST(Hostile, GivenTwoHundredThousandTimelineRowsThenTheRowLimitIsNamed) {
    Case c{test::data_copy("many-rows")};
    std::string csv = test::read_file(c.timeline());
    const std::string header = csv.substr(0, csv.find('\n') + 1);
    std::string rows = header;
    for (int i = 0; i < 200000; ++i) rows += "1921\n";
    write(c.timeline(), rows);
    const auto r = check(c);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("timeline.csv:2002: the timeline has 200000 rows; the limit is 2000"), std::string::npos)
        << r.output.substr(0, 400);
    EXPECT_EQ(start(c, "timeline").exit_code, 0);
}

TEST(Hostile, GivenAPictureOutsideTheContentFolderAFifoOrAGiantThenNoneIsOpenedAndCheckSaysWhy) {
    Case c{test::data_copy("images")};
    const std::string csv = test::read_file(c.timeline());
    // The first event with a picture gets, in turn, three hostile ones.
    const std::string current = "assets/images/map-";
    const auto at = csv.find(current);
    ASSERT_NE(at, std::string::npos);
    const auto end = csv.find(',', at);
    // 1. A path that leaves the content folder.
    write(c.timeline(), csv.substr(0, at) + "../../../../../../../../etc/passwd" + csv.substr(end));
    auto r = check(c);
    EXPECT_NE(r.output.find("lies outside the content folder"), std::string::npos) << r.output;
    // 2. A FIFO: neither --check nor the card may wait on it.
    test::run("mkfifo '" + c.dir + "/assets/images/pipe.png'");
    write(c.timeline(), csv.substr(0, at) + "assets/images/pipe.png" + csv.substr(end));
    r = check(c);
    EXPECT_NE(r.output.find("is not a regular file"), std::string::npos) << r.output;
    // 3. A small file that claims 16000×16000 pixels.
    std::string png = "\x89PNG\r\n\x1a\n";
    png += std::string("\0\0\0\x0dIHDR", 8);
    png += std::string("\0\0\x3e\x80\0\0\x3e\x80\x08\x02\0\0\0", 13);
    png += std::string(1 << 20, '\0');
    write(c.dir + "/assets/images/giant.png", png);
    write(c.timeline(), csv.substr(0, at) + "assets/images/giant.png" + csv.substr(end));
    r = check(c);
    EXPECT_NE(r.output.find("a PNG of 16000×16000 pixels; the limit is 8192 a side"), std::string::npos) << r.output;
    // The card of that event shows without it, and the kiosk runs on.
    EXPECT_EQ(start(c, "timeline").exit_code, 0);
}

TEST(Hostile, GivenATimelineCutInTheMiddleOfARowThenTheWholeFileIsRefused) {
    Case c{test::data_copy("cut-csv")};
    const std::string csv = test::read_file(c.timeline());
    write(c.timeline(), csv.substr(0, csv.size() / 2 + 37));
    const auto r = check(c);
    EXPECT_EQ(r.exit_code, 1);
    // Cut inside a quoted text or between two cells: either way the file is refused.
    const bool said = r.output.find("the file ends in the middle of a row") != std::string::npos ||
                      r.output.find(
                          "the file ends inside a quoted field, in the middle of a row: was it cut short? The whole "
                          "file is refused") != std::string::npos;
    EXPECT_TRUE(said) << r.output;
    // Cut between two cells of a row: the row's missing columns give it away.
    const auto mid_row = csv.find("1921,3,25,") + 10;
    write(c.timeline(), csv.substr(0, mid_row));
    const auto cut = check(c);
    EXPECT_NE(cut.output.find("timeline.csv:" +
                              std::to_string(test::line_of(test::source_path("assets/timeline.csv"), "1921,3,25,")) +
                              ": the file ends in the middle of a row (4 of "),
              std::string::npos)
        << cut.output;
    refused_on_reload(
        "cut-csv-reload", [&](const Case& c) { write(c.timeline(), csv.substr(0, csv.size() / 2 + 37)); },
        "timeline.csv:");
}

TEST(Hostile, GivenNulBytesInTheTimelineThenCheckReportsTheRow) {
    Case c{test::data_copy("nul-csv")};
    std::string csv = test::read_file(c.timeline());
    const auto at = csv.find("Hughes turns the offer down");
    csv.insert(at + 6, std::string("\0\0", 2));
    write(c.timeline(), csv);
    const auto r = check(c);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("a control character (U+0000) in \"Headline\": is the file damaged?; the row is skipped"),
              std::string::npos)
        << r.output;
}

TEST(Hostile, GivenAFontDeletedWhileRunningThenTheNextReloadNamesIt) {
    refused_on_reload(
        "font-gone", [](const Case& c) { test::run("rm '" + c.dir + "/fonts/EBGaramond08-Regular.otf'"); },
        "EBGaramond08-Regular.otf: the font cannot be found or read");
}

TEST(Hostile, GivenATenMegabyteConfigValueThenTheFileIsRefusedAndTheLogStaysSmall) {
    Case c{test::data_copy("big-config")};
    std::string toml = test::read_file(c.config());
    toml.replace(toml.find("width_px = 1920"), 15, "width_px = \"" + std::string(10 << 20, '9') + "\"");
    write(c.config(), toml);
    EXPECT_NE(check(c).output.find("the configuration is 10.0 MB; the limit is 1.0 MB"), std::string::npos);
    EXPECT_EQ(start(c).exit_code, 0);
}

TEST(Hostile, GivenReplayTimesThatAreNotFiniteThenTheScriptIsRefusedAtTheirLine) {
    const std::string dir = test::temp_dir("replay-inf");
    for (const std::string t : {"inf", "nan", "-inf", "1e300"}) {
        write(dir + "/s.replay", "0 key Tab\n" + t + " key Tab\n");
        const auto r = test::run("timeout 20 " + test::kiosk_binary() + " --headless --replay " + dir + "/s.replay");
        EXPECT_EQ(r.exit_code, 2) << t;
        EXPECT_NE(r.output.find("s.replay:2:"), std::string::npos) << t << ": " << r.output;
    }
}

TEST(Hostile, GivenAPhantomTouchThatNeverMovesThenTheIdleResetStillHappens) {
    const std::string dir = test::temp_dir("phantom");
    // A touch on the reader that never lifts nor moves; ten minutes pass.
    write(dir + "/s.replay", "0 down 7 0.5 0.6\n600000 state " + dir + "/s.json\n");
    const auto r = test::run(test::kiosk_binary() + " --headless --scene telegram --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    json s;
    std::ifstream(dir + "/s.json") >> s;
    EXPECT_EQ(s["scene"], "attract");
    EXPECT_NE(r.output.find("touch 7 has not moved for 120 s: taken for a fault of the touch screen"),
              std::string::npos)
        << r.output;
}

TEST(Hostile, GivenAHundredThousandMovesInOneMillisecondThenOneFramesWorthIsActedOn) {
    const std::string dir = test::temp_dir("move-flood");
    std::string script = "0 down 1 0.5 0.5\n";
    for (int i = 0; i < 100000; ++i) script += "1 move 1 " + std::to_string(0.3 + (i % 1000) * 0.0004) + " 0.5\n";
    script += "1 state " + dir + "/s.json\n20 up 1 0.5 0.5\n";
    write(dir + "/s.replay", script);
    const auto r = test::run(test::kiosk_binary() + " --headless --scene timeline --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    json s;
    std::ifstream(dir + "/s.json") >> s;
    EXPECT_EQ(s["input"]["moves_received"], 100000);
    EXPECT_LE(s["input"]["moves_handled"].get<long>(), 1);  // none yet, or the last one
}

}  // namespace
}  // namespace kiosk
