// Every command in docs/curators.md, and every one the content files' comments give, run
// as written: from the curator's folder (config/, assets/, fonts/), with `kiosk` on the
// PATH as an installed kiosk is.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "test_support.h"

namespace kiosk {
namespace {

// The lines of the guide's ```sh blocks, without their trailing comments.
std::vector<std::string> guide_commands() {
    std::istringstream in(test::read_file(test::source_path("docs/curators.md")));
    std::vector<std::string> out;
    bool in_block = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("```", 0) == 0) {
            in_block = !in_block && line.rfind("```sh", 0) == 0;
            continue;
        }
        if (!in_block) continue;
        if (const auto hash = line.find(" #"); hash != std::string::npos) line.erase(hash);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        if (line.rfind("kiosk ", 0) == 0) out.push_back(line);
    }
    return out;
}

// `kiosk …` in backquotes in a content file's comments.
std::vector<std::string> comment_commands(const std::string& relative) {
    const std::string text = test::read_file(test::source_path(relative));
    std::vector<std::string> out;
    const std::regex command("`(kiosk[^`]*)`");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), command); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

// Runs `command` as a curator would type it, in a fresh copy of the content.
test::RunResult as_a_curator(const std::string& name, const std::string& command) {
    const std::string dir = test::data_copy(name);
    test::run("mkdir -p '" + dir + "/bin' && ln -sf '" + test::kiosk_binary() + "' '" + dir + "/bin/kiosk'");
    // --set-pin asks for the PIN twice.
    const std::string input = command.find("--set-pin") != std::string::npos ? "printf '4821\\n4821\\n' | " : "";
    // Databases the command reads were copied from kiosks: made here by a kiosk that
    // counted one visitor.
    static const std::regex database(R"(--analytics (\S+))");
    for (auto it = std::sregex_iterator(command.begin(), command.end(), database); it != std::sregex_iterator(); ++it)
        test::run("cd '" + dir + "' && printf '0 down 1 0.5 0.5\\n60 up 1 0.5 0.5\\n' > one.replay && '" +
                  test::kiosk_binary() + "' --headless --replay one.replay --analytics '" + (*it)[1].str() + "'");
    auto r = test::run("cd '" + dir + "' && export PATH='" + dir + "/bin':\"$PATH\" && " + input + command);
    r.output = dir + "$ " + command + "\n" + r.output;
    return r;
}

TEST(CuratorsGuide, GivenEveryCommandInTheGuideThenEachRunsAsWrittenAndDoesWhatItSays) {
    const auto commands = guide_commands();
    ASSERT_GE(commands.size(), 8u);  // the guide's blocks were found
    int n = 0;
    for (const auto& c : commands) {
        const auto r = as_a_curator("guide-" + std::to_string(n++), c);
        EXPECT_EQ(r.exit_code, 0) << r.output;
        EXPECT_EQ(r.output.find("command not found"), std::string::npos) << r.output;
        // A screenshot or a report file is there, and not empty.
        static const std::regex file(R"(--(?:screenshot|report-csv|report-png) (\S+))");
        std::smatch m;
        if (std::regex_search(c, m, file)) {
            const std::string dir = r.output.substr(0, r.output.find('$'));
            EXPECT_FALSE(test::read_file(dir + "/" + m[1].str()).empty()) << c;
        }
        if (c == "kiosk --check") EXPECT_NE(r.output.find("All is well"), std::string::npos) << r.output;
        if (c.find("--analytics") != std::string::npos)
            EXPECT_NE(r.output.find("All kiosks"), std::string::npos) << r.output;
        if (c.find("--import") != std::string::npos) EXPECT_NE(r.output.find("Wrote "), std::string::npos) << r.output;
    }
}

TEST(CuratorsGuide, GivenTheCommandsTheContentFilesCommentsGiveThenEachRunsAsWritten) {
    std::vector<std::string> commands;
    for (const char* f :
         {"assets/telegram-661.1115-279.xml", "assets/telegram-661.1115-279.ru.xml", "config/kiosk.toml"})
        for (const auto& c : comment_commands(f)) commands.push_back(c);
    ASSERT_GE(commands.size(), 3u);
    int n = 0;
    for (const auto& c : commands) {
        const auto r = as_a_curator("comment-" + std::to_string(n++), c);
        EXPECT_EQ(r.exit_code, 0) << r.output;
        if (c == "kiosk --check") EXPECT_NE(r.output.find("All is well"), std::string::npos) << r.output;
    }
}

// A newcomer's first try, with no environment set: the PNG is written and the exit code
// is 0, also for the sanitized build (its leak checker knows what to leave out by itself).
TEST(CuratorsGuide, GivenTheFirstScreenshotANewcomerTakesThenThePngIsThereAndTheExitCodeIsZero) {
    const std::string dir = test::temp_dir("first-try");
    const auto r = test::run("cd '" + dir + "' && env -u LSAN_OPTIONS -u ASAN_OPTIONS -u UBSAN_OPTIONS '" +
                             test::kiosk_binary() + "' --config '" + test::source_path("config/kiosk.toml") +
                             "' --headless --size 1920x1080 --scene telegram --screenshot out.png");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(r.output.find("LeakSanitizer"), std::string::npos) << r.output;
    EXPECT_GT(test::read_file(dir + "/out.png").size(), 10000u);
}

}  // namespace
}  // namespace kiosk
