// The soak: a seeded simulated stretch of museum days, replayed on the virtual clock by
// the kiosk itself, its memory read every simulated hour. Passes when the resident
// memory of the second half never rises more than 2 MiB above the first half's peak
// (caches fill during the first days: every font size, the glyph atlas up to its limit),
// both read while the kiosk is alone in its attract loop: a visitor listening to the
// telegram holds its whole speech (~10 MB) for as long as it plays, which is use, not growth.
//   build/tests/kiosk_soak --hours 168 --seed 7       # a week (about three minutes)
//   build/tests/kiosk_soak --hours 8 --repeat         # one hour eight times: flat after the first
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "soak/soak_script.h"

int main(int argc, char** argv) {
    kiosk::soak::Plan plan;
    std::string kiosk = KIOSK_BINARY, extra;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--repeat") {
            plan.repeat_one_hour = true;
            continue;
        }
        if (i + 1 >= argc)
            a.clear();
        else
            ++i;
        if (a == "--hours")
            plan.hours = std::atof(argv[i]);
        else if (a == "--seed")
            plan.seed = static_cast<unsigned>(std::atoi(argv[i]));
        else if (a == "--kiosk")
            kiosk = argv[i];
        else if (a == "--args")
            extra = argv[i];
        else {
            std::fprintf(
                stderr,
                "usage: kiosk_soak [--hours H] [--seed N] [--repeat] [--kiosk PATH] [--args \"KIOSK OPTIONS\"]\n");
            return 2;
        }
    }
    const std::string dir = "/tmp/kiosk-soak-" + std::to_string(::getpid());
    std::system(("rm -rf '" + dir + "' && mkdir -p '" + dir + "'").c_str());
    plan.state_prefix = dir + "/state-";
    std::ofstream(dir + "/soak.replay") << kiosk::soak::make_script(plan);
    std::printf("soak: %.0f simulated hours, seed %u\n", plan.hours, plan.seed);
    // Its visitors are counted, as a kiosk's are: the database is part of what must not grow.
    const std::string command = kiosk + " --headless --size 1280x800 " + extra + " --replay " + dir +
                                "/soak.replay --analytics " + dir + "/analytics.sqlite > " + dir + "/out.log 2>&1";
    const int rc = std::system(command.c_str());
    if (rc != 0) {
        std::printf("the kiosk exited with %d; its output is in %s/out.log\n", rc, dir.c_str());
        return 1;
    }
    const int hours = static_cast<int>(plan.hours), half = hours / 2;
    long first_half_peak = 0, second_half_peak = 0, last = 0;
    for (int h = 0; h <= static_cast<int>(plan.hours); ++h) {
        std::ifstream in(dir + "/state-" + std::to_string(h) + ".json");
        if (!in) continue;
        const nlohmann::json s = nlohmann::json::parse(in, nullptr, false);
        if (!s.is_object()) continue;
        const long kb = s.value("memory_kb", 0L);
        std::printf("  hour %3d  %6ld KB  %s\n", h, kb, s.value("scene", std::string("?")).c_str());
        const std::string scene = s.value("scene", std::string("?"));
        if (scene == "attract") {
            long& peak = h <= half ? first_half_peak : second_half_peak;
            peak = std::max(peak, kb);
            last = kb;
        }
    }
    const long growth = second_half_peak - first_half_peak;
    std::printf(
        "memory in the attract loop: first half's peak %ld KB, second half's %ld KB, last %ld KB: %+ld KB (limit "
        "+2048)\n",
        first_half_peak, second_half_peak, last, growth);
    std::system(("rm -rf '" + dir + "'").c_str());
    return first_half_peak > 0 && second_half_peak > 0 && growth <= 2048 ? 0 : 1;
}
