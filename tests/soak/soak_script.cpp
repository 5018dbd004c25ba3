#include "soak/soak_script.h"

#include <cstdio>
#include <random>
#include <sstream>

namespace kiosk::soak {
namespace {

class Writer {
public:
    explicit Writer(std::mt19937& rng) : rng_(rng) {}
    double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng_); }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
    void line(double t, const std::string& s) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f ", t);
        out_ << buf << s << '\n';
    }
    static std::string at(double x, double y) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%.4f %.4f", x, y);
        return buf;
    }
    std::string text() const { return out_.str(); }

    // One visitor's gesture or key, starting at t; returns the time it ends.
    double act(double t) {
        switch (pick(9)) {
            case 0:
            case 1: {  // a tap somewhere
                const std::string p = at(uniform(0.02, 0.98), uniform(0.02, 0.98));
                line(t, "down 1 " + p);
                line(t + uniform(40, 140), "up 1 " + p);
                return t + 200;
            }
            case 2:
            case 3: {  // a drag or a fling
                double x = uniform(0.1, 0.9), y = uniform(0.2, 0.9);
                const double dx = uniform(-0.4, 0.4), dy = uniform(-0.4, 0.4);
                const int steps = 4 + pick(20);
                const double step_ms = pick(2) ? 8 : 30;  // a flick, or a slow drag
                line(t, "down 1 " + at(x, y));
                for (int i = 1; i <= steps; ++i)
                    line(t + i * step_ms, "move 1 " + at(x + dx * i / steps, y + dy * i / steps));
                line(t + (steps + 1) * step_ms, "up 1 " + at(x + dx, y + dy));
                return t + (steps + 2) * step_ms + 800;  // and the glide after a fling
            }
            case 4: {  // a pinch
                const double cx = uniform(0.3, 0.7), cy = uniform(0.4, 0.8), d0 = uniform(0.05, 0.15),
                             d1 = uniform(0.05, 0.3);
                line(t, "down 1 " + at(cx - d0, cy));
                line(t + 10, "down 2 " + at(cx + d0, cy));
                for (int i = 1; i <= 10; ++i) {
                    const double d = d0 + (d1 - d0) * i / 10;
                    line(t + 10 + i * 16, "move 1 " + at(cx - d, cy));
                    line(t + 10 + i * 16, "move 2 " + at(cx + d, cy));
                }
                line(t + 200, "up 1 " + at(cx - d1, cy));
                line(t + 210, "up 2 " + at(cx + d1, cy));
                return t + 400;
            }
            case 5:
            case 6: {  // the keyboard reaches every control: Tab a few times, then Enter
                const int tabs = 1 + pick(12);
                for (int i = 0; i < tabs; ++i) line(t + i * 60, "key Tab");
                line(t + tabs * 60 + 60, "key Return");
                return t + tabs * 60 + 600;
            }
            case 7: {  // reading keys
                static const char* keys[] = {"PageDown", "PageUp", "Down",   "Up",   "End",  "Home",
                                             "Left",     "Right",  "Escape", "plus", "minus"};
                line(t, std::string("key ") + keys[pick(11)]);
                return t + 300;
            }
            default: {  // a wheel
                line(t, "wheel 0 " + std::to_string(pick(7) - 3));
                return t + 200;
            }
        }
    }

private:
    std::mt19937& rng_;
    std::ostringstream out_;
};

}  // namespace

namespace {

constexpr double hour_ms = 3600000.0;

// One hour: visitors until twenty minutes before its end, then the kiosk alone (the
// idle reset and the attract loop), a reload in the quiet, and a state dump at its end.
std::string one_hour(std::mt19937& rng, const std::string& state_at_end) {
    Writer w(rng);
    double t = 1000;
    while (t < hour_ms - 20 * 60000.0) {
        const double leave = t + w.uniform(60000, 300000);
        while (t < leave) t = w.act(t) + w.uniform(300, 6000);
        t += w.uniform(60000, 600000);
    }
    w.line(hour_ms - 5 * 60000.0, "reload");
    w.line(hour_ms, "state " + state_at_end);
    return w.text();
}

std::string repeated_hour(const Plan& plan) {
    std::mt19937 rng(plan.seed);
    std::string out = "0 state " + plan.state_prefix + "0.json\n";
    // The same hour, its state dump named by the hour it ends.
    const std::string marker = "@END@";
    const std::string hour = one_hour(rng, marker);
    for (int h = 0; h < static_cast<int>(plan.hours); ++h) {
        std::istringstream in(hour);
        std::string line;
        while (std::getline(in, line)) {
            const auto space = line.find(' ');
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.0f", std::stod(line.substr(0, space)) + h * hour_ms);
            std::string rest = line.substr(space);
            if (const auto m = rest.find(marker); m != std::string::npos)
                rest.replace(m, marker.size(), plan.state_prefix + std::to_string(h + 1) + ".json");
            out += buf + rest + '\n';
        }
    }
    return out;
}

}  // namespace

std::string make_script(const Plan& plan) {
    if (plan.repeat_one_hour) return repeated_hour(plan);
    std::mt19937 rng(plan.seed);
    Writer w(rng);
    const double end_ms = plan.hours * 3600000.0;
    int next_hour = 0;
    double next_reload = w.uniform(1.5, 3.0) * 3600000.0;
    w.line(0, "state " + plan.state_prefix + "0.json");
    next_hour = 1;
    double t = 1000;
    while (t < end_ms) {
        // A visitor: one to five minutes of reading, touching, listening.
        const double leave = t + w.uniform(60000, 300000);
        while (t < leave) t = w.act(t) + w.uniform(300, 6000);
        // Then the kiosk stands alone a while: the idle warning, the reset, the attract loop.
        t += w.uniform(60000, 1200000);
        while (next_hour * 3600000.0 <= t && next_hour * 3600000.0 <= end_ms) {
            w.line(next_hour * 3600000.0, "state " + plan.state_prefix + std::to_string(next_hour) + ".json");
            ++next_hour;
        }
        if (t >= next_reload && t < end_ms) {
            w.line(t, "reload");
            next_reload += w.uniform(2.0, 6.0) * 3600000.0;
        }
    }
    return w.text();
}

}  // namespace kiosk::soak
