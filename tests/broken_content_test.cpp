// Broken content shown as broken, to curators only: a telegram with a closing tag
// removed is reported at the line the curator changed, its door on Home is calm and not
// a button, the attract loop goes on with the timeline, and the state says what was
// refused and where. Tried as a curator would hit it: at the start and at a reload.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "content/xml_unclosed.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

using test::read_json;

// Removes the first "</head>" of the telegram; returns the line it was on.
int remove_closing_head(const std::string& file) {
    std::string text = test::read_file(file);
    const auto at = text.find("</head>");
    if (at == std::string::npos) return 0;
    const int line =
        static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
    text.erase(at, 7);
    std::ofstream(file) << text;
    return line;
}

TEST(XmlUnclosed, GivenAClosingTagRemovedThenTheElementItClosedIsNamedAtItsStart) {
    const std::string xml = "<a>\n<!-- <b> -->\n<c x=\"1>2\">\n<d/>\n<e>text\n</c>\n</a>\n";
    const auto open = find_unclosed_element(xml, xml.find("</c>"));
    ASSERT_TRUE(open.has_value());
    EXPECT_EQ(open->name, "e");
    EXPECT_EQ(open->open_offset, xml.find("<e>"));
    EXPECT_EQ(open->found, "c");
    // Every tag matched up to the end: nothing to name.
    EXPECT_FALSE(find_unclosed_element("<a><b/></a>", 10).has_value());
    // The file ends first.
    const auto cut = find_unclosed_element("<a><b>text", 9);
    ASSERT_TRUE(cut.has_value());
    EXPECT_EQ(cut->name, "b");
    EXPECT_EQ(cut->found, "");
}

TEST(BrokenContent, GivenARemovedClosingTagAtTheStartThenCheckNamesItsLineTheDoorIsCalmAndTheAttractLoopGoesOn) {
    const std::string dir = test::data_copy("broken-doc");
    const std::string doc = dir + "/assets/telegram-661.1115-279.xml";
    const int line = remove_closing_head(doc);
    ASSERT_GT(line, 0);
    const auto check = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(check.exit_code, 1);
    EXPECT_NE(check.output.find("telegram-661.1115-279.xml:" + std::to_string(line) + ":"), std::string::npos)
        << check.output;
    EXPECT_NE(check.output.find("<head> opened here is never closed"), std::string::npos) << check.output;

    const auto home =
        test::run(test::kiosk_binary() + " --headless --size 800x480 --scene home --config " + dir +
                  "/config/kiosk.toml --dump-layout " + dir + "/home.json --dump-state " + dir + "/state.json");
    ASSERT_EQ(home.exit_code, 0) << home.output;
    const json layout = read_json(dir + "/home.json"), state = read_json(dir + "/state.json");
    bool telegram_target = false, timeline_target = false, calm = false;
    for (const auto& t : layout["targets"]) {
        telegram_target = telegram_target || t["id"] == "telegram";
        timeline_target = timeline_target || t["id"] == "timeline";
    }
    bool invite_one = false;
    for (const auto& l : layout["lines"]) {
        calm = calm || l.value("text", "") == "Not available just now";
        invite_one = invite_one || l.value("text", "") == "Touch the open door below to begin";
    }
    EXPECT_TRUE(invite_one);
    EXPECT_FALSE(telegram_target);  // never a dead button
    EXPECT_TRUE(timeline_target);
    EXPECT_TRUE(calm);
    EXPECT_FALSE(state["shown"]["document"].get<bool>());
    ASSERT_FALSE(state["content_errors"].empty());
    EXPECT_NE(state["content_errors"][0].get<std::string>().find(":" + std::to_string(line) + ":"), std::string::npos)
        << state.dump();

    // The attract loop shows what remains: the timeline's events.
    const auto attract = test::run(test::kiosk_binary() + " --headless --size 800x480 --config " + dir +
                                   "/config/kiosk.toml --dump-layout " + dir + "/attract.json");
    ASSERT_EQ(attract.exit_code, 0) << attract.output;
    EXPECT_GT(read_json(dir + "/attract.json")["lines"].size(), 3u);
    // Enter on Home does not lead to a telegram that is not there.
    std::ofstream(dir + "/k.replay") << "0 key Return\n500 state " + dir + "/after.json\n";
    const auto key = test::run(test::kiosk_binary() + " --headless --size 800x480 --scene home --config " + dir +
                               "/config/kiosk.toml --replay " + dir + "/k.replay");
    ASSERT_EQ(key.exit_code, 0) << key.output;
    EXPECT_NE(read_json(dir + "/after.json")["scene"], "telegram");
}

TEST(BrokenContent, GivenARemovedClosingTagAtAReloadThenTheLastGoodTelegramStaysAndTheStateSaysRejectedWithTheLine) {
    const std::string dir = test::data_copy("broken-doc-reload");
    const std::string doc = dir + "/assets/telegram-661.1115-279.xml";
    std::ofstream(dir + "/s.replay") << "0 state " + dir + "/a.json\n100 reloaded\n200 state " + dir +
                                            "/b.json\n200 layout " + dir + "/b-layout.json\n";
    const std::string text = test::read_file(doc);
    const int line = static_cast<int>(std::count(
                         text.begin(), text.begin() + static_cast<std::ptrdiff_t>(text.find("</head>")), '\n')) +
                     1;
    const auto r = test::run(
        "(" + test::kiosk_binary() + " --headless --size 800x480 --scene telegram --config " + dir +
        "/config/kiosk.toml --replay " + dir + "/s.replay > " + dir + "/log.txt 2>&1 & pid=$!; " +
        test::wait_for(dir + "/a.json") +
        "python3 -c \"import sys; p=sys.argv[1]; s=open(p).read(); open(p,'w').write(s.replace('</head>','',1))\" '" +
        doc + "'; wait $pid); cat " + dir + "/log.txt");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const json b = read_json(dir + "/b.json");
    EXPECT_FALSE(b["last_reload"]["ok"].get<bool>()) << b.dump();
    EXPECT_NE(
        b["last_reload"]["problem"].get<std::string>().find("telegram-661.1115-279.xml:" + std::to_string(line) + ":"),
        std::string::npos)
        << b.dump();
    EXPECT_TRUE(b["shown"]["document"].get<bool>());  // the last good version
    EXPECT_EQ(b["scene"], "telegram");
    EXPECT_GT(read_json(dir + "/b-layout.json")["lines"].size(), 10u);
}

}  // namespace
}  // namespace kiosk
