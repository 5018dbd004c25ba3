// Result<T> and its void form (issue 26): a value or a located data error.
#include "core/result.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

Result<void> write_somewhere(bool fail) {
    if (fail) return Diagnostic{"out.txt", 3, 1, "the disk is full"};
    return {};
}

TEST(Result, GivenTheVoidFormThenItIsDoneOrAnErrorWithItsPlace) {
    const Result<void> done = write_somewhere(false);
    EXPECT_TRUE(done.ok());
    EXPECT_TRUE(static_cast<bool>(done));
    const Result<void> failed = write_somewhere(true);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().to_string(), "out.txt:3:1: the disk is full");
}

TEST(Result, GivenAValueOrAnErrorThenEachIsReadBack) {
    const Result<int> seven = 7;
    ASSERT_TRUE(seven);
    EXPECT_EQ(seven.value(), 7);
    const Result<int> none = Diagnostic{"a.csv", 12, 0, "expected a year"};
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().line, 12);
}

}  // namespace
}  // namespace kiosk

#include "core/route.h"

namespace kiosk {
namespace {

// Target ids read once into typed routes (issue 26).
TEST(Route, GivenTargetIdsThenEachIsReadIntoItsKindAndArgument) {
    EXPECT_TRUE(parse_route("event:ara-1921").is(Route::Kind::event));
    EXPECT_EQ(parse_route("event:ara-1921").arg, "ara-1921");
    const Route cluster = parse_route("cluster:a,b,c");
    ASSERT_TRUE(cluster.is(Route::Kind::cluster));
    EXPECT_EQ(cluster.ids(), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(parse_route("document:2").number(), 2);
    EXPECT_EQ(parse_route("document:x").number(), -1);
    EXPECT_EQ(parse_route("document:-1").number(), -1);
    EXPECT_EQ(parse_route("card-read:0").kind, Route::Kind::card_read);
    EXPECT_EQ(parse_route("person:p_KMI1").arg, "p_KMI1");
    EXPECT_EQ(parse_route("noteref:fn1").kind, Route::Kind::note_ref);
    EXPECT_EQ(parse_route("noteback:fn1").kind, Route::Kind::note_back);
    EXPECT_EQ(parse_route("pin:7").arg, "7");
    // Ids without a parameter are compared whole; a prefix inside an id is not one.
    EXPECT_EQ(parse_route("card:next").kind, Route::Kind::other);
    EXPECT_EQ(parse_route("home").id, "home");
    EXPECT_EQ(parse_route("timeline:event:x").kind, Route::Kind::other);
}

}  // namespace
}  // namespace kiosk
