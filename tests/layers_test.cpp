// The layers the build declares (kiosk/layers.cmake, each folder's CMakeLists.txt) are the
// ones the code keeps (issue 26): every #include of a kiosk header names a layer its own
// folder lists under LAYERS, every listed layer lies below it, and the layers meant to be
// pure (no SDL) include no SDL header, and no header of app includes SDL or the renderer
// (the drivers own them). A file that reaches upwards fails here with its file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "test_support.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

// The order of the layers, lowest first, and what each may use: nothing above itself.
const std::map<std::string, std::set<std::string>> allowed = {
    {"core", {}},
    {"content", {"core"}},
    {"text", {"core", "content"}},
    {"input", {"core"}},
    {"narration", {"core", "content"}},
    {"platform", {"core", "content", "input", "narration"}},
    {"scenes", {"core", "content", "text", "input", "narration"}},
    {"render", {"core", "text", "scenes", "platform"}},
    {"app", {"core", "content", "text", "input", "narration", "platform", "scenes", "render"}},
};
// Layers that must build without SDL: the pure core the shell draws.
const std::set<std::string> pure = {"core", "content", "text", "input", "narration", "scenes"};

// The LAYERS a folder's CMakeLists.txt links.
std::set<std::string> declared_layers(const std::string& layer) {
    const std::string cmake = test::read_file(test::source_path("kiosk/" + layer + "/CMakeLists.txt"));
    std::set<std::string> out;
    const auto at = cmake.find("  LAYERS ");
    if (at == std::string::npos) return out;
    std::istringstream words(cmake.substr(at + 9, cmake.find('\n', at) - at - 9));
    for (std::string w; words >> w;) out.insert(w.back() == ')' ? w.substr(0, w.size() - 1) : w);
    return out;
}

struct Finding {
    std::string where, what;
};

std::vector<Finding> upward_includes(const std::string& root) {
    std::vector<Finding> out;
    const std::regex kiosk_header(R"re(^\s*#\s*include\s*"([a-z_]+)/)re");
    const std::regex sdl_header(R"re(^\s*#\s*include\s*<SDL)re");
    for (const auto& [layer, may_use] : allowed) {
        const std::set<std::string> declared = declared_layers(layer);
        for (const auto& d : declared)
            if (!may_use.count(d))
                out.push_back({"kiosk/" + layer + "/CMakeLists.txt", "links " + d + ", which is not below " + layer});
        for (const auto& entry : fs::directory_iterator(root + "/" + layer)) {
            const std::string ext = entry.path().extension().string();
            if (ext != ".h" && ext != ".cpp") continue;
            std::ifstream in(entry.path());
            int n = 0;
            for (std::string line; std::getline(in, line);) {
                ++n;
                const std::string where =
                    "kiosk/" + layer + "/" + entry.path().filename().string() + ":" + std::to_string(n);
                std::smatch m;
                if (std::regex_search(line, m, kiosk_header)) {
                    const std::string used = m[1];
                    if (used == layer || !allowed.count(used)) continue;
                    if (!may_use.count(used))
                        out.push_back({where, layer + " includes " + used + ", a layer above it: " + line});
                    else if (!declared.count(used))
                        out.push_back({where, layer + " includes " + used +
                                                  " without naming it under LAYERS in its CMakeLists.txt"});
                }
                if (pure.count(layer) && std::regex_search(line, sdl_header))
                    out.push_back({where, layer + " is meant to build without SDL: " + line});
                // The app decides; drivers draw: its headers name neither SDL nor the renderer.
                if (layer == "app" && ext == ".h" &&
                    (std::regex_search(line, sdl_header) || line.find("\"render/") != std::string::npos))
                    out.push_back({where, "a header of app includes SDL or the renderer: " + line});
            }
        }
    }
    return out;
}

TEST(Layers, GivenEverySourceFileThenItIncludesOnlyTheLayersItsFolderDeclaresBelowIt) {
    const auto findings = upward_includes(test::source_path("kiosk"));
    for (const auto& f : findings) ADD_FAILURE() << f.where << ": " << f.what;
    // Every folder is a layer the rule knows.
    for (const auto& entry : fs::directory_iterator(test::source_path("kiosk")))
        if (entry.is_directory()) EXPECT_TRUE(allowed.count(entry.path().filename().string())) << entry.path();
}

TEST(Layers, GivenAHeaderOfAHigherLayerIncludedBelowThenTheCheckNamesTheFileAndLine) {
    // A copy of the tree with one upward include: scenes reaching into render.
    const std::string dir = test::temp_dir("layers");
    test::run("cp -r '" + test::source_path("kiosk") + "' '" + dir + "/kiosk'");
    const std::string victim = dir + "/kiosk/scenes/chrome.cpp";
    std::string text = test::read_file(victim);
    text.insert(0, "#include \"render/sdl_renderer.h\"\n");
    std::ofstream(victim) << text;
    const auto findings = upward_includes(dir + "/kiosk");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].where, "kiosk/scenes/chrome.cpp:1");
    EXPECT_NE(findings[0].what.find("scenes includes render, a layer above it"), std::string::npos) << findings[0].what;
}

}  // namespace
}  // namespace kiosk
