// Frame times where visitors feel them: the whole kiosk in a window (under Xvfb, or on
// a real screen), driven in real time by a finger that scrolls the telegram or flings
// the timeline, every frame timed from the start of its work until it has been handed
// to the screen (SDL_RenderPresent, which is where GL does its drawing), with vsync off
// so that the wait for the display is not counted. Prints p50/p95/p99, the worst frame
// and the frames over a 60 Hz frame (16.7 ms). Figures, not assertions.
//
//   xvfb-run -s "-screen 0 3840x2160x24" build/bench/kiosk_frames --size 3840x2160 --renderer gl
//   scripts/measure_frames.sh      # both renderers, both sizes, both motions
#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "app/app.h"
#include "app/clock.h"
#include "app/painter.h"
#include "platform/sdl_handles.h"
#include "render/sdl_renderer.h"

using namespace kiosk;

namespace {

struct BenchOptions {
    int width_px = 1920, height_px = 1080;
    std::string renderer = "gl";
    std::string motion = "both";  // scroll, fling or both
    double seconds = 6;
    std::string config;
    std::string shot;      // a PNG of the last frame, to see what was drawn
    int rotation_deg = 0;  // the panel turned (portrait on a landscape panel: 90)
};

// One stroke of a finger: down at `from`, moved for `stroke_ms` to `to` at an even
// speed, lifted (so a fling glides on), then left alone for `rest_ms`.
struct Stroke {
    float from_x, from_y, to_x, to_y;
    double stroke_ms, rest_ms;
};

double percentile(std::vector<double> v, double f) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(std::ceil(f * static_cast<double>(v.size())) - 1))];
}

// Runs strokes back and forth on `scene` for `seconds`, one frame every 1/60 s,
// and prints one line of figures.
int run_motion(const BenchOptions& b, const std::string& motion) {
    Options o;
    o.config_path = b.config;
    o.scene = motion == "scroll" ? "telegram" : "timeline";
    App app(o);
    app.load_configuration();
    app.load_content();
    WindowSpec spec;
    spec.width_px = b.width_px;
    spec.height_px = b.height_px;
    spec.fullscreen = false;
    spec.hide_cursor = false;
    spec.renderer = b.renderer;
    spec.vsync = false;
    spec.rotation_deg = b.rotation_deg;
    auto created = SdlRenderer::create_window(spec);
    if (!created) {
        std::fprintf(stderr, "kiosk_frames: %s\n", created.error().to_string().c_str());
        return 1;
    }
    const std::unique_ptr<SdlRenderer> owned = std::move(created).value();
    SdlRenderer& renderer = *owned;
    app.set_canvas(renderer.canvas());
    app.begin({});
    const float W = static_cast<float>(renderer.width_px()), H = static_cast<float>(renderer.height_px());
    // A scroll: the finger pushes the page up by half a screen in 250 ms and lets go
    // (the page glides on), then down again. A fling: the timeline thrown sideways by
    // half its width in 150 ms, one way and back.
    std::vector<Stroke> strokes;
    if (motion == "scroll")
        strokes = {{W / 2, H * 0.75f, W / 2, H * 0.25f, 250, 900},
                   {W / 2, H * 0.75f, W / 2, H * 0.25f, 250, 900},
                   {W / 2, H * 0.25f, W / 2, H * 0.75f, 250, 900},
                   {W / 2, H * 0.25f, W / 2, H * 0.75f, 250, 900}};
    else {
        // The timeline opens with its introduction over it: put away (Escape, as the
        // card's Close does), so that the finger throws the timeline and not the card.
        app.feed_key(Key::escape);
        strokes.push_back({W * 0.75f, H * 0.45f, W * 0.25f, H * 0.45f, 150, 1200});
        strokes.push_back({W * 0.25f, H * 0.45f, W * 0.75f, H * 0.45f, 150, 1200});
    }

    const double frame_ms = 1000.0 / 60.0;
    const double start_ms = real_ms();
    std::vector<double> times;
    double next_ms = start_ms;
    std::size_t stroke = 0;
    double stroke_start = start_ms + 300;  // the first frames draw the scene at rest
    bool down = false;
    // The first frame uploads the glyphs and pictures: timed apart, as start-up.
    double first_ms = 0;
    while (real_ms() - start_ms < b.seconds * 1000.0) {
        for (SDL_Event e; SDL_PollEvent(&e);) {
        }  // the window's own events (mapping, exposure)
        const double now = real_ms();
        app.set_now(now - start_ms);
        const Stroke& s = strokes[stroke % strokes.size()];
        const double t = now - stroke_start;
        if (t >= 0 && t <= s.stroke_ms) {
            const float k = static_cast<float>(t / s.stroke_ms);
            const float x = s.from_x + (s.to_x - s.from_x) * k, y = s.from_y + (s.to_y - s.from_y) * k;
            app.feed_pointer(down ? PointerEvent::Kind::move : PointerEvent::Kind::down, 1, x, y);
            down = true;
        } else if (t > s.stroke_ms && down) {
            app.feed_pointer(PointerEvent::Kind::up, 1, s.to_x, s.to_y);
            down = false;
        } else if (t > s.stroke_ms + s.rest_ms) {
            stroke_start = now;
            ++stroke;
        }
        app.tick(now - start_ms);
        paint(app, renderer);
        renderer.present();
        const double took = real_ms() - now;
        if (first_ms == 0)
            first_ms = took;
        else
            times.push_back(took);
        // The next 60 Hz slot (a slow frame skips the slots it overran, as vsync would).
        next_ms += frame_ms;
        while (next_ms < real_ms()) next_ms += frame_ms;
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(next_ms - real_ms()));
    }
    if (!b.shot.empty()) paint_png(app, renderer, b.shot.substr(0, b.shot.rfind('.')) + "-" + motion + ".png");
    const long over = std::count_if(times.begin(), times.end(), [&](double t) { return t > frame_ms; });
    std::printf(
        "%-8s %-7s %4dx%-4d  frames %5zu  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  worst %6.2f ms  over 16.7 ms %4ld  "
        "(first frame %.1f ms)\n",
        renderer.driver_name().c_str(), motion.c_str(), renderer.width_px(), renderer.height_px(), times.size(),
        percentile(times, 0.5), percentile(times, 0.95), percentile(times, 0.99),
        times.empty() ? 0.0 : *std::max_element(times.begin(), times.end()), over, first_ms);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    BenchOptions b;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const char* v = i + 1 < argc ? argv[i + 1] : "";
        if (a == "--size" && std::sscanf(v, "%dx%d", &b.width_px, &b.height_px) == 2)
            ++i;
        else if (a == "--renderer")
            b.renderer = argv[++i];
        else if (a == "--motion")
            b.motion = argv[++i];
        else if (a == "--seconds")
            b.seconds = std::atof(argv[++i]);
        else if (a == "--config")
            b.config = argv[++i];
        else if (a == "--shot")
            b.shot = argv[++i];
        else if (a == "--rotation")
            b.rotation_deg = std::atoi(argv[++i]);
        else {
            std::fprintf(stderr,
                         "usage: kiosk_frames [--size WxH] [--renderer gl|software] [--motion scroll|fling|both] "
                         "[--seconds S] [--config FILE] [--shot FILE.png] [--rotation 0|90|180|270]\n");
            return 2;
        }
    }
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SdlSubsystems video(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    if (!video.ok()) {
        std::fprintf(stderr, "kiosk_frames: no display (%s); run it under xvfb-run\n", SDL_GetError());
        return 1;
    }
    int rc = 0;
    for (const std::string m : {"scroll", "fling"})
        if (b.motion == "both" || b.motion == m) rc |= run_motion(b, m);
    return rc;
}
