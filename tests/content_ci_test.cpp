// A refused change reaches whoever made it (issue 24): packaging/content-ci/check-content
// as a git server's CI runs it, on a checkout of a bare content repository: a good commit
// passes, with previews of the event it changed in both languages; a broken one fails,
// with the check's message at its line, paths as in the repository.
#include <gtest/gtest.h>

#include "test_support.h"

namespace kiosk {
namespace {

const std::string script = test::source_path("packaging/content-ci/check-content");

test::RunResult check_commit(const std::string& checkout, const std::string& out) {
    return test::run("cd '" + checkout + "' && KIOSK='" + test::kiosk_binary() +
                     "' SIZES=1280x800 LANGS='en ru' bash '" + script + "' . '" + out + "'");
}

TEST(ContentCi, GivenAGoodCommitAndABrokenOneThenTheReportSaysWhichAndShowsWhatChanged) {
    const std::string dir = test::temp_dir("content-ci");
    const std::string git = "git -c user.name=Curator -c user.email=curator@museum.example";
    // The museum's content repository, bare, as on its git server; a curator's clone.
    test::run("git init -q --bare -b main '" + dir + "/content.git' && git clone -q '" + dir + "/content.git' '" + dir +
              "/work' 2>&1 && cp -r '" + test::source_path("config") + "' '" + test::source_path("assets") + "' '" +
              dir + "/work/' && cd '" + dir + "/work' && " + git + " add -A && " + git +
              " commit -qm 'The exhibit' && git push -q origin HEAD:main");
    // A good edit: Hughes's headline.
    test::run("cd '" + dir +
              "/work' && sed -i 's/Hughes turns the offer down/Hughes says no/' assets/timeline.csv && " + git +
              " commit -qam 'Shorter' && git push -q origin HEAD:main");
    // What the CI checks out: the pushed commit and its parent.
    test::run("git clone -q --depth 2 'file://" + dir + "/content.git' '" + dir + "/ci-good'");
    const auto good = check_commit(dir + "/ci-good", dir + "/report-good");
    EXPECT_EQ(good.exit_code, 0) << good.output;
    const std::string good_md = test::read_file(dir + "/report-good/report.md");
    EXPECT_NE(good_md.find("The kiosks will show this commit"), std::string::npos) << good_md;
    for (const std::string lang : {"en", "ru"}) {
        const std::string png = "event-hughes-reply-1921-1280x800-" + lang + ".png";
        EXPECT_NE(good_md.find("(" + png + ")"), std::string::npos) << good_md;
        EXPECT_GT(test::read_file(dir + "/report-good/" + png).size(), 10000u) << png;
    }
    EXPECT_EQ(good_md.find("event:telegram-1921"), std::string::npos) << "only what changed: " << good_md;

    // A broken edit: a closing quote lost.
    test::run("cd '" + dir +
              "/work' && python3 -c \"import sys; p='assets/timeline.csv'; s=open(p).read(); "
              "open(p,'w').write(s.replace('takes the same line.\\\"', 'takes the same line.', 1))\" && " +
              git + " commit -qam 'Oops' && git push -q origin HEAD:main");
    test::run("git clone -q --depth 2 'file://" + dir + "/content.git' '" + dir + "/ci-bad'");
    const auto bad = check_commit(dir + "/ci-bad", dir + "/report-bad");
    EXPECT_EQ(bad.exit_code, 1) << bad.output;
    const std::string bad_md = test::read_file(dir + "/report-bad/report.md");
    EXPECT_NE(bad_md.find("The kiosks will refuse this commit"), std::string::npos) << bad_md;
    const int line = test::line_of(test::source_path("assets/timeline.csv"), "takes the same line.");
    EXPECT_NE(bad_md.find("\nassets/timeline.csv:" + std::to_string(line) + ": a quoted field"), std::string::npos)
        << bad_md;
    EXPECT_EQ(bad_md.find(dir), std::string::npos) << "paths as in the repository: " << bad_md;
}

}  // namespace
}  // namespace kiosk
