// The soak: a seeded simulated stretch of museum days, replayed on the virtual clock by
// the kiosk itself, its memory read every simulated hour. Passes when the resident
// memory after the warm-up (the first two hours) grows by no more than 2 MiB.
//   build/tests/kiosk_soak --hours 168 --seed 7       # a week (a few minutes)
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "soak/soak_script.h"

int main(int argc, char** argv) {
    kiosk::soak::Plan plan;
    std::string kiosk = KIOSK_BINARY, extra;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--hours") plan.hours = std::atof(argv[i + 1]);
        else if (a == "--seed") plan.seed = static_cast<unsigned>(std::atoi(argv[i + 1]));
        else if (a == "--kiosk") kiosk = argv[i + 1];
        else if (a == "--args") extra = argv[i + 1];
        else {
            std::fprintf(stderr, "usage: kiosk_soak [--hours H] [--seed N] [--kiosk PATH] [--args \"KIOSK OPTIONS\"]\n");
            return 2;
        }
    }
    const std::string dir = "/tmp/kiosk-soak-" + std::to_string(::getpid());
    std::system(("rm -rf '" + dir + "' && mkdir -p '" + dir + "'").c_str());
    plan.state_prefix = dir + "/state-";
    std::ofstream(dir + "/soak.replay") << kiosk::soak::make_script(plan);
    std::printf("soak: %.0f simulated hours, seed %u\n", plan.hours, plan.seed);
    const std::string command = kiosk + " --headless --size 1280x800 " + extra + " --replay " + dir + "/soak.replay > " + dir + "/out.log 2>&1";
    const int rc = std::system(command.c_str());
    if (rc != 0) {
        std::printf("the kiosk exited with %d; its output is in %s/out.log\n", rc, dir.c_str());
        return 1;
    }
    const int warm_up = plan.hours >= 4 ? 2 : 1;
    long at_warm_up = 0, peak = 0, last = 0;
    for (int h = 0; h <= static_cast<int>(plan.hours); ++h) {
        std::ifstream in(dir + "/state-" + std::to_string(h) + ".json");
        if (!in) continue;
        const nlohmann::json s = nlohmann::json::parse(in, nullptr, false);
        if (!s.is_object()) continue;
        const long kb = s.value("memory_kb", 0L);
        std::printf("  hour %3d  %6ld KB  %s\n", h, kb, s.value("scene", std::string("?")).c_str());
        if (h == warm_up) at_warm_up = kb;
        if (h >= warm_up) peak = std::max(peak, kb);
        last = kb;
    }
    const long growth = peak - at_warm_up;
    std::printf("memory: %ld KB after the warm-up, %ld KB at the end, peak growth %ld KB (limit 2048)\n", at_warm_up, last, growth);
    std::system(("rm -rf '" + dir + "'").c_str());
    return at_warm_up > 0 && growth <= 2048 ? 0 : 1;
}
