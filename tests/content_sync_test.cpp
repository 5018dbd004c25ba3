// Content for many kiosks from one git repository (packaging/content-sync): two kiosk
// installations follow a bare repository; a good commit reaches both and their shown
// content follows it; a commit that breaks the timeline is refused by both, the sync's
// metrics say so, and both keep showing what they had.
#include <gtest/gtest.h>

#include <fstream>

#include "test_support.h"

namespace kiosk {
namespace {

const std::string sync_script = test::source_path("packaging/content-sync/kiosk-content-sync");

struct Fleet {
    std::string dir, work, bare;
    std::string root(int i) const { return dir + "/kiosk" + std::to_string(i); }
};

// A museum's content repository (configuration, document, timeline, translations) in a
// working copy, and the bare repository the kiosks follow, in a folder of their own.
Fleet new_fleet(const std::string& name) {
    Fleet f;
    f.dir = test::temp_dir(name);
    f.work = f.dir + "/work";
    f.bare = f.dir + "/content.git";
    test::run("mkdir -p '" + f.work + "' && cp -r '" + test::source_path("config") + "' '" +
              test::source_path("assets") + "' '" + f.work + "/' && cd '" + f.work +
              "' && git init -q -b main && git init -q --bare '" + f.bare + "'");
    return f;
}

// The shell to run the sync for kiosk i, with `reload` as its way to tell the kiosk.
std::string sync_command(const Fleet& f, int i, const std::string& reload) {
    const std::string r = f.root(i);
    return "CONTENT_REPO='" + f.bare + "' CONTENT_ROOT='" + r + "' KIOSK='" + test::kiosk_binary() + "' KIOSK_FONTS='" +
           test::source_path("fonts") + "' LOCAL_CONFIG='" + r + "/etc/local.toml' METRICS_FILE='" + r +
           "/sync.prom' RELOAD_COMMAND=\"" + reload + "\" bash '" + sync_script + "'";
}

std::string commit_in(const Fleet& f, const std::string& message) {
    test::run("cd '" + f.work +
              "' && git add -A && git -c user.name=Curator -c user.email=curator@museum.example commit -qm '" +
              message + "' && git push -q '" + f.bare + "' main");
    return test::trim(test::run("git -C '" + f.work + "' rev-parse HEAD").output);
}

// The value of a metric line (name, with labels if any) in a textfile, or "".
std::string sync_metric(const std::string& file, const std::string& name) {
    const std::string text = test::read_file(file);
    const std::size_t at = text.find("\n" + name + " ");
    if (at == std::string::npos) return {};
    const std::size_t from = at + name.size() + 2;
    return text.substr(from, text.find('\n', from) - from);
}

// Waits up to a minute for `file` to hold `words`.
bool eventually_holds(const std::string& file, const std::string& words) {
    for (int i = 0; i < 1200; ++i) {
        if (test::read_file(file).find(words) != std::string::npos) return true;
        test::run("sleep 0.05");
    }
    return false;
}

TEST(ContentSync, GivenTwoKiosksFollowingARepositoryThenAGoodCommitReachesBothAndABrokenOneReachesNeither) {
    // The museum's content repository: configuration, document, timeline, translations.
    const Fleet f = new_fleet("fleet");
    const std::string first = commit_in(f, "The exhibit as it opens");
    ASSERT_EQ(first.size(), 40u);
    // Two kiosks, each with its own name and health file (the repository is shared).
    for (int i = 1; i <= 2; ++i) {
        // As /etc/kiosk/local.toml: a folder of its own, which the kiosk watches.
        test::run("mkdir -p '" + f.root(i) + "/etc'");
        std::ofstream(f.root(i) + "/etc/local.toml") << "[metrics]\nname = \"kiosk-" << i << "\"\ntextfile = \""
                                                     << f.root(i) << "/kiosk.prom\"\ninterval_s = 1\n";
        const auto r = test::run(sync_command(f, i, "true"));
        ASSERT_EQ(r.exit_code, 0) << r.output;
        EXPECT_EQ(test::trim(test::read_file(f.root(i) + "/current/.content-commit")), first);
        EXPECT_EQ(sync_metric(f.root(i) + "/sync.prom", "kiosk_content_sync_ok"), "1");
    }
    // The kiosks run from their `current` link.
    for (int i = 1; i <= 2; ++i) {
        const std::string r = f.root(i);
        std::ofstream(r + "/run.replay") << "0 state " << r << "/s0.json\n0 sleep 120000\n";
        test::run("(" + test::kiosk_binary() + " --headless --config '" + r +
                  "/current/config/kiosk.toml' --local-config '" + r + "/etc/local.toml' --replay '" + r +
                  "/run.replay' > '" + r + "/kiosk.out' 2>&1 & echo $! > '" + r + "/pid')");
        ASSERT_TRUE(eventually_holds(r + "/kiosk.prom", "kiosk_content_version 1"))
            << test::read_file(r + "/kiosk.out");
        EXPECT_NE(test::read_file(r + "/kiosk.prom").find("commit=\"" + first + "\""), std::string::npos);
        EXPECT_NE(test::read_file(r + "/kiosk.prom").find("name=\"kiosk-" + std::to_string(i) + "\""),
                  std::string::npos);
    }
    auto stop_kiosks = [&] {
        for (int i = 1; i <= 2; ++i) test::run("kill -TERM $(cat '" + f.root(i) + "/pid') 2>/dev/null; sleep 0.3");
    };

    // A good edit: every kiosk has it, and says so.
    test::run(
        "sed -i 's/Soviet Russia proposes trade to Congress and President Harding/Moscow offers trade to Washington/' "
        "'" +
        f.work + "/assets/timeline.csv'");
    const std::string good = commit_in(f, "A shorter headline");
    for (int i = 1; i <= 2; ++i) {
        const auto r = test::run(sync_command(f, i, "kill -HUP $(cat '" + f.root(i) + "/pid')"));
        EXPECT_EQ(r.exit_code, 0) << r.output;
        EXPECT_NE(r.output.find("now showing commit " + good), std::string::npos) << r.output;
        EXPECT_TRUE(eventually_holds(f.root(i) + "/kiosk.prom", "kiosk_content_version 2"))
            << test::read_file(f.root(i) + "/kiosk.prom");
        EXPECT_NE(test::read_file(f.root(i) + "/kiosk.prom").find("commit=\"" + good + "\""), std::string::npos)
            << test::read_file(f.root(i) + "/kiosk.prom") << test::read_file(f.root(i) + "/kiosk.out");
        EXPECT_NE(test::read_file(f.root(i) + "/current/assets/timeline.csv").find("Moscow offers trade to Washington"),
                  std::string::npos);
        EXPECT_EQ(sync_metric(f.root(i) + "/sync.prom", "kiosk_content_sync_ok"), "1");
    }

    // A broken edit: the timeline cut short. Refused everywhere; nothing changes on screen.
    test::run("cd '" + f.work + "' && head -c 5000 assets/timeline.csv > t && mv t assets/timeline.csv");
    const std::string broken = commit_in(f, "Oops");
    for (int i = 1; i <= 2; ++i) {
        const auto r = test::run(sync_command(f, i, "kill -HUP $(cat '" + f.root(i) + "/pid')"));
        EXPECT_EQ(r.exit_code, 1) << r.output;
        EXPECT_NE(r.output.find("commit " + broken + " refused"), std::string::npos) << r.output;
        EXPECT_NE(r.output.find("timeline.csv:"), std::string::npos)
            << "the check's own message, with the line: " << r.output;
        EXPECT_EQ(sync_metric(f.root(i) + "/sync.prom", "kiosk_content_sync_ok"), "0");
        EXPECT_NE(test::read_file(f.root(i) + "/sync.prom").find("refused=\"" + broken + "\""), std::string::npos);
        EXPECT_EQ(test::trim(test::read_file(f.root(i) + "/current/.content-commit")), good);
        EXPECT_NE(test::read_file(f.root(i) + "/current/assets/timeline.csv").find("Moscow offers trade to Washington"),
                  std::string::npos);
    }
    test::run("sleep 1.5");  // a metrics interval: nothing was reloaded
    for (int i = 1; i <= 2; ++i) {
        EXPECT_NE(test::read_file(f.root(i) + "/kiosk.prom").find("kiosk_content_version 2"), std::string::npos);
        EXPECT_NE(test::read_file(f.root(i) + "/kiosk.prom").find("commit=\"" + good + "\""), std::string::npos);
    }
    stop_kiosks();
    for (int i = 1; i <= 2; ++i)
        EXPECT_TRUE(eventually_holds(f.root(i) + "/kiosk.prom", "kiosk_up 0")) << "a clean stop says so";
}

// What the sync refuses and what it records (issue 24): a commit with warnings only is
// shown (the guide says warnings may remain); content without fonts uses the kiosk's;
// a broken commit is refused and checked once, not again at every run; a refusal with no
// success before it records no success; messages name files as the repository does.
TEST(ContentSync, GivenWarningsABrokenCommitAndTheNextRunThenOnlyErrorsRefuseAndARefusalIsCheckedOnce) {
    const Fleet f = new_fleet("fleet-rules");
    test::run("mkdir -p '" + f.root(1) + "/etc' && touch '" + f.root(1) + "/etc/local.toml'");
    // No KIOSK_FONTS: the release has no fonts/ of its own.
    auto sync = [&] {
        const std::string r = f.root(1);
        return test::run("CONTENT_REPO='" + f.bare + "' CONTENT_ROOT='" + r + "' KIOSK='" + test::kiosk_binary() +
                         "' LOCAL_CONFIG='" + r + "/etc/local.toml' METRICS_FILE='" + r +
                         "/sync.prom' RELOAD_COMMAND=true bash '" + sync_script + "'");
    };
    // First commit broken: a refusal, and no success ever.
    test::run("cd '" + f.work + "' && cp assets/timeline.csv good.csv && head -c 5000 good.csv > assets/timeline.csv");
    const std::string broken = commit_in(f, "Cut short");
    auto r = sync();
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("commit " + broken + " refused"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("  assets/timeline.csv:"), std::string::npos) << "paths as in the repository: " << r.output;
    EXPECT_EQ(r.output.find("/releases/"), std::string::npos) << r.output;
    const std::string prom = f.root(1) + "/sync.prom";
    EXPECT_EQ(sync_metric(prom, "kiosk_content_sync_last_success_timestamp_seconds"), "0");
    EXPECT_NE(sync_metric(prom, "kiosk_content_sync_last_refusal_timestamp_seconds"), "0");
    // The next run: the same commit is not checked again.
    r = sync();
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.output.find("timeline.csv"), std::string::npos) << "checked again: " << r.output;
    EXPECT_EQ(sync_metric(prom, "kiosk_content_sync_ok"), "0");
    // A translation linked outside the content: refused before anything reads it.
    test::run("cd '" + f.work + "' && rm config/translations/ru.toml && ln -s /etc/passwd config/translations/ru.toml");
    const std::string linked = commit_in(f, "A link out");
    r = sync();
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("commit " + linked +
                            " refused: a release holds only files and folders, and these are "
                            "links or special files: config/translations/ru.toml"),
              std::string::npos)
        << r.output;
    test::run("cd '" + f.work +
              "' && rm config/translations/ru.toml && git checkout -q HEAD~1 -- config/translations/ru.toml");
    // A commit with warnings only (a paler muted colour): shown.
    test::run("cd '" + f.work +
              "' && mv good.csv assets/timeline.csv && sed -i 's|^muted = .*|muted = \"#a09a90\"|' config/kiosk.toml");
    const std::string pale = commit_in(f, "Paler notes");
    r = sync();
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(test::trim(test::read_file(f.root(1) + "/current/.content-commit")), pale);
    EXPECT_FALSE(test::run("test -e '" + f.root(1) + "/current/fonts'").exit_code == 0)
        << "the kiosk's own fonts serve";
    EXPECT_EQ(sync_metric(prom, "kiosk_content_sync_ok"), "1");
    EXPECT_NE(sync_metric(prom, "kiosk_content_sync_last_success_timestamp_seconds"), "0");
}

// The sync attacked (issue 27): a link inside the content, a planted .content-commit link,
// a file name that prints like a warning with a broken commit, and a check that hangs.
TEST(ContentSync, GivenLinksAPlantedCommitFileAWarningLikeNameAndAHangingCheckThenEachIsRefusedSafely) {
    const Fleet f = new_fleet("fleet-attacks");
    test::run("mkdir -p '" + f.root(1) + "/etc' && touch '" + f.root(1) + "/etc/local.toml'");
    const std::string r1 = f.root(1), prom = r1 + "/sync.prom";
    auto sync = [&](const std::string& extra = "", const std::string& kiosk = test::kiosk_binary()) {
        return test::run(extra + " CONTENT_REPO='" + f.bare + "' CONTENT_ROOT='" + r1 + "' KIOSK='" + kiosk +
                         "' LOCAL_CONFIG='" + r1 + "/etc/local.toml' METRICS_FILE='" + prom +
                         "' RELOAD_COMMAND=true bash '" + sync_script + "'");
    };
    const std::string good = commit_in(f, "The exhibit");
    ASSERT_EQ(sync().exit_code, 0);
    // 1. A link that stays inside the content is refused too (a later commit could turn
    // its target into anything), and one to /dev/zero.
    test::run("cd '" + f.work + "' && ln -s timeline.csv assets/again.csv && ln -s /dev/zero assets/zero.csv");
    const std::string linked = commit_in(f, "Links");
    auto r = sync();
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("assets/again.csv"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("assets/zero.csv"), std::string::npos) << r.output;
    EXPECT_EQ(test::trim(test::read_file(r1 + "/current/.content-commit")), good);
    test::run("cd '" + f.work + "' && git rm -q assets/again.csv assets/zero.csv");
    // 2. A name that prints like a warning, in a commit whose timeline is cut short: the
    // exit status decides, not the lines printed.
    test::run("cd '" + f.work + "' && echo x > 'assets/notes: warning: all is well.txt' && head -c 4000 " +
              "assets/timeline.csv > t && mv t assets/timeline.csv");
    const std::string sly = commit_in(f, "Sly");
    r = sync();
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("commit " + sly + " refused"), std::string::npos) << r.output;
    test::run("cd '" + f.work + "' && git checkout -q " + good + " -- assets/timeline.csv");
    // 3. A .content-commit planted as a link to a secret: neither read into the metrics
    // nor written through.
    const std::string secret = f.dir + "/secret.txt";
    std::ofstream(secret) << "hunter2\"} 1\nkiosk_up 0\n";
    test::run("ln -sfn '" + secret + "' '" + r1 + "/current/.content-commit'");
    const std::string fixed = commit_in(f, "Mended");
    r = sync();
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(test::read_file(secret), "hunter2\"} 1\nkiosk_up 0\n") << "written through the link";
    EXPECT_EQ(test::read_file(prom).find("hunter2"), std::string::npos) << test::read_file(prom);
    EXPECT_EQ(test::trim(test::read_file(r1 + "/current/.content-commit")), fixed);
    // 4. A check that never ends: refused after CHECK_TIMEOUT_S, and the lock is free for
    // the next run at once.
    const std::string hang = f.dir + "/hang.sh";
    std::ofstream(hang) << "#!/bin/sh\nsleep 600\n";
    test::run("chmod +x '" + hang + "' && cd '" + f.work + "' && echo '# a comment' >> config/kiosk.toml");
    const std::string slow = commit_in(f, "Slow to check");
    r = sync("CHECK_TIMEOUT_S=2", hang);
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("did not finish within 2 s"), std::string::npos) << r.output;
    r = sync();
    EXPECT_EQ(r.output.find("another sync"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace kiosk
