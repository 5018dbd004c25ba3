// kiosk --report: the visitor report from the analytics database.
#include "app/report.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "content/config.h"
#include "platform/analytics_store.h"

namespace kiosk {

int run_report(const Options& options) {
    const std::string path = options.config_path.empty() ? find_default_config() : options.config_path;
    const ConfigLoad load = load_config(path);
    const std::string db = state_file_path(load.config.data_dir, load.config.analytics.path);
    AnalyticsStore::Report report;
    if (!std::filesystem::exists(db)) {
        // A new kiosk: an empty report, and the CSV still written (its header), so the
        // curator's spreadsheet opens the file the guide names.
        std::cout << "No visitor data yet: " << db << " does not exist.\n";
    } else {
        auto store = AnalyticsStore::open(db, /*read_only=*/true);
        if (!store) {
            std::cerr << store.error().to_string() << '\n';
            return 1;
        }
        report = store.value()->report();
        std::cout << AnalyticsStore::report_text(report);
    }
    if (!options.report_csv.empty()) {
        std::ofstream out(options.report_csv);
        out << AnalyticsStore::report_csv(report);
        if (!out) {
            std::cerr << options.report_csv << ": cannot write the CSV report\n";
            return 1;
        }
        std::cout << "\nCSV written to " << options.report_csv << '\n';
    }
    return 0;
}

}  // namespace kiosk
