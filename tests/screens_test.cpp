// Every screen at every size in both languages: no two visible lines overlap, nothing
// is cut off at the window's edges, every touch target is at least 12 mm (44 px).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;
// scene, size, language, text step, high contrast
using Param = std::tuple<std::string, std::string, std::string, int, bool>;

json screen_layout(const std::string& scene, const std::string& size, const std::string& lang, int step,
                   bool contrast) {
    const std::string dir = test::temp_dir("screen");
    const auto r = test::run(test::kiosk_binary() + " --headless --size " + size + " --lang " + lang + " --scene " +
                             scene + " --text-size " + std::to_string(step) + (contrast ? " --high-contrast" : "") +
                             " --dump-layout " + dir + "/l.json");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    json j;
    std::ifstream(dir + "/l.json") >> j;
    return j;
}

class EveryScreen : public ::testing::TestWithParam<Param> {};

TEST_P(EveryScreen, GivenTheScreenThenNothingOverlapsNothingIsCutOffAndTargetsAreFingerSized) {
    const auto& [scene, size, lang, step, contrast] = GetParam();
    const json j = screen_layout(scene, size, lang, step, contrast);
    ASSERT_TRUE(j.contains("size"));
    const double W = j["size"][0], H = j["size"][1];
    // A line of the scrolling layer shows only inside the viewport (it is clipped there):
    // its visible part is what may not overlap anything.
    const double vy = j["viewport"]["y"], vh = j["viewport"]["h"];
    std::vector<json> lines;
    for (auto l : j["lines"]) {
        if (!l["visible"].get<bool>()) continue;
        if (l["layer"] == "content") {
            const double top = std::max(double(l["y"]), vy),
                         bottom = std::min(double(l["y"]) + double(l["h"]), vy + vh);
            l["y"] = top;
            l["h"] = std::max(0.0, bottom - top);
        }
        lines.push_back(l);
    }
    ASSERT_FALSE(lines.empty());
    for (std::size_t a = 0; a < lines.size(); ++a) {
        const auto& p = lines[a];
        const double x = p["x"], y = p["y"], w = p["w"], h = p["h"];
        EXPECT_GE(x, -0.5) << p["text"];
        EXPECT_LE(x + w, W + 0.5) << p["text"];
        // Content lines may scroll past the viewport edge; fixed ones must be inside.
        if (p["layer"] == "fixed") {
            EXPECT_GE(y, -0.5) << p["text"];
            EXPECT_LE(y + h, H + 0.5) << p["text"];
        }
        for (std::size_t b = a + 1; b < lines.size(); ++b) {
            const auto& q = lines[b];
            // A card is drawn over its scene: lines under it may lie beneath it.
            const bool layered = (p["id"].is_string() && q["id"].is_string()) == false && scene.rfind("event:", 0) == 0;
            if (layered) continue;
            EXPECT_FALSE(test::boxes_overlap(p, q)) << "\"" << p["text"] << "\" and \"" << q["text"] << "\"";
        }
    }
    // Every control at least 12 mm across on the configured physical screen (and never
    // under 44 px); nothing a finger can touch lies outside the window.
    const double min_px = std::max(44.0, 12.0 * double(j["px_per_mm"])) - 0.5;
    for (const auto& t : j["targets"]) {
        if (!t["visible"].get<bool>()) continue;
        const std::string id = t["id"];
        if (id == "card" || id == "card-backdrop" || id == "wake" || id == "chooser-backdrop" ||
            id == "person-backdrop" || id == "person-card")
            continue;  // areas, not buttons
        EXPECT_GE(double(t["w"]), min_px) << id;
        EXPECT_GE(double(t["h"]), min_px) << id;
        if (t["layer"] == "fixed") {
            EXPECT_GE(double(t["x"]) + double(t["w"]), 0.0) << id;
            EXPECT_LE(double(t["x"]), W) << id;
            EXPECT_LE(double(t["y"]), H) << id;
        }
    }
    // Two buttons never overlap: a finger must know which it presses. (An area holding
    // buttons, like a card, holds them wholly.)
    std::vector<json> fixed;
    for (const auto& t : j["targets"])
        if (t["visible"].get<bool>() && t["layer"] == "fixed") fixed.push_back(t);
    auto contains = [](const json& p, const json& q) {
        return double(p["x"]) <= double(q["x"]) + 0.5 && double(p["y"]) <= double(q["y"]) + 0.5 &&
               double(p["x"]) + double(p["w"]) + 0.5 >= double(q["x"]) + double(q["w"]) &&
               double(p["y"]) + double(p["h"]) + 0.5 >= double(q["y"]) + double(q["h"]);
    };
    for (std::size_t a = 0; a < fixed.size(); ++a)
        for (std::size_t b = a + 1; b < fixed.size(); ++b)
            if (test::boxes_overlap(fixed[a], fixed[b]) && !contains(fixed[a], fixed[b]) &&
                !contains(fixed[b], fixed[a]))
                ADD_FAILURE() << "the targets " << fixed[a]["id"] << " and " << fixed[b]["id"] << " overlap";
}

INSTANTIATE_TEST_SUITE_P(
    All, EveryScreen,
    ::testing::Combine(::testing::Values("attract", "home", "telegram", "timeline", "event:telegram-1921"),
                       ::testing::Values("1920x1080", "1080x1920", "3840x2160", "1280x800", "800x480"),
                       ::testing::Values("en", "ru"), ::testing::Values(0, 1, 2), ::testing::Bool()),
    [](const auto& info) {
        std::string scene = std::get<0>(info.param);
        std::replace(scene.begin(), scene.end(), ':', '_');
        std::replace(scene.begin(), scene.end(), '-', '_');
        return scene + "_" + std::get<1>(info.param) + "_" + std::get<2>(info.param) + "_step" +
               std::to_string(std::get<3>(info.param)) + (std::get<4>(info.param) ? "_contrast" : "");
    });

// Larger text is never smaller: at each step, every kind of line (its role and what it
// belongs to: a button's label, an event's headline, the body of a card) is set at
// least as large as at the step before, in both themes.
using StepParam = std::tuple<std::string, std::string, std::string, bool>;  // scene, size, language, high contrast
class TextSteps : public ::testing::TestWithParam<StepParam> {};

TEST_P(TextSteps, GivenTheNextTextStepThenNoLineIsSetSmaller) {
    const auto& [scene, size, lang, contrast] = GetParam();
    std::map<std::string, double> before;
    for (int step = 0; step <= 2; ++step) {
        const json j = screen_layout(scene, size, lang, step, contrast);
        std::map<std::string, double> now;
        for (const auto& l : j["lines"]) {
            if (!l.contains("px") || double(l["px"]) <= 0) continue;
            // A door's miniature is a picture of the page drawn in type, scaled with its
            // door: not text to read.
            if (l["role"] == "miniature") continue;
            const std::string key =
                std::string(l["role"]) + "|" + (l["id"].is_string() ? std::string(l["id"]) : std::string());
            const double px = l["px"];
            now[key] = now.count(key) ? std::min(now[key], px) : px;
        }
        ASSERT_FALSE(now.empty()) << "the dump gives no type sizes";
        for (const auto& [key, px] : now)
            if (const auto it = before.find(key); it != before.end())
                EXPECT_GE(px + 0.01, it->second)
                    << key << " at step " << step << " is " << px << " px, was " << it->second;
        before = std::move(now);
    }
}

INSTANTIATE_TEST_SUITE_P(All, TextSteps,
                         ::testing::Combine(::testing::Values("attract", "home", "telegram", "timeline",
                                                              "event:telegram-1921", "event:cuban-missile-crisis-1962"),
                                            ::testing::Values("1920x1080", "1080x1920", "3840x2160", "1280x800",
                                                              "800x480"),
                                            ::testing::Values("en", "ru"), ::testing::Bool()),
                         [](const auto& info) {
                             std::string scene = std::get<0>(info.param);
                             std::replace(scene.begin(), scene.end(), ':', '_');
                             std::replace(scene.begin(), scene.end(), '-', '_');
                             return scene + "_" + std::get<1>(info.param) + "_" + std::get<2>(info.param) +
                                    (std::get<3>(info.param) ? "_contrast" : "");
                         });

}  // namespace
}  // namespace kiosk
