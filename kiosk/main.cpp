// Entry point only: parse the command line and hand over to the right driver.
#include <sys/stat.h>

#include <iostream>

#include "app/check.h"
#include "app/drivers.h"
#include "app/import.h"
#include "app/options.h"
#include "app/report.h"
#include "app/set_pin.h"
#include "platform/process_memory.h"

int main(int argc, char** argv) {
    // Visitor counts, the log and the PIN's lock-out are nobody else's business: files
    // the kiosk makes are not readable by other users.
    ::umask(0027);
    kiosk::keep_large_buffers_apart();
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
    if (!o.import_path.empty()) return kiosk::run_import(o);
    if (o.set_pin) return kiosk::run_set_pin(o);
    if (o.report) return kiosk::run_report(o);
    return o.headless ? kiosk::run_headless(o) : kiosk::run_interactive(o);
}
