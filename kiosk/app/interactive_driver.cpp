// The interactive kiosk: SDL's event loop on the real clock, drawing to the screen,
// telling systemd it is alive. Waits for a display that is expected but not ready at
// boot; without any display it renders the start screen to a PNG instead.
#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "app/app.h"
#include "app/drivers.h"
#include "app/painter.h"
#include "core/log.h"
#include "platform/sdl_handles.h"
#include "platform/sdl_input.h"
#include "platform/service_notify.h"
#include "platform/signals.h"
#include "render/sdl_renderer.h"

namespace kiosk {
namespace {

// A display that should be there: a desktop session, or KMSDRM chosen for the service.
bool display_expected() {
    const char* drv = std::getenv("SDL_VIDEODRIVER");
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || (drv && std::string(drv) == "kmsdrm");
}

bool usable(const SdlSubsystems& video) {
    const char* d = video.ok() ? SDL_GetCurrentVideoDriver() : nullptr;
    if (!d) return false;
    // SDL falls back to "offscreen" and "dummy" when no display works; asked for by
    // name, "offscreen" runs the whole interactive kiosk without a screen (tests of
    // the service's signals, CI).
    const char* asked = std::getenv("SDL_VIDEODRIVER");
    if (std::string(d) == "offscreen" && asked && std::string(asked) == "offscreen") return true;
    return std::string(d) != "dummy" && std::string(d) != "offscreen";
}

// The display may not be ready yet at boot: wait for it up to 20 s before concluding
// that this machine has none.
std::unique_ptr<SdlSubsystems> open_video() {
    auto video = std::make_unique<SdlSubsystems>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    for (int attempt = 1; !usable(*video) && display_expected() && attempt <= 20; ++attempt) {
        log::warn(std::string("the display is not ready (") + SDL_GetError() + "); trying again in a second");
        video.reset();
        std::this_thread::sleep_for(std::chrono::seconds(1));
        video = std::make_unique<SdlSubsystems>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    }
    return video;
}

// Frames per second over the last second, for curator mode.
class FrameRate {
public:
    void frame_drawn() { ++frames_; }
    // Returns the rate once a second has passed, else a negative number.
    double tick(double now_ms) {
        if (now_ms - window_start_ms_ < 1000) return -1;
        const double fps = frames_ * 1000.0 / (now_ms - window_start_ms_);
        frames_ = 0;
        window_start_ms_ = now_ms;
        return fps;
    }

private:
    int frames_ = 0;
    double window_start_ms_ = 0;
};

// SDL's hints and the kiosk's own signal handlers, before SDL starts.
void prepare_sdl() {
    // SIGTERM and SIGINT stop the kiosk cleanly (systemctl stop, a reboot); SIGHUP reads
    // the content again. SDL's own handlers would turn them into a quit event, which
    // a fullscreen kiosk ignores from visitors.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    signals::install();
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");  // a touch must not also be a click
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
}

// Without a display: say so plainly and render the start screen to a PNG instead.
int render_start_screen_instead(const Options& options, const char* driver) {
    Options headless = options;
    headless.screenshot = options.screenshot.empty() ? "kiosk-start.png" : options.screenshot;
    headless.headless = true;
    std::cout << "No display found (" << (driver ? "only the " + std::string(driver) + " video driver" : SDL_GetError())
              << "), so the kiosk cannot open its screen here.\n"
              << "Rendering the start screen to " << std::filesystem::absolute(headless.screenshot).string()
              << " instead.\n";
    return run_headless(headless);
}

// The window the configuration and the command line ask for.
WindowSpec window_spec(const Options& options, const Config& c) {
    WindowSpec spec;
    spec.fullscreen = !options.width_px && c.display.fullscreen;
    spec.width_px = options.width_px.value_or(c.display.width_px);
    spec.height_px = options.height_px.value_or(c.display.height_px);
    spec.hide_cursor = c.display.hide_cursor && spec.fullscreen;
    spec.rotation_deg = c.display.rotation_deg;
    spec.renderer = options.renderer.empty() ? c.display.renderer : options.renderer;
    if (spec.rotation_deg == 90 || spec.rotation_deg == 270)
        std::swap(spec.width_px, spec.height_px);  // --size is upright
    return spec;
}

// The loop of a running kiosk: asleep until input, a frame or the attract loop's next
// picture; each wake reads the events, the edits and the signals, and draws if anything
// changed on screen.
class InteractiveLoop {
public:
    InteractiveLoop(App& app, SdlRenderer& renderer, const Options& options, bool fullscreen)
        : app_(app), renderer_(renderer), ready_file_(options.ready_file), fullscreen_(fullscreen) {
        start_ = SDL_GetPerformanceCounter();
        freq_ = SDL_GetPerformanceFrequency();
        // Touches arrive in the panel's own orientation: turned back onto the canvas.
        input_.set_output(renderer_.output_w_px(), renderer_.output_h_px(), renderer_.rotation_deg());
    }

    int run() {
        while (running_) {
            SDL_Event ev;
            const bool got = SDL_WaitEventTimeout(&ev, wait_ms()) != 0;
            const double now_ms = clock_ms();
            app_.set_now(now_ms);
            if (got) {
                handle(ev);
                while (SDL_PollEvent(&ev)) handle(ev);
            }
            if (app_.run_state().quit_requested) running_ = false;
            if (signals::stop_requested()) {
                app_.shutdown(std::string(signals::stop_signal_name()) + " from the service manager");
                service::status("stopping");
                return 0;
            }
            // A reload lays the screen out again: draw it now, not at the next touch.
            if (app_.poll_edits()) dirty_ = true;
            // A picture decoded off the loop is ready: draw it.
            if (renderer_.picture_arrived()) dirty_ = true;
            draw_if_due(now_ms, app_.tick(now_ms));
            service::watchdog(now_ms);
            if (const double fps = rate_.tick(now_ms); fps >= 0) app_.run_state().frames_per_s = fps;
        }
        return 0;
    }

private:
    double clock_ms() const {
        return static_cast<double>(SDL_GetPerformanceCounter() - start_) * 1000.0 / static_cast<double>(freq_);
    }

    // How long to sleep: a loop that wakes 60 times a second for nothing costs a quiet
    // kiosk more than its drawing; on the attract loop alone, until its next picture.
    int wait_ms() const {
        if (dirty_) return 1;
        if (renderer_.pictures_pending()) return 16;  // a picture may arrive: look again soon
        if (app_.ambient()) return std::clamp(static_cast<int>(std::ceil(app_.next_picture_ms() - clock_ms())), 1, 100);
        return 16;
    }

    void handle(const SDL_Event& sdl_event) {
        const auto e = input_.translate(sdl_event);
        if (!e) return;
        dirty_ = true;
        switch (e->kind) {
            case InputEvent::Kind::quit:
                // Visitors cannot close a fullscreen kiosk (Alt+F4 and the like are
                // ignored); curator mode can, and so can a development window.
                if (!fullscreen_ || app_.in_curator())
                    running_ = false;
                else
                    log::info("a request to quit was ignored (open curator mode to quit)");
                break;
            case InputEvent::Kind::resized:
                renderer_.refresh_size();
                input_.set_output(renderer_.output_w_px(), renderer_.output_h_px(), renderer_.rotation_deg());
                app_.set_canvas(renderer_.canvas());
                break;
            case InputEvent::Kind::pointer:
                app_.feed_pointer(e->pointer, e->id, e->x_px, e->y_px);
                break;
            case InputEvent::Kind::wheel:
                app_.feed_wheel(e->wheel_steps);
                break;
            case InputEvent::Kind::key:
                if (e->key == Key::curator && !app_.in_curator())
                    app_.open_curator();  // the PIN still applies
                else
                    app_.feed_key(e->key);
                break;
        }
    }

    // Ambient motion (the attract loop, all day long) is drawn only when its picture
    // changed (12 times a second: attract_scene.cpp), and never more than 30 frames a
    // second: a fraction of the power and heat of 60.
    void draw_if_due(double now_ms, bool moving) {
        const bool ambient_due =
            app_.ambient() && now_ms - last_ambient_ms_ >= 1000.0 / 30.0 && app_.take_picture_changed();
        if (ambient_due) last_ambient_ms_ = now_ms;
        if (!dirty_ && !moving && !ambient_due) return;
        paint(app_, renderer_);
        renderer_.present();
        dirty_ = moving;
        if (frames_total_++ == 0) {
            service::ready("showing " + app_.scene_name());
            service::write_ready_file(ready_file_);
        }
        rate_.frame_drawn();
    }

    App& app_;
    SdlRenderer& renderer_;
    std::string ready_file_;
    bool fullscreen_ = true;
    SdlInput input_;
    FrameRate rate_;
    Uint64 start_ = 0, freq_ = 1;
    bool running_ = true, dirty_ = true;
    long frames_total_ = 0;
    double last_ambient_ms_ = -1e9;
};

}  // namespace

int run_interactive(const Options& options) {
    // SDL outlives the app: the app's window, textures and sound device go first.
    std::unique_ptr<SdlSubsystems> video;
    App app(options);
    app.load_configuration();
    app.start_logging();
    prepare_sdl();
    video = open_video();
    const char* driver = video->ok() ? SDL_GetCurrentVideoDriver() : nullptr;
    if (!usable(*video)) return render_start_screen_instead(options, driver);
    app.load_content();
    const WindowSpec spec = window_spec(options, app.config());
    auto created = SdlRenderer::create_window(spec);
    if (!created) {
        log::error(created.error().to_string());
        return 1;
    }
    // The driver owns the window's renderer; the app lays out for its canvas.
    const std::unique_ptr<SdlRenderer> renderer = std::move(created).value();
    renderer->decode_pictures_off_loop();  // a frame never waits for a large picture
    app.set_canvas(renderer->canvas());
    app.begin({true, true, true, true, true});
    service::status("starting");
    log::info("running on " + std::string(driver) + " with the " + renderer->driver_name() + " renderer at " +
              std::to_string(renderer->width_px()) + "x" + std::to_string(renderer->height_px()));
    return InteractiveLoop(app, *renderer, options, spec.fullscreen).run();
}

}  // namespace kiosk
