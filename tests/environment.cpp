// Removes the temporary folders a test process made (test::temp_dir), when it ends.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace {

class TempCleanup : public ::testing::Environment {
public:
    void TearDown() override {
        namespace fs = std::filesystem;
        const std::string suffix = "-" + std::to_string(::getpid());
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator("/tmp", ec)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind("kiosk-test-", 0) == 0 && name.size() > suffix.size() &&
                name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
                fs::remove_all(entry.path(), ec);
        }
    }
};

const auto* registered = ::testing::AddGlobalTestEnvironment(new TempCleanup);

}  // namespace
