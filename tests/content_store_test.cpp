// The content store alone: the first load piece by piece, reloads accepted whole or
// rejected whole, the last good snapshot, and the image size cache.
#include "app/content_store.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kiosk {
namespace {

struct Store {
    std::string dir;
    ContentStore store;
};

void load(Store& s) {
    s.store.load_configuration({s.dir + "/config/kiosk.toml", ""});
    s.store.load_content();
}

bool has_headline(const ContentStore& store, const std::string& headline) {
    if (!store.timeline()) return false;
    for (const auto& e : store.timeline()->events)
        if (e.headline == headline) return true;
    return false;
}

TEST(ContentStore, GivenGoodFilesThenEverythingLoadsAsVersionOne) {
    Store s{test::data_copy("store-good"), ContentStore()};
    load(s);
    ASSERT_NE(s.store.document(), nullptr);
    ASSERT_NE(s.store.timeline(), nullptr);
    EXPECT_TRUE(s.store.has_timeline());
    EXPECT_NE(s.store.text(), nullptr);
    EXPECT_EQ(s.store.version(), 1);
    EXPECT_TRUE(s.store.last_reload_ok());
    EXPECT_TRUE(s.store.load_problem().empty());
}

TEST(ContentStore, GivenAGoodEditThenTheReloadIsAcceptedAsTheNextVersion) {
    Store s{test::data_copy("store-edit"), ContentStore()};
    load(s);
    test::run("sed -i 's/Soviet Russia proposes trade to Congress and President Harding/Moscow offers trade/' '" +
              s.dir + "/assets/timeline.csv'");
    EXPECT_TRUE(s.store.reload());
    EXPECT_EQ(s.store.version(), 2);
    EXPECT_TRUE(has_headline(s.store, "Moscow offers trade"));
    EXPECT_TRUE(s.store.last_reload_ok());
}

TEST(ContentStore, GivenABrokenEditThenItIsRejectedWholeAndTheLastGoodSnapshotStays) {
    Store s{test::data_copy("store-broken"), ContentStore()};
    load(s);
    const Document* before = s.store.document();
    const std::string first_text = before->blocks.front().plain_text();
    // Both files are edited; the timeline edit is good, the document's is broken: neither
    // may reach the screen.
    test::run("sed -i 's/Soviet Russia proposes trade to Congress and President Harding/Moscow offers trade/' '" +
              s.dir + "/assets/timeline.csv'");
    test::run("sed -i 's|<p xml:id=\"d723-p1\">Have the honor|<p xml:id=\"d723-p1\" Have the honor|' '" + s.dir +
              "/assets/telegram-661.1115-279.xml'");
    EXPECT_FALSE(s.store.reload());
    EXPECT_EQ(s.store.version(), 1);
    EXPECT_FALSE(s.store.last_reload_ok());
    const int line =
        test::line_of(test::source_path("assets/telegram-661.1115-279.xml"), "<p xml:id=\"d723-p1\">Have the honor");
    EXPECT_NE(s.store.last_reload_problem().find("telegram-661.1115-279.xml:" + std::to_string(line) + ":"),
              std::string::npos)
        << s.store.last_reload_problem();
    EXPECT_EQ(s.store.document(), before);
    EXPECT_EQ(s.store.document()->blocks.front().plain_text(), first_text);
    EXPECT_FALSE(has_headline(s.store, "Moscow offers trade"));
    // Mended: accepted, and the good half of the earlier edit arrives with it.
    test::run("sed -i 's|<p xml:id=\"d723-p1\" Have the honor|<p xml:id=\"d723-p1\">Have the honor|' '" + s.dir +
              "/assets/telegram-661.1115-279.xml'");
    EXPECT_TRUE(s.store.reload());
    EXPECT_EQ(s.store.version(), 2);
    EXPECT_TRUE(s.store.last_reload_ok());
    EXPECT_TRUE(s.store.last_reload_problem().empty());
    EXPECT_TRUE(has_headline(s.store, "Moscow offers trade"));
}

TEST(ContentStore, GivenARowMistypedWhileEditingThenItsEventStaysAsItLastWasUntilMended) {
    Store s{test::data_copy("store-row"), ContentStore()};
    load(s);
    const TimelineEvent* before = s.store.timeline()->find("hughes-reply-1921");
    ASSERT_NE(before, nullptr);
    const std::string headline = before->headline;
    const std::size_t events = s.store.timeline()->events.size();
    // The curator is changing Hughes's date and has typed the month as 13 so far.
    const std::string file = s.dir + "/assets/timeline.csv";
    const int line = test::line_of(file, ",hughes-reply-1921,");
    ASSERT_GT(line, 0);
    test::run("sed -i '" + std::to_string(line) + "s/^1921,3,25,/1921,13,25,/' '" + file + "'");
    ASSERT_NE(test::read_file(file).find("1921,13,25,"), std::string::npos);
    EXPECT_TRUE(s.store.reload());  // the other rows' edits count
    const TimelineEvent* kept = s.store.timeline()->find("hughes-reply-1921");
    ASSERT_NE(kept, nullptr) << "the event does not vanish from the exhibit";
    EXPECT_EQ(kept->headline, headline);
    EXPECT_EQ(kept->start, (CalendarDate{1921, 3, 25}));
    EXPECT_EQ(s.store.timeline()->events.size(), events);
    bool said = false;
    for (const auto& d : s.store.problems())
        said |= d.line == line && d.message.find("as it last was") != std::string::npos;
    EXPECT_TRUE(said) << "the curator is told at the row";
    // At the next start, with nothing to keep, the row is simply left out.
    Store fresh{s.dir, ContentStore()};
    load(fresh);
    EXPECT_EQ(fresh.store.timeline()->find("hughes-reply-1921"), nullptr);
}

TEST(ContentStore, GivenAMissingDocumentAtStartThenTheRestLoadsAndTheReasonIsKept) {
    Store s{test::data_copy("store-nodoc"), ContentStore()};
    test::run("rm '" + s.dir + "/assets/telegram-661.1115-279.xml'");
    load(s);
    EXPECT_EQ(s.store.document(), nullptr);
    EXPECT_TRUE(s.store.has_timeline());
    EXPECT_NE(s.store.load_problem().find("telegram-661.1115-279.xml: the document cannot be found or read"),
              std::string::npos)
        << s.store.load_problem();
    EXPECT_FALSE(s.store.problems().empty());
}

TEST(ContentStore, GivenAnImageThenItsSizeIsReadOnceUntilTheNextReload) {
    int reads = 0;
    Store s{test::data_copy("store-images"), ContentStore([&](const std::string&, std::string&) {
                ++reads;
                return std::optional<std::pair<int, int>>(std::make_pair(640, 480));
            })};
    load(s);
    const std::string picture = s.dir + "/assets/images/a.png";
    EXPECT_EQ(s.store.image_size(picture)->first, 640);
    s.store.image_size(picture);
    EXPECT_EQ(reads, 1);
    ASSERT_TRUE(s.store.reload());
    s.store.image_size(picture);
    EXPECT_EQ(reads, 2);
    // A picture outside the content folder is not even looked at.
    EXPECT_FALSE(s.store.image_size(s.dir + "/../../etc/passwd"));
    EXPECT_FALSE(s.store.image_size("/etc/passwd"));
    EXPECT_EQ(reads, 2);
}

TEST(ContentStore, GivenTheContentThenItsFoldersAreWatched) {
    Store s{test::data_copy("store-folders"), ContentStore()};
    load(s);
    const auto folders = s.store.watched_folders();
    auto has = [&](const std::string& f) { return std::find(folders.begin(), folders.end(), f) != folders.end(); };
    EXPECT_TRUE(has(s.dir + "/config"));
    EXPECT_TRUE(has(s.dir + "/assets"));
    EXPECT_TRUE(has(s.dir + "/config/translations"));
}

}  // namespace
}  // namespace kiosk
