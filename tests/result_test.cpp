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
