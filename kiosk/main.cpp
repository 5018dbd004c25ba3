// Entry point only: parse the command line and hand over to the right driver.
#include <iostream>

#include "app/check.h"
#include "app/drivers.h"
#include "app/options.h"
#include "app/report.h"

int main(int argc, char** argv) {
    const auto parsed = kiosk::parse_options(argc, argv);
    if (!parsed.error.empty()) {
        std::cerr << "kiosk: " << parsed.error << "\n\n" << kiosk::usage_text();
        return 2;
    }
    const auto& o = parsed.options;
    if (o.help) {
        std::cout << kiosk::usage_text();
        return 0;
    }
    if (o.version) {
        std::cout << "kiosk " << KIOSK_VERSION << '\n';
        return 0;
    }
    if (o.check) return kiosk::run_check(o);
    if (o.report) return kiosk::run_report(o);
    return o.headless ? kiosk::run_headless(o) : kiosk::run_interactive(o);
}
