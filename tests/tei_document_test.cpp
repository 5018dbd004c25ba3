// The TEI reader on our telegram, on real FRUS markup nobody here wrote, and on
// broken input.
#include "content/tei_document.h"

#include <gtest/gtest.h>

#include <sstream>

#include "test_support.h"

namespace kiosk {
namespace {

const Block* find_role(const Document& d, BlockRole role, int nth = 0) {
    for (const auto& b : d.blocks)
        if (b.role == role && nth-- == 0) return &b;
    return nullptr;
}

TEST(TeiDocument, GivenTheTelegramWhenLoadedThenItsStructureIsThere) {
    auto doc = load_tei_document(test::source_path("assets/telegram-661.1115-279.xml"));
    ASSERT_TRUE(doc) << doc.error().to_string();
    const Document& d = doc.value();
    EXPECT_EQ(d.id, "d723");
    ASSERT_NE(find_role(d, BlockRole::source), nullptr);
    EXPECT_EQ(find_role(d, BlockRole::source)->plain_text(), "661.1115/279: Telegram");
    const Block* head = find_role(d, BlockRole::heading);
    ASSERT_NE(head, nullptr);
    EXPECT_EQ(
        head->plain_text(),
        "The Soviet Representative in Esthonia (Litvinov) to the Congress of the United States and President Harding¹");
    // The name is roman inside the italic heading; the footnote mark links to note 1.
    bool litvinov_roman = false, has_ref = false;
    for (const auto& s : head->spans) {
        if (s.text.find("Litvinov") != std::string::npos) litvinov_roman = !(s.style & span_italic);
        if (s.style & span_note_ref) has_ref = s.link == "fn1";
    }
    EXPECT_TRUE(litvinov_roman);
    EXPECT_TRUE(has_ref);
    EXPECT_EQ(find_role(d, BlockRole::paragraph, 0)->plain_text(),
              "Have the honor transmit as instructed by my government following message,");
    EXPECT_EQ(find_role(d, BlockRole::signer)->plain_text(),
              "Plenipotentiary Representative of Russian Republic to Esthonia");
    EXPECT_EQ(find_role(d, BlockRole::dateline)->plain_text(), "“March 20th.");
    // Each title with its name on a line of its own (an <lb/> in the <signed>).
    EXPECT_EQ(find_role(d, BlockRole::signature)->plain_text(),
              "President of the All Russian Executive Committee, M. Kalinin;\nSecretary P. Zalutsky.”");
    ASSERT_EQ(d.footnotes.size(), 1u);
    EXPECT_EQ(d.footnotes[0].number, "1");
    ASSERT_EQ(d.footnotes[0].spans.size(), 1u);
    EXPECT_EQ(d.footnotes[0].spans[0].text, "At the White House; copy transmitted to the Department Mar. 28.");
}

TEST(TeiDocument, GivenThePageBreakWhenLoadedThenItIsAMarkerAtTheRightPlaceNotText) {
    auto doc = load_tei_document(test::source_path("assets/telegram-661.1115-279.xml"));
    ASSERT_TRUE(doc);
    const Block* p = find_role(doc.value(), BlockRole::paragraph, 1);
    ASSERT_NE(p, nullptr);
    ASSERT_EQ(p->page_breaks.size(), 1u);
    EXPECT_EQ(p->page_breaks[0].page, "764");
    const std::string text = p->plain_text();
    EXPECT_EQ(text.find("[Page"), std::string::npos);
    EXPECT_EQ(text.substr(p->page_breaks[0].byte_offset, 22), "the attack upon Soviet");
    EXPECT_EQ(text.substr(p->page_breaks[0].byte_offset - 16, 16), "participated in ");
}

TEST(TeiDocument, GivenTheSeedTextWhenComparedThenEveryWordIsInTheDocument) {
    auto doc = load_tei_document(test::source_path("assets/telegram-661.1115-279.xml"));
    ASSERT_TRUE(doc);
    std::string all;
    for (const auto& b : doc.value().blocks) all += b.plain_text() + " ";
    for (const auto& f : doc.value().footnotes) all += f.number + ". " + f.spans[0].text + " ";
    // The seed text as given (shared/content), or its copy in the fixtures.
    std::string seed = test::read_file(std::string(KIOSK_SHARED_DIR) + "/content/telegram-661.1115-279.txt");
    if (seed.empty()) seed = test::read_file(test::fixture("telegram-seed.txt"));
    ASSERT_FALSE(seed.empty());
    auto words = [](std::string s) {
        for (auto [from, to] :
             {std::pair<std::string, std::string>{"( ", "("}, {" )", ")"}, {"[Page 764] ", ""}, {"¹", ""}}) {
            for (auto at = s.find(from); at != std::string::npos; at = s.find(from)) s.replace(at, from.size(), to);
        }
        std::istringstream in(s);
        std::vector<std::string> out;
        for (std::string w; in >> w;) out.push_back(w);
        return out;
    };
    EXPECT_EQ(words(all), words(seed));
}

TEST(TeiDocument, GivenARealFrusVolumeWhenADocumentIsPickedByIdThenItsPartsAreRead) {
    // Real FRUS markup (public domain), kept in the fixtures.
    const std::string path = test::fixture("frus1918Russiav03-d7-d9.xml");
    auto d7 = load_tei_document(path, "d7");
    ASSERT_TRUE(d7) << d7.error().to_string();
    EXPECT_EQ(d7.value().id, "d7");
    ASSERT_NE(find_role(d7.value(), BlockRole::source), nullptr);
    EXPECT_EQ(find_role(d7.value(), BlockRole::source)->plain_text(), "File No. 861.51/138");
    EXPECT_EQ(find_role(d7.value(), BlockRole::opener)->plain_text(), "[Telegram]");
    EXPECT_NE(find_role(d7.value(), BlockRole::dateline)->plain_text().find("Washington"), std::string::npos);
    auto wrong = load_tei_document(path, "d99");
    ASSERT_FALSE(wrong);
    EXPECT_NE(wrong.error().message.find("d7"), std::string::npos);  // says which ids exist
}

TEST(TeiDocument, GivenMalformedXmlWhenLoadedThenTheErrorHasFileLineAndColumn) {
    const std::string xml = "<TEI>\n  <text>\n    <div type=\"document\">\n      <p>unclosed\n    </div>\n</TEI>\n";
    auto doc = parse_tei_document(xml, "broken.xml");
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().file, "broken.xml");
    // Where the <p> was left open, not where the parser noticed.
    EXPECT_EQ(doc.error().line, 4);
    EXPECT_EQ(doc.error().column, 7);
    EXPECT_NE(doc.error().message.find("malformed XML: <p> opened here is never closed (</div> on line 5 comes first)"),
              std::string::npos)
        << doc.error().message;
}

TEST(TeiDocument, GivenNoDocumentDivWhenLoadedThenTheErrorSaysWhatWasExpected) {
    auto doc = parse_tei_document("<TEI><text><body><p>text</p></body></text></TEI>", "nodiv.xml");
    ASSERT_FALSE(doc);
    EXPECT_NE(doc.error().message.find("<div type=\"document\">"), std::string::npos);
}

TEST(TeiDocument, GivenAMissingFileWhenLoadedThenTheErrorNamesIt) {
    auto doc = load_tei_document("/nonexistent/telegram.xml");
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().file, "/nonexistent/telegram.xml");
}

TEST(TeiDocument, GivenBlockquotesListsAndTablesWhenLoadedThenEachBecomesBlocks) {
    const std::string xml = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
      <div type="document" xml:id="x1">
        <p>Before the quote <quote rend="blockquote"><p>Quoted one.</p><p>Quoted two.</p></quote> after it.</p>
        <list><item>First item</item><item>Second <ref target="#d1">item</ref></item></list>
        <table><row><cell>A</cell><cell>B</cell></row></table>
        <p>Line one<lb/>line two</p>
      </div></body></text></TEI>)";
    auto doc = parse_tei_document(xml, "mixed.xml");
    ASSERT_TRUE(doc) << doc.error().to_string();
    std::vector<std::string> texts;
    for (const auto& b : doc.value().blocks) texts.push_back(b.plain_text());
    EXPECT_EQ(texts, (std::vector<std::string>{"Before the quote", "Quoted one.", "Quoted two.", "after it.",
                                               "First item", "Second item", "A · B", "Line one\nline two"}));
    EXPECT_EQ(doc.value().blocks[1].quote_depth, 1);
}

}  // namespace
}  // namespace kiosk
