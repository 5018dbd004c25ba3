// The small HTML subset of TimelineJS texts: styles kept, the rest dropped and named.
#include "content/rich_text.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(RichText, GivenPlainTextThenOneParagraphWithCollapsedSpaces) {
    const RichText r = parse_rich_text("  Sent by   Litvinov\n from Reval. ");
    ASSERT_EQ(r.paragraphs.size(), 1u);
    EXPECT_EQ(r.plain(), "Sent by Litvinov from Reval.");
    EXPECT_TRUE(r.dropped.empty());
}

TEST(RichText, GivenTheTimelineJsSubsetThenParagraphsStylesAndEntities) {
    const RichText r = parse_rich_text(
        "<p>Sent by <b>Litvinov</b> &amp; <i>others</i></p><p>Second<br>line &ndash; &#8220;quoted&#x201D;</p>");
    ASSERT_EQ(r.paragraphs.size(), 2u);
    const auto& p = r.paragraphs[0];
    ASSERT_EQ(p.size(), 4u);
    EXPECT_EQ(p[0].text, "Sent by ");
    EXPECT_EQ(p[1].text, "Litvinov");
    EXPECT_EQ(p[1].style, span_bold);
    EXPECT_EQ(p[2].text, " & ");
    EXPECT_EQ(p[3].text, "others");
    EXPECT_EQ(p[3].style, span_italic);
    EXPECT_EQ(r.paragraphs[1][0].text, "Second\nline – “quoted”");
    EXPECT_TRUE(r.dropped.empty());
}

TEST(RichText, GivenALinkThenItsTextStaysAndTheKioskDoesNotFollowIt) {
    const RichText r = parse_rich_text(R"(See <a href="https://history.state.gov">the Office of the Historian</a>.)");
    EXPECT_EQ(r.plain(), "See the Office of the Historian.");
    EXPECT_TRUE(r.dropped.empty());
}

TEST(RichText, GivenTagsOutsideTheSubsetThenTheirTextStaysAndTheyAreNamedOnce) {
    const RichText r =
        parse_rich_text("<table><tr><td>A</td><td>B</td></tr></table><img src=x.png><span>C</span><span>D</span>");
    EXPECT_EQ(r.plain(), "ABCD");
    EXPECT_EQ(r.dropped, (std::vector<std::string>{"table", "tr", "td", "img", "span"}));
}

TEST(RichText, GivenBrokenMarkupThenNothingIsLostOrInvented) {
    EXPECT_EQ(parse_rich_text("1 < 2 and 3 > 2").plain(), "1 < 2 and 3 > 2");
    EXPECT_EQ(parse_rich_text("fish &chips; &").plain(), "fish &chips; &");
    EXPECT_EQ(parse_rich_text("<b>never closed").paragraphs[0][0].style, span_bold);
    EXPECT_EQ(parse_rich_text("</i>closed twice</i>").paragraphs[0][0].style, span_roman);
    EXPECT_TRUE(parse_rich_text("").empty());
    EXPECT_TRUE(parse_rich_text("<p></p><p>  </p>").empty());
}

}  // namespace
}  // namespace kiosk
