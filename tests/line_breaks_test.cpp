// ICU's line breaking against the Unicode Consortium's own test file (Debian's
// unicode-data package): it must pass all but ICU's documented tailorings.
#include "text/line_breaks.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kiosk {
namespace {

void append_utf8(std::string& s, char32_t c) {
    if (c < 0x80)
        s += static_cast<char>(c);
    else if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
}

TEST(LineBreaks, GivenUnicodesLineBreakTestWhenEveryCaseIsBrokenThenAllButIcusTailoringsPass) {
    std::ifstream in("/usr/share/unicode/auxiliary/LineBreakTest.txt");
    ASSERT_TRUE(in) << "install Debian's unicode-data package";
    std::string line;
    int cases = 0, failures = 0;
    while (std::getline(in, line)) {
        if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        std::istringstream ls(line);
        std::string tok;
        std::string text;
        std::vector<std::size_t> expected;
        bool any = false;
        while (ls >> tok) {
            if (tok == "÷") {
                if (!text.empty()) expected.push_back(text.size());
            } else if (tok == "×") {
            } else {
                append_utf8(text, static_cast<char32_t>(std::stoul(tok, nullptr, 16)));
                any = true;
            }
        }
        if (!any) continue;
        ++cases;
        std::vector<std::size_t> got;
        for (const auto& b : line_break_opportunities(text)) got.push_back(b.byte_offset);
        if (got != expected) ++failures;
    }
    EXPECT_GT(cases, 7000);
    // ICU 72 deliberately tailors 22 cases around hyphen-minus and numbers (GUIDE.md).
    EXPECT_LE(failures, 22) << failures << " of " << cases;
}

TEST(LineBreaks, GivenProseWhenBrokenThenOpportunitiesFollowSpacesNotPunctuation) {
    const std::string text = "Soviet Russia, (Litvinov) “March 20th.”";
    std::vector<std::size_t> got;
    for (const auto& b : line_break_opportunities(text)) got.push_back(b.byte_offset);
    // After "Soviet ", "Russia, ", "(Litvinov) ", "“March " (the quote is 3 bytes), the end.
    EXPECT_EQ(got, (std::vector<std::size_t>{7, 15, 26, 35, text.size()}));
}

TEST(LineBreaks, GivenANewlineWhenBrokenThenTheBreakIsMandatory) {
    const auto b = line_break_opportunities("Kalinin;\nZalutsky");
    ASSERT_GE(b.size(), 2u);
    EXPECT_EQ(b[0].byte_offset, 9u);
    EXPECT_TRUE(b[0].mandatory);
}

}  // namespace
}  // namespace kiosk
