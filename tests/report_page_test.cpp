// The visitor report as a picture: the page's contents from a known report, the PNG
// --report-png writes from a fixture database, and the same page in curator mode.
#include "scenes/report_page.h"

#include <gtest/gtest.h>

#include <fstream>

#include "content/config.h"
#include "content/timeline.h"
#include "content/visitor_report.h"
#include "platform/analytics_store.h"
#include "test_support.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

using nlohmann::json;

// Four weeks of visitors at one kiosk: more at weekends, around noon, the telegram most
// opened, some in Russian and some with larger text.
void fill_fixture(const std::string& path) {
    auto store = AnalyticsStore::open(path);
    ASSERT_TRUE(store) << store.error().to_string();
    auto& s = *store.value();
    s.set_kiosk_name("gallery-2");
    const long long monday_noon = 1761566400000;  // 2025-10-27 12:00 UTC
    const char* events[] = {"telegram-1921", "hughes-reply-1921", "ara-1921", "sputnik-1957"};
    long session = 0;
    for (int day = 0; day < 28; ++day) {
        const int visitors = day % 7 >= 5 ? 12 : 4 + day % 3;
        for (int v = 0; v < visitors; ++v) {
            const long long t = monday_noon + day * 86400000LL + (v % 4 - 1) * 3600000LL;
            ++session;
            s.record(t, session, "session_start", "en");
            for (int e = 0; e <= v % 4; ++e) s.record(t + 1000, session, "event_open", events[e]);
            s.record(t + 2000, session, "screen", "telegram", 30000 + v * 1000);
            if (v % 5 == 0) s.record(t + 500, session, "language", "ru");
            if (v % 7 == 0) s.record(t + 500, session, "comfort", "larger_text");
            s.record(t + 60000, session, "session_end", "", 40000 + v * 2000);
        }
    }
}

bool page_has_line(const SceneGeometry& g, const std::string& words) {
    for (const auto& l : g.lines)
        if (l.text.find(words) != std::string::npos) return true;
    return false;
}

TEST(ReportPage, GivenAReportThenThePageShowsEachChartWithHeadlinesAndCounts) {
    const std::string dir = test::temp_dir("report-page");
    fill_fixture(dir + "/a.sqlite");
    auto store = AnalyticsStore::open(dir + "/a.sqlite", true);
    KioskVisits k{store.value()->kiosk_name(), {}};
    k.rows = store.value()->rows();
    const TimelineLoad tl = load_timeline(test::source_path("assets/timeline.csv"));
    const VisitorReport report = build_visitor_report({k}, "", "", &tl.timeline);
    const ConfigLoad cfg = load_config(test::source_path("config/kiosk.toml"));
    Diagnostics problems;
    auto text = TextEngine::create(cfg.config, problems);
    ASSERT_TRUE(text);
    const SceneGeometry g =
        report_page(*text.value(), cfg.config, screen_metrics(cfg.config.display, 1600, 1200), report);
    EXPECT_TRUE(page_has_line(g, std::to_string(report.sessions) + " sessions"));
    for (const char* title : {"Sessions per day", "Busiest hours of the week", "Most opened events",
                              "Time on each screen", "Languages and comfort options chosen"})
        EXPECT_TRUE(page_has_line(g, title)) << title;
    EXPECT_TRUE(page_has_line(g, "Nobody opened (" + std::to_string(tl.timeline.events.size() - 4) + ")"));
    EXPECT_TRUE(page_has_line(g, tl.timeline.find("hughes-reply-1921")->headline)) << "events by headline";
    EXPECT_TRUE(page_has_line(g, "Larger text")) << "comfort options as the buttons name them";
    // One bar per day of the four weeks, and 7 x 24 hour cells.
    ASSERT_EQ(report.sessions_per_day.size(), 28u);
    int cells = 0;
    for (const auto& r : g.rects)
        cells += r.box.w > 0 && r.box.w < 40 && std::abs(r.box.w - r.box.h) < 0.6f * r.box.w && r.radius_px == 2;
    EXPECT_GE(cells, 7 * 24);
    // Nothing leaves the page.
    for (const auto& l : g.lines) {
        EXPECT_GE(l.box.x, 0) << l.text;
        EXPECT_LE(l.box.right(), 1600.5f) << l.text;
        EXPECT_LE(l.box.bottom(), 1200.5f) << l.text;
    }
}

// The width and height a PNG's header gives.
std::pair<int, int> png_header_size(const std::string& path) {
    const std::string bytes = test::read_file(path);
    if (bytes.size() < 24 || bytes.compare(1, 3, "PNG") != 0) return {0, 0};
    auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned char>(bytes[at]) << 24) | (static_cast<unsigned char>(bytes[at + 1]) << 16) |
               (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
    };
    return {be32(16), be32(20)};
}

TEST(ReportPage, GivenReportPngOfAFixtureDatabaseThenOnePageIsWritten) {
    const std::string dir = test::data_copy("report-png");
    fill_fixture(dir + "/gallery-2.sqlite");
    const auto r = test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report-png " + dir +
                             "/report.png --analytics " + dir + "/gallery-2.sqlite");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("Picture written to " + dir + "/report.png"), std::string::npos) << r.output;
    EXPECT_EQ(png_header_size(dir + "/report.png"), (std::pair<int, int>{1600, 1200}));
    const auto small = test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report-png " + dir +
                                 "/small.png --size 800x480 --analytics " + dir + "/gallery-2.sqlite");
    ASSERT_EQ(small.exit_code, 0) << small.output;
    EXPECT_EQ(png_header_size(dir + "/small.png"), (std::pair<int, int>{800, 480}));
}

TEST(ReportPage, GivenCuratorModeThenTheVisitorsButtonShowsTheSamePageForThisKiosk) {
    const std::string dir = test::data_copy("report-curator");
    const auto set =
        test::run("echo 4821 | " + test::kiosk_binary() + " --set-pin --config " + dir + "/config/kiosk.toml");
    ASSERT_EQ(set.exit_code, 0) << set.output;
    // Today's visitors, so the 90 days the panel shows hold them.
    {
        auto store = AnalyticsStore::open(dir + "/data/analytics.sqlite");
        ASSERT_TRUE(store);
        const long long now = static_cast<long long>(std::time(nullptr)) * 1000;
        for (long s = 1; s <= 5; ++s) {
            store.value()->record(now - s * 60000, s, "session_start", "en");
            store.value()->record(now - s * 60000 + 1000, s, "event_open", "telegram-1921");
            store.value()->record(now - s * 60000 + 9000, s, "session_end", "", 8000);
        }
    }
    const std::string corners = "0 down 1 0.03 0.04\n50 down 2 0.97 0.96\n2600 up 1 0.03 0.04\n2600 up 2 0.97 0.96\n";
    auto replay = [&](const std::string& name, const std::string& script) {
        std::ofstream(dir + "/" + name + ".replay") << script << "20000 state " << dir << "/" << name
                                                    << "-s.json\n20000 layout " << dir << "/" << name << "-l.json\n";
        const auto r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --scene home --config " + dir +
                                 "/config/kiosk.toml --replay " + dir + "/" + name + ".replay");
        EXPECT_EQ(r.exit_code, 0) << r.output;
        return std::pair{test::read_json(dir + "/" + name + "-s.json"), test::read_json(dir + "/" + name + "-l.json")};
    };
    const auto [pad_state, pad] = replay("pad", corners);
    double t = 3000;
    std::string open = corners;
    for (char d : std::string("4821")) {
        open += test::tap_at(t, test::target_centre(pad, std::string("pin:") + d));
        t += 200;
    }
    open += test::tap_at(t, test::target_centre(pad, "pin:ok"));
    const auto [panel_state, panel] = replay("panel", open);
    ASSERT_EQ(panel_state["curator"]["mode"], "panel");
    const auto button = test::target_centre(panel, "curator:visitors");
    ASSERT_GT(button.first, 0) << "the panel has a Visitors button";
    const auto [state, layout] = replay("visitors", open + test::tap_at(t + 1000, button));
    EXPECT_EQ(state["curator"]["mode"], "visitors");
    bool sessions = false, title = false;
    for (const auto& l : layout["lines"]) {
        sessions |= l["text"].get<std::string>().find("5 sessions") != std::string::npos;
        title |= l["text"] == "Busiest hours of the week";
    }
    EXPECT_TRUE(sessions) << "this kiosk's own counts";
    EXPECT_TRUE(title);
    EXPECT_GT(test::target_centre(layout, "curator:panel").first, 0) << "Done leads back";
}

}  // namespace
}  // namespace kiosk
