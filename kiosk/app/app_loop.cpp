// Running: headless (outputs, replay on a virtual clock) and interactive (SDL events,
// the real clock, the display, systemd notifications).
#include "app/app.h"
#include "app/app_util.h"

#include <SDL.h>
#include <SDL_image.h>

#include <chrono>
#include <cstdlib>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "app/dumps.h"
#include "platform/sdl_input.h"
#include "content/tei_document.h"
#include "input/rotation.h"
#include "content/translations.h"
#include "core/log.h"
#include "platform/service_notify.h"
#include "render/sdl_renderer.h"
#include "scenes/attract_scene.h"
#include "scenes/chrome.h"
#include "scenes/curator_scene.h"
#include "scenes/fallback_scene.h"
#include "scenes/ui_text.h"
#include "scenes/home_scene.h"
#include "scenes/reader_scene.h"
#include "scenes/timeline_scene.h"
#include "text/text_engine.h"

namespace kiosk {

void App::start_logging() {
    log::Level level = log::Level::info;
    log::level_from_name(config_.log.level, level);
    log::set_level(level);
    if (!config_.log.file.empty())
        log::set_file(state_file_path(config_.data_dir, config_.log.file), static_cast<std::size_t>(config_.log.max_kb) * 1024);
}

bool App::start_headless() {
    load_configuration();
    load_texts();
    if (!load_document()) log::error("no document to show");
    load_timeline();
    if (!create_text_engine()) log::error("no fonts; the kiosk shows a plain screen");
    gestures_ = GestureRecognizer(gesture_params());
    auto r = SdlRenderer::create_headless(width_px_, height_px_);
    if (!r) {
        log::error(r.error().to_string());
        return false;
    }
    renderer_ = std::move(r).value();
    switch_scene(options_.scene);
    if (!options_.replay.empty()) {
        start_logging();
        start_watching();  // only a replay can wait for edits
        open_analytics();  // and only a replay has visitors to count
    }
    return true;
}

void App::render_frame() {
    if (!renderer_ || !scene_) return;
    // Without fonts the scene is only its colours: still a calm screen, never garbage.
    auto overlay = scene_->dynamic_overlay();
    if (!pressed_id_.empty()) {
        // A soft shade of ink over what the finger is on: immediate, before any action.
        const Color ink = effective_config_.theme.ink;
        const float radius = std::min(18.0f, std::min(pressed_box_.w, pressed_box_.h) / 2);
        overlay.push_back({pressed_box_, Color{ink.r, ink.g, ink.b, 40}, Layer::fixed, radius});
    }
    if (transitioning()) {
        const double u = std::clamp((now_ms_ - transition_start_ms_) / 250.0, 0.0, 1.0);
        Color veil = scene_->geometry().background;
        veil.a = static_cast<std::uint8_t>(std::lround(255 * (1 - u) * (1 - u)));  // eased out
        overlay.push_back({{0, 0, static_cast<float>(width_px_), static_cast<float>(height_px_)}, veil, Layer::fixed, 0});
    }
    renderer_->draw(scene_->geometry(), scene_->scroll_px(), text_ ? &text_->atlas() : nullptr, overlay);
    if (idle_warning_ && text_) {
        const SceneGeometry warning = idle_overlay();
        prepare_glyphs(warning, text_->atlas());
        renderer_->draw_top(warning, text_->atlas());
    }
}

bool App::render_to_png(const std::string& path) {
    if (!renderer_) return false;
    render_frame();
    auto saved = renderer_->save_png(path);
    if (!saved) log::error(saved.error().to_string());
    return static_cast<bool>(saved);
}

int App::finish_outputs() {
    int rc = 0;
    if (!options_.screenshot.empty() && !render_to_png(options_.screenshot)) rc = 1;
    if (!options_.dump_layout.empty()) {
        if (auto err = write_json(layout_dump(), options_.dump_layout); !err.empty()) {
            log::error(err);
            rc = 1;
        }
    }
    if (!options_.dump_state.empty()) {
        if (auto err = write_json(state_json(), options_.dump_state); !err.empty()) {
            log::error(err);
            rc = 1;
        }
    }
    return rc;
}

int App::run_replay(const std::vector<ReplayEvent>& events) {
    const float w = static_cast<float>(width_px_), h = static_cast<float>(height_px_);
    for (const auto& e : events) {
        if (quit_requested_) break;
        advance_to(e.time_ms);
        switch (e.kind) {
            case ReplayEvent::Kind::down: feed_pointer(PointerEvent::Kind::down, e.finger, e.x * w, e.y * h); break;
            case ReplayEvent::Kind::move: feed_pointer(PointerEvent::Kind::move, e.finger, e.x * w, e.y * h); break;
            case ReplayEvent::Kind::up: feed_pointer(PointerEvent::Kind::up, e.finger, e.x * w, e.y * h); break;
            case ReplayEvent::Kind::click:
                // A mouse press and release: finger id -1 stands for the mouse.
                feed_pointer(PointerEvent::Kind::down, -1, e.x * w, e.y * h);
                advance_to(e.time_ms + 1);
                feed_pointer(PointerEvent::Kind::up, -1, e.x * w, e.y * h);
                break;
            case ReplayEvent::Kind::wheel: on_wheel(e.y); break;
            case ReplayEvent::Kind::key: on_key(key_from_name(e.argument)); break;
            case ReplayEvent::Kind::shot: render_to_png(e.argument); break;
            case ReplayEvent::Kind::state:
                if (auto err = write_json(state_json(), e.argument); !err.empty()) log::error(err);
                break;
            case ReplayEvent::Kind::layout:
                if (auto err = write_json(layout_dump(), e.argument); !err.empty()) log::error(err);
                break;
            case ReplayEvent::Kind::sleep: {
                // Real time passes (the virtual clock does not), so file watchers can fire.
                const double until = real_ms() + e.sleep_ms;
                while (real_ms() < until) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    service_watcher();
                }
                break;
            }
        }
    }
    // Let glides and animations settle before the final outputs (what a visitor would
    // see a moment later); bounded, so a scene that never rests cannot hang a test.
    const double settle_until = now_ms_ + 10000;
    do {
        advance_to(now_ms_ + 1000.0 / 60.0);
    } while (scene_ && (scene_->update(now_ms_) || transitioning()) && now_ms_ < settle_until);
    return 0;
}

int App::run_headless() {
    if (!start_headless()) return 1;
    if (!options_.replay.empty()) {
        auto script = load_replay(options_.replay);
        if (!script) {
            std::cerr << script.error().to_string() << '\n';
            return 2;
        }
        run_replay(script.value());
    }
    return finish_outputs();
}

int App::run_interactive() {
    load_configuration();
    start_logging();
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");  // a touch must not also be a click
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    // A display that should be there (a desktop session, or KMSDRM chosen for the
    // service) may not be ready yet at boot: wait for it up to 20 s before concluding
    // that this machine has none.
    auto expected_display = [] {
        const char* drv = std::getenv("SDL_VIDEODRIVER");
        return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || (drv && std::string(drv) == "kmsdrm");
    };
    auto usable = [](const SdlSubsystems& v) {
        const char* d = v.ok() ? SDL_GetCurrentVideoDriver() : nullptr;
        return d && std::string(d) != "dummy" && std::string(d) != "offscreen";
    };
    auto video = std::make_unique<SdlSubsystems>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    for (int attempt = 1; !usable(*video) && expected_display() && attempt <= 20; ++attempt) {
        log::warn(std::string("the display is not ready (") + SDL_GetError() + "); trying again in a second");
        video.reset();
        std::this_thread::sleep_for(std::chrono::seconds(1));
        video = std::make_unique<SdlSubsystems>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    }
    const char* driver = video->ok() ? SDL_GetCurrentVideoDriver() : nullptr;
    if (!usable(*video)) {
        const std::string out = options_.screenshot.empty() ? "kiosk-start.png" : options_.screenshot;
        std::cout << "No display found (" << (driver ? "only the " + std::string(driver) + " video driver" : SDL_GetError())
                  << "), so the kiosk cannot open its screen here.\n"
                  << "Rendering the start screen to " << std::filesystem::absolute(out).string() << " instead.\n";
        options_.screenshot = out;
        options_.headless = true;
        return run_headless();
    }
    load_texts();
    if (!load_document()) log::error("no document to show");
    load_timeline();
    create_text_engine();
    WindowSpec spec;
    spec.fullscreen = !options_.width_px && config_.display.fullscreen;
    spec.width_px = width_px_;
    spec.height_px = height_px_;
    spec.hide_cursor = config_.display.hide_cursor && spec.fullscreen;
    spec.rotation_deg = config_.display.rotation_deg;
    if (spec.rotation_deg == 90 || spec.rotation_deg == 270) std::swap(spec.width_px, spec.height_px);  // --size is upright
    auto r = SdlRenderer::create_window(spec);
    if (!r) {
        log::error(r.error().to_string());
        return 1;
    }
    renderer_ = std::move(r).value();
    width_px_ = renderer_->width_px();
    height_px_ = renderer_->height_px();
    gestures_ = GestureRecognizer(gesture_params());
    switch_scene(options_.scene);
    start_watching();
    open_analytics();
    service::status("starting");
    log::info("running on " + std::string(driver) + " with the " + renderer_->driver_name() + " renderer at " +
              std::to_string(width_px_) + "x" + std::to_string(height_px_));

    const Uint64 freq = SDL_GetPerformanceFrequency();
    const Uint64 start = SDL_GetPerformanceCounter();
    auto clock_ms = [&] { return static_cast<double>(SDL_GetPerformanceCounter() - start) * 1000.0 / static_cast<double>(freq); };
    bool running = true;
    bool dirty = true;
    int frames = 0;
    long frames_total = 0;
    double last_ambient_ms = -1e9;
    double fps_window_start = 0;
    // Touches arrive in the panel's own orientation: turned back onto the canvas.
    SdlInput input;
    input.set_output(renderer_->output_w_px(), renderer_->output_h_px(), renderer_->rotation_deg());
    while (running) {
        SDL_Event ev;
        const bool got = SDL_WaitEventTimeout(&ev, dirty ? 1 : 16) != 0;
        now_ms_ = clock_ms();
        auto handle = [&](const SDL_Event& sdl_event) {
            const auto e = input.translate(sdl_event);
            if (!e) return;
            dirty = true;
            switch (e->kind) {
                case InputEvent::Kind::quit:
                    // Visitors cannot close a fullscreen kiosk (Alt+F4 and the like are
                    // ignored); curator mode can, and so can a development window.
                    if (!spec.fullscreen || (scene_ && scene_->name() == "curator")) running = false;
                    else log::info("a request to quit was ignored (open curator mode to quit)");
                    break;
                case InputEvent::Kind::resized:
                    renderer_->refresh_size();
                    input.set_output(renderer_->output_w_px(), renderer_->output_h_px(), renderer_->rotation_deg());
                    width_px_ = renderer_->width_px();
                    height_px_ = renderer_->height_px();
                    gestures_ = GestureRecognizer(gesture_params());
                    relayout();
                    break;
                case InputEvent::Kind::pointer: feed_pointer(e->pointer, e->id, e->x_px, e->y_px); break;
                case InputEvent::Kind::wheel: on_wheel(e->wheel_steps); break;
                case InputEvent::Kind::key:
                    if (e->key == "F12" && scene_ && scene_->name() != "curator") open_curator();  // the PIN still applies
                    else on_key(key_from_name(e->key));
                    break;
            }
        };
        if (got) {
            handle(ev);
            while (SDL_PollEvent(&ev)) handle(ev);
        }
        if (quit_requested_) running = false;
        check_idle();
        check_curator_gesture();
        service_watcher();
        for (const auto& g : gestures_.tick(now_ms_)) on_gesture(g);
        bool moving = scene_ && scene_->update(now_ms_);
        if (scene_ && scene_->take_geometry_changed() && text_) prepare_glyphs(scene_->geometry(), text_->atlas());
        moving = moving || transitioning() || idle_warning_;
        // Ambient motion (the attract loop, all day long) is drawn at 30 frames a second:
        // smooth enough for slow drift, and half the power and heat of 60.
        const bool ambient_due = scene_ && scene_->ambient() && now_ms_ - last_ambient_ms >= 1000.0 / 30.0;
        if (ambient_due) last_ambient_ms = now_ms_;
        if (dirty || moving || ambient_due) {
            render_frame();
            renderer_->present();
            dirty = moving;
            if (frames_total++ == 0) service::ready("showing " + (scene_ ? scene_->name() : std::string("nothing")));
            ++frames;
        }
        service::watchdog(now_ms_);
        if (now_ms_ - fps_window_start >= 1000) {
            frames_per_s_ = frames * 1000.0 / (now_ms_ - fps_window_start);
            frames = 0;
            fps_window_start = now_ms_;
        }
    }
    return 0;
}

int App::run() {
    if (options_.headless) return run_headless();
    return run_interactive();
}

}  // namespace kiosk
