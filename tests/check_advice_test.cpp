// Advice that mends (issue 24): for each slip a curator makes in config/kiosk.toml,
// --check says how to write the line; the advice, applied as written, passes --check.
// And a "<" typed into the document's text is named as such.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "test_support.h"

namespace kiosk {
namespace {

struct Slip {
    std::string line_starts;  // the shipped line to replace
    std::string written;      // what the curator wrote instead
};

// The advice in the message about `line`: the last "name = value" (or "[section]") in it.
std::string advice_for(const std::string& output, int line) {
    std::istringstream in(output);
    for (std::string l; std::getline(in, l);) {
        if (l.find("kiosk.toml:" + std::to_string(line) + ":") == std::string::npos) continue;
        std::string last;
        static const std::regex setting(R"(([a-z_]+ = (?:"[^"]*"|[^;\s]+))|(\[[a-z_]+\]))");
        for (auto it = std::sregex_iterator(l.begin(), l.end(), setting); it != std::sregex_iterator(); ++it)
            last = it->str();
        return last;
    }
    return {};
}

TEST(CheckAdvice, GivenTheUsualSlipsThenEachAdviceAppliedAsWrittenPasses) {
    const std::vector<Slip> slips = {
        {"fullscreen = ", "fullscreen = yes"},
        {"fullscreen = ", "fullscreen = True"},
        {"accent = ", "accent = #1f4e8c\""},
        {"accent = ", "accent = #1f4e8c"},
        {"accent = ", "accent = \u201C#1f4e8c\u201D"},
        {"excerpt_seconds = ", "excerpt_seconds = 4.5"},
        {"excerpt_seconds = ", "excerpt_seconds = 200"},
        {"default_language = ", "default_language = en"},
        {"[behaviour]", "[behaviour"},
    };
    const std::string shipped = test::read_file(test::source_path("config/kiosk.toml"));
    for (const Slip& slip : slips) {
        const std::string dir = test::data_copy("advice");
        const std::string file = dir + "/config/kiosk.toml";
        const auto at = shipped.find("\n" + slip.line_starts);
        ASSERT_NE(at, std::string::npos) << slip.line_starts;
        const auto end = shipped.find('\n', at + 1);
        const int line =
            static_cast<int>(std::count(shipped.begin(), shipped.begin() + static_cast<std::ptrdiff_t>(at) + 1, '\n')) +
            1;
        auto with_line = [&](const std::string& text) {
            return shipped.substr(0, at + 1) + text + shipped.substr(end);
        };
        std::ofstream(file) << with_line(slip.written);
        const auto broken = test::run(test::kiosk_binary() + " --check --config " + file);
        EXPECT_EQ(broken.exit_code, 1) << slip.written << "\n" << broken.output;
        // One message, about that line: no others caused by it.
        std::size_t messages = 0;
        for (auto at = broken.output.find("kiosk.toml:"); at != std::string::npos;
             at = broken.output.find("kiosk.toml:", at + 1))
            ++messages;
        EXPECT_EQ(messages, 1u) << slip.written << "\n" << broken.output;
        const std::string advice = advice_for(broken.output, line);
        ASSERT_FALSE(advice.empty()) << slip.written << "\n" << broken.output;
        std::ofstream(file) << with_line(advice);
        const auto mended = test::run(test::kiosk_binary() + " --check --config " + file);
        EXPECT_EQ(mended.exit_code, 0) << slip.written << " -> " << advice << "\n" << mended.output;
        EXPECT_NE(mended.output.find("All is well"), std::string::npos) << slip.written << " -> " << advice << "\n"
                                                                        << mended.output;
    }
}

TEST(CheckAdvice, GivenALessThanSignTypedInTheDocumentThenCheckSaysHowToWriteIt) {
    const std::string dir = test::data_copy("advice-xml");
    const std::string xml = dir + "/assets/telegram-661.1115-279.xml";
    std::string text = test::read_file(xml);
    const auto at = text.find("From the first days");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "5 < 6. ");
    std::ofstream(xml) << text;
    const auto r = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.output.find("a \"<\" in the text"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("&lt;"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("Could not determine tag type"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace kiosk
