// The health file for node_exporter's textfile collector: read back by Prometheus's own
// text-format parser (python3-prometheus-client), its values checked against the
// kiosk's state dump; written whole; never by a preview.
#include "app/health_metrics.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_support.h"

namespace kiosk {
namespace {

using nlohmann::json;

// Parses a textfile with prometheus_client and returns {metric name: {"value", "labels"}}.
json parse_with_prometheus(const std::string& path) {
    const std::string script =
        "import json, sys\n"
        "from prometheus_client.parser import text_string_to_metric_families\n"
        "out = {}\n"
        "for family in text_string_to_metric_families(open(sys.argv[1]).read()):\n"
        "    for s in family.samples:\n"
        "        out[s.name] = {'value': s.value, 'labels': s.labels, 'type': family.type}\n"
        "print(json.dumps(out))\n";
    const std::string py = test::temp_dir("prom-parse") + "/parse.py";
    std::ofstream(py) << script;
    const auto r = test::run("/usr/bin/python3 '" + py + "' '" + path + "'");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    return r.exit_code == 0 ? json::parse(r.output, nullptr, false) : json();
}

TEST(HealthMetrics, GivenAHealthThenTheTextIsPrometheusFormatWithEscapedLabels) {
    KioskHealth h;
    h.name = "hall \"A\"\\left";
    h.content_commit = "0123abc";
    h.sessions = 7;
    h.last_touch_age_s = 12.5;
    const std::string dir = test::temp_dir("prom-text");
    std::ofstream(dir + "/k.prom") << prometheus_text(h);
    const json m = parse_with_prometheus(dir + "/k.prom");
    ASSERT_TRUE(m.is_object()) << prometheus_text(h);
    EXPECT_EQ(m["kiosk_info"]["labels"]["name"], "hall \"A\"\\left");
    EXPECT_EQ(m["kiosk_content_info"]["labels"]["commit"], "0123abc");
    EXPECT_EQ(m["kiosk_visitor_sessions_total"]["value"], 7);
    EXPECT_EQ(m["kiosk_visitor_sessions_total"]["type"], "counter");
    EXPECT_EQ(m["kiosk_last_touch_age_seconds"]["value"], 12.5);
    EXPECT_EQ(m["kiosk_up"]["value"], 1);
}

TEST(HealthMetrics, GivenARunningKioskThenTheFileMatchesItsStateAndAPreviewNeverWritesIt) {
    const std::string dir = test::data_copy("prom-kiosk");
    const std::string prom = dir + "/node-exporter/kiosk.prom";
    test::run("mkdir -p '" + dir + "/node-exporter' && echo 9f8e7d6c5b4a > '" + dir + "/.content-commit'");
    test::run("sed -i 's|^name = \"\" .*|name = \"gallery-3\"|; s|^textfile = \"\" .*|textfile = \"" + prom +
              "\"|; s|^interval_s = 5 .*|interval_s = 1|' '" + dir + "/config/kiosk.toml'");
    // A preview on the same computer: the running kiosk owns the file.
    const auto shot = test::run(test::kiosk_binary() + " --headless --config " + dir +
                                "/config/kiosk.toml --screenshot " + dir + "/x.png");
    ASSERT_EQ(shot.exit_code, 0) << shot.output;
    EXPECT_FALSE(test::run("test -e '" + prom + "'").exit_code == 0) << "a preview wrote the health file";
    // A visitor touches; a while later the state is dumped and the file copied as node_exporter would read it.
    // The health file is written with the state (as the interval would), then read while
    // the kiosk waits for the test to say it has its copy.
    std::ofstream(dir + "/s.replay") << "0 down 1 0.5 0.5\n60 up 1 0.5 0.5\n4000 metrics\n4000 state " << dir
                                     << "/s.json\n4000 await " << dir << "/copied\n";
    const std::string copy = "(" + test::wait_for(dir + "/s.json") + "cp '" + prom + "' '" + dir +
                             "/seen.prom'; touch '" + dir + "/copied') & ";
    const auto r =
        test::run(copy + test::kiosk_binary() + " --headless --config " + dir + "/config/kiosk.toml --replay " + dir +
                  "/s.replay --analytics " + dir + "/data/analytics.sqlite; wait");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const json s = test::read_json(dir + "/s.json");
    const json m = parse_with_prometheus(dir + "/seen.prom");
    ASSERT_TRUE(m.is_object());
    EXPECT_EQ(m["kiosk_up"]["value"], 1);
    EXPECT_EQ(m["kiosk_info"]["labels"]["name"], "gallery-3");
    EXPECT_EQ(s["kiosk_name"], "gallery-3");
    EXPECT_EQ(m["kiosk_content_version"]["value"], s["content_version"]);
    EXPECT_EQ(m["kiosk_content_info"]["labels"]["commit"], "9f8e7d6c5b4a");
    EXPECT_EQ(s["content_commit"], "9f8e7d6c5b4a");
    EXPECT_EQ(m["kiosk_last_reload_ok"]["value"], s["last_reload"]["ok"].get<bool>() ? 1 : 0);
    EXPECT_EQ(m["kiosk_content_errors"]["value"], s["content_errors"].size());
    EXPECT_EQ(m["kiosk_visitor_sessions_total"]["value"], 1) << "the one visitor";
    EXPECT_GT(m["kiosk_uptime_seconds"]["value"].get<double>(), 0.0);  // real time since the start, however short
    const double rss = m["kiosk_resident_memory_bytes"]["value"];
    const double state_rss = s["memory_kb"].get<double>() * 1024;
    EXPECT_NEAR(rss, state_rss, state_rss * 0.25);
    // The touch was at 60 ms of the replay's clock, the state at 4000 ms.
    EXPECT_NEAR(m["kiosk_last_touch_age_seconds"]["value"].get<double>(), 3.94, 0.05);
    // Written whole: no temporary file left beside it.
    EXPECT_NE(test::run("ls '" + dir + "/node-exporter'").output.find("kiosk.prom"), std::string::npos);
    EXPECT_EQ(test::run("ls '" + dir + "/node-exporter'").output.find(".new"), std::string::npos);
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(HealthMetrics, GivenTheHealthFileBesideTheWatchedLocalSettingsThenItsRewritesNeverReloadTheContent) {
    // /etc/kiosk/local.toml and the health file in one folder: the kiosk watches the
    // folder for edits to its settings, and must not take its own writes for edits.
    const std::string dir = test::data_copy("prom-own-writes");
    test::run("mkdir -p '" + dir + "/etc'");
    std::ofstream(dir + "/etc/local.toml")
        << "[metrics]\ntextfile = \"" << dir << "/etc/kiosk.prom\"\ninterval_s = 1\n";
    std::ofstream(dir + "/s.replay") << "0 sleep 3500\n0 state " << dir << "/s.json\n";
    const auto r =
        test::run(test::kiosk_binary() + " --headless --config " + dir + "/config/kiosk.toml --local-config " + dir +
                  "/etc/local.toml --replay " + dir + "/s.replay");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(test::read_file(dir + "/etc/kiosk.prom").find("kiosk_up 1"), std::string::npos)
        << "it was written, several times";
    EXPECT_EQ(test::read_json(dir + "/s.json")["content_version"], 1) << test::read_file(dir + "/data/kiosk.log");
    // An edit to the settings themselves is still read.
    std::ofstream(dir + "/s2.replay") << "0 state " << dir << "/before.json\n0 reloaded\n0 state " << dir
                                      << "/after.json\n";
    const auto edit =
        test::run("(" + test::wait_for(dir + "/before.json") + "echo 'name = \"renamed\"' >> '" + dir +
                  "/etc/local.toml') & " + test::kiosk_binary() + " --headless --config " + dir +
                  "/config/kiosk.toml --local-config " + dir + "/etc/local.toml --replay " + dir + "/s2.replay; wait");
    ASSERT_EQ(edit.exit_code, 0) << edit.output;
    EXPECT_EQ(test::read_json(dir + "/after.json")["content_version"], 2);
    EXPECT_EQ(test::read_json(dir + "/after.json")["kiosk_name"], "renamed");
}

}  // namespace
}  // namespace kiosk
