#include "app/import.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "content/timeline.h"
#include "content/timeline_rows.h"
#include "core/replace_file.h"

namespace kiosk {

std::string import_output_path(const std::string& input) {
    std::filesystem::path p(input);
    p.replace_extension();
    return p.string() + ".kiosk.csv";
}

int run_import(const Options& options) {
    const std::string& in = options.import_path;
    const std::string out = options.output.empty() ? import_output_path(in) : options.output;
    std::error_code ec;
    if (std::filesystem::exists(out, ec)) {
        std::cout << out << " exists already; it is left as it is. Give --output another file name, or move it away.\n";
        return 1;
    }
    TimelineLoad load = load_timeline(in);
    if (!load.file_ok) {
        for (const auto& d : load.problems) std::cout << d.to_string() << '\n';
        std::cout << "Nothing was written: " << in << " could not be read as a timeline.\n";
        return 1;
    }
    // Written whole: a half-written file never takes the name.
    if (const std::string why = replace_file(out, timeline_to_csv(load.timeline)); !why.empty()) {
        std::cout << why << ".\n";
        return 1;
    }
    const Timeline& tl = load.timeline;
    std::cout << "Wrote " << out << ": " << tl.events.size() << " events, " << tl.eras.size() << " eras"
              << (tl.title ? ", a title slide" : "") << ".\n";
    if (load.problems.empty())
        std::cout << "Everything came over.\n";
    else {
        std::cout << "Not carried over, or to look at (" << load.problems.size() << "):\n";
        for (const auto& d : load.problems) std::cout << "  " << d.to_string() << '\n';
    }
    std::cout << "To show it, set  timeline = \"" << out
              << "\"  under [content] in kiosk.toml (a path from the content folder, the one that holds config/), then "
                 "run kiosk --check.\n";
    return 0;
}

}  // namespace kiosk
