// The timeline read at a glance (issue 22): at "All years" most events show their
// headline at every size and in both languages, no cluster holds more than six events
// and each says how many it holds; a cluster's list shows its headlines whole, inside
// the screen and clear of the controls. Checked on the real kiosk's layout dumps.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "shipped_timeline.h"

namespace kiosk {
namespace {

using nlohmann::json;

const Timeline& glance_timeline() {
    return test::shipped_timeline();
}

// Without spaces, soft hyphens and hyphens: a headline set on two lines reads the same.
std::string glance_squeezed(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ' ' || s[i] == '-') continue;
        if (s.compare(i, 2, "\xC2\xAD") == 0 || s.compare(i, 2, "\xC2\xA0") == 0) {  // soft hyphen, no-break space
            ++i;
            continue;
        }
        out += s[i];
    }
    return out;
}

std::vector<std::string> glance_members(const std::string& id) {
    std::vector<std::string> out;
    std::stringstream ss(id.substr(8));
    for (std::string e; std::getline(ss, e, ',');) out.push_back(e);
    return out;
}

struct GlanceRun {
    std::string dir;
    json read(const std::string& name) const { return test::read_json(dir + "/" + name); }
};

GlanceRun glance_replay(const std::string& name, const std::string& args, std::string script) {
    GlanceRun r{test::temp_dir(name)};
    for (auto at = script.find("%D"); at != std::string::npos; at = script.find("%D")) script.replace(at, 2, r.dir);
    std::ofstream(r.dir + "/s.replay") << script;
    const auto res = test::run(test::kiosk_binary() + " --headless " + args + " --replay " + r.dir + "/s.replay");
    EXPECT_EQ(res.exit_code, 0) << res.output;
    return r;
}

// The events whose whole headline stands in visible lines that belong to them.
std::set<std::string> glance_headlines(const json& layout, const std::string& lang) {
    std::map<std::string, std::string> text;
    for (const auto& l : layout["lines"])
        if (l["visible"].get<bool>() && l["id"].is_string())
            text[l["id"].get<std::string>()] += l["text"].get<std::string>();
    std::set<std::string> out;
    for (const auto& e : glance_timeline().events) {
        const auto it = text.find(e.id);
        if (it != text.end() &&
            glance_squeezed(it->second).find(glance_squeezed(e.headline_in(lang))) != std::string::npos)
            out.insert(e.id);
    }
    return out;
}

bool glance_inside(const json& line, const json& box) {
    const double cx = double(line["x"]) + double(line["w"]) / 2, cy = double(line["y"]) + double(line["h"]) / 2;
    return cx >= double(box["x"]) && cx <= double(box["x"]) + double(box["w"]) && cy >= double(box["y"]) &&
           cy <= double(box["y"]) + double(box["h"]);
}

// The replay lines that close the title slide and show the whole span.
std::string glance_all_years(const std::string& size, const std::string& lang) {
    GlanceRun opening = glance_replay("glance-open", "--size " + size + " --lang " + lang + " --scene timeline",
                                      "0 key Escape\n100 layout %D/a.json\n");
    return "0 key Escape\n" + test::tap_at(100, test::target_centre(opening.read("a.json"), "timeline:all"));
}

struct Glance {
    std::string size, lang;
    double share;  // of events whose headline shows, at least
};
void PrintTo(const Glance& g, std::ostream* os) {
    *os << g.size << "_" << g.lang;
}

class AllYears : public ::testing::TestWithParam<Glance> {};

TEST_P(AllYears, GivenTheWholeSpanThenMostHeadlinesShowAndEveryClusterSaysHowManyItHolds) {
    const Glance& p = GetParam();
    GlanceRun r = glance_replay("glance-all", "--size " + p.size + " --lang " + p.lang + " --scene timeline",
                                glance_all_years(p.size, p.lang) + "1000 layout %D/l.json\n");
    const json l = r.read("l.json");
    const auto shown = glance_headlines(l, p.lang);
    const double share = static_cast<double>(shown.size()) / static_cast<double>(glance_timeline().events.size());
    EXPECT_GE(share, p.share) << shown.size() << " of " << glance_timeline().events.size() << " headlines show";
    int clusters = 0;
    for (const auto& t : l["targets"]) {
        const std::string id = t["id"];
        if (id.rfind("cluster:", 0) != 0) continue;
        ++clusters;
        const std::size_t n = glance_members(id).size();
        EXPECT_LE(n, 6u) << id;
        // Its count, inside the target: "+N" beside the lead's headline, or "N" alone.
        bool counted = false;
        for (const auto& line : l["lines"])
            if (line["visible"].get<bool>() && glance_inside(line, t) &&
                (line["text"] == "+" + std::to_string(n - 1) || line["text"] == std::to_string(n)))
                counted = true;
        EXPECT_TRUE(counted) << id << " shows no count";
    }
    // Every event is on screen: a label, a marker of its own or a member of a cluster.
    std::set<std::string> reachable;
    for (const auto& t : l["targets"]) {
        const std::string id = t["id"];
        if (id.rfind("event:", 0) == 0) reachable.insert(id.substr(6));
        if (id.rfind("cluster:", 0) == 0)
            for (const auto& m : glance_members(id)) reachable.insert(m);
    }
    for (const auto& e : glance_timeline().events) EXPECT_TRUE(reachable.count(e.id)) << e.id;
    RecordProperty("clusters", clusters);
}

INSTANTIATE_TEST_SUITE_P(Sizes, AllYears,
                         ::testing::Values(Glance{"1920x1080", "en", 0.6}, Glance{"1920x1080", "ru", 0.6},
                                           Glance{"1080x1920", "en", 0.6}, Glance{"1080x1920", "ru", 0.6},
                                           Glance{"800x480", "en", 0.25}, Glance{"800x480", "ru", 0.25}),
                         [](const auto& info) { return "size_" + info.param.size + "_" + info.param.lang; });

// Era names are never clipped (issue 22): in the opening view (after the title slide)
// and at "All years", at the three sizes in both languages, each era line that shows is
// its era's name or a part of it that starts and ends at a word, lies inside the screen,
// and an era's lines in the strip together give its whole name.
class EraNames : public ::testing::TestWithParam<Glance> {};

TEST_P(EraNames, GivenTheOpeningViewAndAllYearsThenEveryEraNameShowsWholeOrBrokenAtAWord) {
    const Glance& p = GetParam();
    const int W = std::stoi(p.size.substr(0, p.size.find('x')));
    GlanceRun r = glance_replay("glance-eras", "--size " + p.size + " --lang " + p.lang + " --scene timeline",
                                glance_all_years(p.size, p.lang) + "1000 layout %D/all.json\n");
    GlanceRun o = glance_replay("glance-eras-open", "--size " + p.size + " --lang " + p.lang + " --scene timeline",
                                "0 key Escape\n500 layout %D/open.json\n");
    int checked = 0;
    for (const json& l : {r.read("all.json"), o.read("open.json")}) {
        std::map<std::string, std::string> joined;
        for (const auto& line : l["lines"]) {
            if (line["role"] != "era" || !line["visible"].get<bool>() || !line["id"].is_string()) continue;
            const TimelineEra* era = nullptr;
            for (const auto& e : glance_timeline().eras)
                if (e.id == line["id"]) era = &e;
            ASSERT_NE(era, nullptr) << line["id"];
            const std::string name = " " + era->headline_in(p.lang) + " ", text = line["text"];
            EXPECT_NE(name.find(" " + text + " "), std::string::npos)
                << p.size << " " << p.lang << ": \"" << text << "\" is not a whole part of \""
                << era->headline_in(p.lang) << "\"";
            EXPECT_GE(double(line["x"]), -0.5) << text;
            EXPECT_LE(double(line["x"]) + double(line["w"]), W + 0.5) << text;
            joined[era->id] += (joined[era->id].empty() ? "" : " ") + text;
            ++checked;
        }
        // The strip's lines of an era (and the band's name, where both show) add up to
        // the name once or twice over.
        for (const auto& [id, text] : joined) {
            const TimelineEra* era = nullptr;
            for (const auto& e : glance_timeline().eras)
                if (e.id == id) era = &e;
            const std::string name = era->headline_in(p.lang);
            EXPECT_TRUE(text == name || text == name + " " + name || glance_squeezed(text) == glance_squeezed(name) ||
                        glance_squeezed(text) == glance_squeezed(name + name))
                << p.size << " " << p.lang << ": " << id << " shows \"" << text << "\"";
        }
    }
    EXPECT_GT(checked, 0);
}

INSTANTIATE_TEST_SUITE_P(Sizes, EraNames,
                         ::testing::Values(Glance{"1920x1080", "en", 0}, Glance{"1920x1080", "ru", 0},
                                           Glance{"1080x1920", "en", 0}, Glance{"1080x1920", "ru", 0},
                                           Glance{"800x480", "en", 0}, Glance{"800x480", "ru", 0}),
                         [](const auto& info) { return "size_" + info.param.size + "_" + info.param.lang; });

class ClusterLists : public ::testing::TestWithParam<std::string> {};

TEST_P(ClusterLists,
       GivenEveryClusterAtSeveralZoomsThenItsListShowsEveryHeadlineWholeInsideTheScreenAndClearOfTheControls) {
    const std::string size = GetParam();
    const int W = std::stoi(size.substr(0, size.find('x'))), H = std::stoi(size.substr(size.find('x') + 1));
    const std::string all = glance_all_years(size, "en");
    int opened = 0;
    // The whole span, then two steps in (around the middle of the span).
    for (const std::string zoom :
         {std::string(), std::string("1100 key plus\n"), std::string("1100 key plus\n1500 key plus\n")}) {
        GlanceRun view = glance_replay("glance-zoom", "--size " + size + " --scene timeline",
                                       all + zoom + "2500 layout %D/l.json\n");
        const json l = view.read("l.json");
        double controls_top = H;
        for (const auto& t : l["targets"])
            if (t["id"] == "timeline:all" || t["id"] == "timeline:zoom-in")
                controls_top = std::min(controls_top, double(t["y"]));
        for (const auto& t : l["targets"]) {
            const std::string id = t["id"];
            if (id.rfind("cluster:", 0) != 0 || !t["visible"].get<bool>()) continue;
            const auto members = glance_members(id);
            ASSERT_LE(members.size(), 6u) << id;
            const auto c = test::target_centre(l, id);
            // Opened, then dragged up inside the list by most of the screen (a long list
            // scrolls; a short one stays).
            const std::string open =
                all + zoom + test::tap_at(2600, c) + "3200 layout %D/a.json\n3200 state %D/s.json\n";
            const std::string drag = "3300 down 1 " + std::to_string(c.first) + " 0.75\n3350 move 1 " +
                                     std::to_string(c.first) + " 0.5\n3400 move 1 " + std::to_string(c.first) +
                                     " 0.2\n3450 up 1 " + std::to_string(c.first) + " 0.2\n3900 layout %D/b.json\n";
            GlanceRun r = glance_replay("glance-list", "--size " + size + " --scene timeline", open + drag);
            ASSERT_EQ(r.read("s.json")["timeline"]["chooser"].size(), members.size()) << size << " " << id;
            ++opened;
            std::set<std::string> whole;
            for (const char* dump : {"a.json", "b.json"}) {
                const json d = r.read(dump);
                for (const auto& line : d["lines"]) {
                    if (!line["visible"].get<bool>() || !line["id"].is_string()) continue;
                    const std::string lid = line["id"];
                    if (std::find(members.begin(), members.end(), lid) == members.end()) continue;
                    EXPECT_GE(double(line["x"]), 0.0) << line["text"];
                    EXPECT_LE(double(line["x"]) + double(line["w"]), W + 0.5) << line["text"];
                    EXPECT_GE(double(line["y"]), 0.0) << line["text"];
                    EXPECT_LE(double(line["y"]) + double(line["h"]), controls_top + 0.5)
                        << size << ": \"" << line["text"] << "\" over the controls";
                }
                for (const auto& e : glance_headlines(d, "en"))
                    if (std::find(members.begin(), members.end(), e) != members.end()) whole.insert(e);
            }
            for (const auto& m : members)
                EXPECT_TRUE(whole.count(m)) << size << " " << id << ": the headline of " << m << " never shows whole";
        }
    }
    EXPECT_GT(opened, 0) << size << ": some view had a cluster to open";
}

INSTANTIATE_TEST_SUITE_P(Sizes, ClusterLists, ::testing::Values("1920x1080", "1080x1920", "800x480"),
                         [](const auto& info) { return "size_" + info.param; });

}  // namespace
}  // namespace kiosk
