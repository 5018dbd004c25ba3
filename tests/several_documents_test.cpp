// Several documents in one kiosk: the configuration lists them, Home has a door for
// each, each door opens its own document, and each document's event on the timeline
// offers to read it. With one document, Home is as it always was.
#include <gtest/gtest.h>

#include <fstream>

#include "content/config.h"
#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

const std::string three_documents = R"(
[[documents]]
file = "assets/telegram-661.1115-279.xml"
title = "Moscow's offer of trade, March 1921"
title_ru = "Предложение торговли, март 1921"
event = "telegram-1921"

[[documents]]
file = "assets/frus-1917.xml"
id = "d7"
title = "Lansing to Francis, 28 April 1917"
event = "recognition-provisional-1917"

[[documents]]
file = "assets/frus-1917.xml"
id = "d8"
title = "Francis to Lansing, 29 April 1917"
event = "february-revolution-1917"
)";

// A copy of the content with three documents configured.
std::string three_document_kiosk(const std::string& name, const std::string& documents = three_documents) {
    const std::string dir = test::data_copy(name);
    test::run("cp '" + test::fixture("frus1918Russiav03-d7-d9.xml") + "' '" + dir + "/assets/frus-1917.xml'");
    std::ofstream(dir + "/config/kiosk.toml", std::ios::app) << documents;
    return dir;
}

struct DocumentsRun {
    std::string dir;
    test::RunResult result;
    json read(const std::string& name) const { return test::read_json(dir + "/" + name); }
};

DocumentsRun documents_replay(const std::string& dir, const std::string& args, std::string script) {
    for (auto at = script.find("%D"); at != std::string::npos; at = script.find("%D")) script.replace(at, 2, dir);
    std::ofstream(dir + "/s.replay") << script;
    DocumentsRun r{dir, test::run(test::kiosk_binary() + " --headless --config '" + dir + "/config/kiosk.toml' " +
                                  args + " --replay '" + dir + "/s.replay'")};
    EXPECT_EQ(r.result.exit_code, 0) << r.result.output;
    return r;
}

TEST(SeveralDocuments, GivenThreeEntriesThenTheConfigurationListsThemInOrderWithTheirLines) {
    const ConfigLoad load = parse_config(three_documents, "kiosk.toml", "/data");
    ASSERT_TRUE(load.ok()) << (load.problems.empty() ? "" : load.problems[0].to_string());
    const auto entries = load.config.document_entries();
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[1].file, "assets/frus-1917.xml");
    EXPECT_EQ(entries[1].id, "d7");
    EXPECT_EQ(entries[2].event, "february-revolution-1917");
    EXPECT_EQ(entries[0].title_in("ru"), "Предложение торговли, март 1921");
    EXPECT_EQ(entries[1].title_in("ru"), "Lansing to Francis, 28 April 1917");  // no Russian title: the English one
    EXPECT_EQ(entries[2].line, 14);  // the text starts with a line break: its [[documents]] line
    // Without [[documents]], the one document of [content], as always.
    const ConfigLoad one = parse_config("", "kiosk.toml", "/data");
    ASSERT_EQ(one.config.document_entries().size(), 1u);
    EXPECT_EQ(one.config.document_entries()[0].event, "telegram-1921");
    // An entry without a file, or with a number for a title, is left out with its line.
    const ConfigLoad bad = parse_config(
        "[[documents]]\ntitle = \"x\"\n\n[[documents]]\nfile = \"a.xml\"\ntitle = 3\n\n[[documents]]\nfile = "
        "\"b.xml\"\n",
        "kiosk.toml", "/data");
    ASSERT_EQ(bad.config.documents.size(), 1u);
    EXPECT_EQ(bad.config.documents[0].file, "b.xml");
    ASSERT_EQ(bad.problems.size(), 2u);
    EXPECT_EQ(bad.problems[0].line, 1);
    EXPECT_NE(bad.problems[0].message.find("no file"), std::string::npos);
    EXPECT_EQ(bad.problems[1].line, 6);
}

TEST(SeveralDocuments, GivenThreeDocumentsThenHomeHasThreeDoorsAndEachOpensItsOwnDocument) {
    const std::string dir = three_document_kiosk("three-doors");
    const DocumentsRun home =
        documents_replay(dir, "--size 1920x1080 --scene home", "0 layout %D/home.json\n0 state %D/home-state.json\n");
    const json layout = home.read("home.json");
    for (const char* door : {"document:0", "document:1", "document:2", "timeline"})
        EXPECT_GT(test::target_centre(layout, door).first, 0) << door << " is a door on Home";
    EXPECT_LT(test::target_centre(layout, "telegram").first, 0) << "no single telegram door beside them";
    const json docs = home.read("home-state.json")["documents"];
    ASSERT_EQ(docs.size(), 3u);
    EXPECT_EQ(docs[2]["title"], "Francis to Lansing, 29 April 1917");
    for (const auto& d : docs) EXPECT_TRUE(d["loaded"].get<bool>());
    // Each door, tapped, opens its own document in the reader, under its own name.
    const std::string expected_files[] = {"telegram-661.1115-279.xml", "frus-1917.xml", "frus-1917.xml"};
    const std::string expected_words[] = {"Have the honor", "Am considering carefully credit needs Russia", ""};
    for (int i = 0; i < 3; ++i) {
        const std::string door = "document:" + std::to_string(i);
        const DocumentsRun r =
            documents_replay(dir, "--size 1920x1080 --scene home",
                             test::tap_at(0, test::target_centre(layout, door)) + "1000 state %D/s" +
                                 std::to_string(i) + ".json\n1000 layout %D/l" + std::to_string(i) + ".json\n");
        const json s = r.read("s" + std::to_string(i) + ".json");
        EXPECT_EQ(s["scene"], "telegram") << door;
        const std::string file = s["document"];
        EXPECT_NE(file.find(expected_files[i]), std::string::npos) << door << ": " << file;
        const std::string words = test::read_file(dir + "/l" + std::to_string(i) + ".json");
        EXPECT_NE(words.find(docs[i]["title"].get<std::string>()), std::string::npos) << door << " shows its own name";
        if (!expected_words[i].empty()) EXPECT_NE(words.find(expected_words[i]), std::string::npos) << door;
    }
    // The two FRUS documents are not the same text.
    EXPECT_NE(test::read_file(dir + "/l1.json").find("1359."), std::string::npos);
    EXPECT_EQ(test::read_file(dir + "/l2.json").find("1359."), std::string::npos);
}

TEST(SeveralDocuments, GivenAnEventTiedToADocumentThenItsCardOffersThatDocument) {
    const std::string dir = three_document_kiosk("three-cards");
    const std::pair<const char*, int> tied[] = {
        {"telegram-1921", 0}, {"recognition-provisional-1917", 1}, {"february-revolution-1917", 2}};
    for (const auto& [event, index] : tied) {
        const std::string n = std::to_string(index);
        const DocumentsRun card = documents_replay(dir, "--size 1920x1080 --scene event:" + std::string(event),
                                                   "0 layout %D/card" + n + ".json\n");
        const json layout = card.read("card" + n + ".json");
        const auto read = test::target_centre(layout, "card-read:" + n);
        ASSERT_GT(read.first, 0) << event << " offers its document";
        EXPECT_NE(test::read_file(dir + "/card" + n + ".json").find("Read the document"), std::string::npos);
        const DocumentsRun opened = documents_replay(dir, "--size 1920x1080 --scene event:" + std::string(event),
                                                     test::tap_at(0, read) + "1000 state %D/read" + n + ".json\n");
        const json s = opened.read("read" + n + ".json");
        EXPECT_EQ(s["scene"], "telegram") << event;
        EXPECT_NE(s["document"].get<std::string>().find(index == 0 ? "telegram-661" : "frus-1917"), std::string::npos)
            << event;
    }
    // An event no document belongs to offers none.
    const DocumentsRun other =
        documents_replay(dir, "--size 1920x1080 --scene event:hughes-reply-1921", "0 layout %D/other.json\n");
    EXPECT_EQ(test::read_file(dir + "/other.json").find("card-read"), std::string::npos);
}

TEST(SeveralDocuments, GivenADocumentThatCannotLoadThenItsDoorIsCalmAndTheOthersOpen) {
    std::string documents = three_documents;
    documents.replace(documents.find("id = \"d8\""), 9, "id = \"d99\"");
    const std::string dir = three_document_kiosk("three-broken", documents);
    const DocumentsRun home =
        documents_replay(dir, "--size 1920x1080 --scene home", "0 layout %D/home.json\n0 state %D/s.json\n");
    const json layout = home.read("home.json");
    EXPECT_GT(test::target_centre(layout, "document:0").first, 0);
    EXPECT_GT(test::target_centre(layout, "document:1").first, 0);
    EXPECT_LT(test::target_centre(layout, "document:2").first, 0) << "not a button";
    EXPECT_NE(test::read_file(dir + "/home.json").find("Not available just now"), std::string::npos);
    const json s = home.read("s.json");
    EXPECT_FALSE(s["documents"][2]["loaded"].get<bool>());
    bool said = false;
    for (const auto& e : s["content_errors"]) said |= e.get<std::string>().find("d99") != std::string::npos;
    EXPECT_TRUE(said) << s["content_errors"].dump();
    const auto check = test::run(test::kiosk_binary() + " --check --config '" + dir + "/config/kiosk.toml'");
    EXPECT_NE(check.output.find("d99"), std::string::npos) << check.output;
    const int entry_line = test::line_of(dir + "/config/kiosk.toml", "id = \"d99\"") - 2;  // its [[documents]]
    EXPECT_NE(check.output.find("[[documents]] at " + dir + "/config/kiosk.toml:" + std::to_string(entry_line)),
              std::string::npos)
        << check.output;
}

TEST(SeveralDocuments, GivenOneDocumentThenHomeHasTheTelegramDoorAsAlways) {
    const std::string dir = test::data_copy("one-document");
    const DocumentsRun home = documents_replay(dir, "--size 1920x1080 --scene home", "0 layout %D/home.json\n");
    const json layout = home.read("home.json");
    EXPECT_GT(test::target_centre(layout, "telegram").first, 0);
    EXPECT_GT(test::target_centre(layout, "timeline").first, 0);
    EXPECT_LT(test::target_centre(layout, "document:0").first, 0);
    EXPECT_NE(test::read_file(dir + "/home.json").find("Touch one of the two doors"), std::string::npos);
}

// One [[documents]] entry (issue 24): its title on Home's door, in the reader's bar, on
// its card's button and in --check; the telegram's own words nowhere.
TEST(SeveralDocuments, GivenOneEntryThenItsTitleNamesItEverywhereAndTheTelegramsWordsAppearNowhere) {
    const std::string dir = three_document_kiosk("one-document", R"(
[[documents]]
file = "assets/frus-1917.xml"
id = "d7"
title = "Lansing to Francis, 28 April 1917"
event = "recognition-provisional-1917"
)");
    const auto check = test::run(test::kiosk_binary() + " --check --config '" + dir + "/config/kiosk.toml'");
    EXPECT_NE(check.output.find("Home's doors: \"Lansing to Francis, 28 April 1917\""), std::string::npos)
        << check.output;
    for (const std::string scene : {"home", "telegram", "attract", "event:recognition-provisional-1917"}) {
        const std::string layout = dir + "/" + scene.substr(0, 5) + ".json";
        std::string script;
        // The attract loop's telegram composition is its third.
        if (scene == "attract")
            script = "19000 layout " + layout + "\n";
        else
            script = "0 layout " + layout + "\n";
        std::ofstream(dir + "/s.replay") << script;
        const auto r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --config '" + dir +
                                 "/config/kiosk.toml' --scene " + scene + " --replay '" + dir + "/s.replay'");
        ASSERT_EQ(r.exit_code, 0) << r.output;
        const json l = test::read_json(layout);
        bool titled = false;
        for (const auto& line : l["lines"]) {
            const std::string text = line["text"];
            EXPECT_EQ(text.find("Read the telegram"), std::string::npos) << scene;
            EXPECT_EQ(text.find("asks America for trade"), std::string::npos) << scene;
            EXPECT_EQ(text.find("A telegram to America"), std::string::npos) << scene;
            titled = titled || text.find("Lansing to Francis") != std::string::npos ||
                     text.find("Read the document") != std::string::npos;
        }
        EXPECT_TRUE(titled) << scene << " names the document";
    }
}

}  // namespace
}  // namespace kiosk
