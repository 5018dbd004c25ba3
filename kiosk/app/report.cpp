// kiosk --report: the visitor report from one kiosk's database or several (--analytics
// FILE, repeated: one per kiosk, gathered by any file copy), over a range of days.
#include "app/report.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "content/config.h"
#include "content/timeline.h"
#include "content/visitor_report.h"
#include "platform/analytics_store.h"
#include "render/sdl_renderer.h"
#include "scenes/report_page.h"
#include "scenes/scene.h"
#include "text/text_engine.h"

namespace kiosk {

namespace {

// A kiosk's name: the one its database holds, else its file's ("gallery-2.sqlite"),
// else its folder's (".../gallery-2/analytics.sqlite").
std::string name_for(const std::string& db, AnalyticsStore& store) {
    std::string name = store.kiosk_name();
    if (!name.empty()) return name;
    const std::filesystem::path p(db);
    name = p.stem().string();
    if (name == "analytics" && p.has_parent_path()) {
        const std::string folder = p.parent_path().filename().string();
        name = folder == "data" && p.parent_path().has_parent_path() ? p.parent_path().parent_path().filename().string()
                                                                     : folder;
    }
    return name;
}

}  // namespace

std::string save_report_png(const Config& config, const VisitorReport& report, const std::string& path, int width_px,
                            int height_px) {
    Diagnostics font_problems;
    auto text = TextEngine::create(config, font_problems);
    if (!text) return text.error().to_string();
    auto renderer = SdlRenderer::create_headless(width_px, height_px);
    if (!renderer) return renderer.error().to_string();
    const SceneGeometry page =
        report_page(*text.value(), config, screen_metrics(config.display, width_px, height_px), report);
    prepare_glyphs(page, text.value()->atlas());
    SdlRenderer& r = *renderer.value();
    auto saved = r.save_png(path, [&] { r.draw(page, 0, &text.value()->atlas(), {}, {}); });
    return saved ? std::string() : saved.error().to_string();
}

Result<VisitorReport> gather_report(const Options& options, const Config& config, const Timeline* timeline) {
    std::vector<std::string> databases = options.analytics;
    if (databases.empty()) databases.push_back(state_file_path(config.data_dir, config.analytics.path));
    std::vector<KioskVisits> kiosks;
    for (const auto& db : databases) {
        if (!std::filesystem::exists(db)) {
            if (options.analytics.empty()) break;  // a new kiosk: nobody counted yet
            return Diagnostic{db, 0, 0, "no such database"};
        }
        auto store = AnalyticsStore::open(db, /*read_only=*/true);
        if (!store) return store.error();
        KioskVisits k;
        k.name = name_for(db, *store.value());
        // Only the rows of the range are read (a day early: the database's clock and this
        // computer's time zone may differ); months of rows need not sit in memory.
        const long long since_ms =
            options.report_from.empty() ? 0 : local_midnight_ms(options.report_from) - 86400000LL;
        k.rows = store.value()->grouped_rows(since_ms);
        kiosks.push_back(std::move(k));
    }
    return build_visitor_report(kiosks, options.report_from, options.report_to, timeline);
}

int run_report(const Options& options) {
    const std::string path = options.config_path.empty() ? find_default_config() : options.config_path;
    const ConfigLoad load = load_config(path, options.local_config);
    for (const std::string* day : {&options.report_from, &options.report_to})
        if (!day->empty() && !is_day(*day)) {
            std::cerr << "kiosk: --from and --to expect a date written YYYY-MM-DD, like 2026-11-01 (got \"" << *day
                      << "\")\n";
            return 2;
        }
    // The events are named by the timeline's headlines, and the ones nobody opened listed.
    const TimelineLoad timeline = load_timeline(load.config.resolve(load.config.content.timeline));
    const std::string db = state_file_path(load.config.data_dir, load.config.analytics.path);
    if (options.analytics.empty() && !std::filesystem::exists(db))
        std::cout << "No visitor data yet: " << db << " does not exist.\n";
    auto report = gather_report(options, load.config, timeline.file_ok ? &timeline.timeline : nullptr);
    if (!report) {
        std::cerr << report.error().to_string() << '\n';
        return 1;
    }
    if (report.value().sessions > 0 || !options.analytics.empty()) std::cout << visitor_report_text(report.value());
    if (!options.report_csv.empty()) {
        // Written even for a new kiosk (its header), so the spreadsheet the guide names opens.
        std::ofstream out(options.report_csv);
        out << visitor_report_csv(report.value());
        if (!out) {
            std::cerr << options.report_csv << ": cannot write the CSV report\n";
            return 1;
        }
        std::cout << "\nCSV written to " << options.report_csv << '\n';
    }
    if (!options.report_png.empty()) {
        // A page to print or send: 1600 x 1200 unless --size says otherwise.
        const std::string why = save_report_png(load.config, report.value(), options.report_png,
                                                options.width_px.value_or(1600), options.height_px.value_or(1200));
        if (!why.empty()) {
            std::cerr << options.report_png << ": cannot draw the report: " << why << '\n';
            return 1;
        }
        std::cout << "\nPicture written to " << options.report_png << '\n';
    }
    return 0;
}

}  // namespace kiosk
