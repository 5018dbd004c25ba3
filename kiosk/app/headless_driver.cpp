// Headless runs: the start screen's outputs, or a replay script on the virtual clock
// (ten minutes of idling take milliseconds); `reloaded` lines let real time pass until
// an edit made by a test has reached the watcher and been read (`sleep` for a set time).
#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "app/app.h"
#include "app/clock.h"
#include "app/drivers.h"
#include "app/dumps.h"
#include "app/painter.h"
#include "core/log.h"
#include "input/replay.h"
#include "platform/service_notify.h"
#include "platform/signals.h"
#include "render/sdl_renderer.h"

namespace kiosk {
namespace {

void write_or_log(const nlohmann::json& j, const std::string& path, int* rc = nullptr) {
    if (auto err = write_json(j, path); !err.empty()) {
        log::error(err);
        if (rc) *rc = 1;
    }
}

// The replay's waits on real time (the virtual clock stands still): for a file to
// appear, for an edit to be read, or for a while, so file watchers can fire.
void await_file(App& app, const ReplayEvent& e) {
    // At most a minute: a test that never signals still ends.
    const double until = real_ms() + 60000;
    std::error_code ec;
    while (!std::filesystem::exists(e.argument, ec) && real_ms() < until && !signals::stop_requested())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (!std::filesystem::exists(e.argument, ec))
        log::warn("replay: " + e.argument + " did not appear within a minute");
    app.reload();
}

void await_reload(App& app, const ReplayEvent& e) {
    const double until = real_ms() + e.sleep_ms;
    bool read = false;
    while (!read && real_ms() < until && !signals::stop_requested()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        read = app.poll_edits();
    }
    if (!read && !signals::stop_requested())
        log::warn("replay line " + std::to_string(e.line) + ": no edit was read within " +
                  std::to_string(static_cast<long>(e.sleep_ms)) + " ms");
}

void sleep_real(App& app, const ReplayEvent& e) {
    const double until = real_ms() + e.sleep_ms;
    while (real_ms() < until && !signals::stop_requested()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        app.poll_edits();
    }
}

// A touch, a click, the wheel or a key, at the event's place on the canvas.
void feed_input(App& app, const ReplayEvent& e) {
    const float x = e.x * static_cast<float>(app.canvas().width_px),
                y = e.y * static_cast<float>(app.canvas().height_px);
    switch (e.kind) {
        case ReplayEvent::Kind::down:
            app.feed_pointer(PointerEvent::Kind::down, e.finger, x, y);
            break;
        case ReplayEvent::Kind::move:
            app.feed_pointer(PointerEvent::Kind::move, e.finger, x, y);
            break;
        case ReplayEvent::Kind::up:
            app.feed_pointer(PointerEvent::Kind::up, e.finger, x, y);
            break;
        case ReplayEvent::Kind::click:
            // A mouse press and release: finger id -1 stands for the mouse.
            app.feed_pointer(PointerEvent::Kind::down, -1, x, y);
            app.advance_to(e.time_ms + 1);
            app.feed_pointer(PointerEvent::Kind::up, -1, x, y);
            break;
        case ReplayEvent::Kind::wheel:
            app.feed_wheel(e.y);
            break;
        case ReplayEvent::Kind::key:
            app.feed_key(key_from_name(e.argument));
            break;
        default:
            break;
    }
}

// One line of a replay that is not input: outputs, reloads and waits.
void perform(App& app, SdlRenderer& renderer, const ReplayEvent& e) {
    switch (e.kind) {
        case ReplayEvent::Kind::shot:
            paint_png(app, renderer, e.argument);
            break;
        case ReplayEvent::Kind::state:
            write_or_log(app.state_json(), e.argument);
            break;
        case ReplayEvent::Kind::layout:
            write_or_log(app.layout_dump(), e.argument);
            break;
        case ReplayEvent::Kind::reload:
            app.reload();
            break;
        case ReplayEvent::Kind::await:
            await_file(app, e);
            break;
        case ReplayEvent::Kind::metrics:
            app.write_health_now();
            break;
        case ReplayEvent::Kind::reloaded:
            await_reload(app, e);
            break;
        case ReplayEvent::Kind::sleep:
            sleep_real(app, e);
            break;
        default:
            feed_input(app, e);
            break;
    }
}

void play(App& app, SdlRenderer& renderer, const std::vector<ReplayEvent>& events) {
    for (const auto& e : events) {
        if (app.run_state().quit_requested || signals::stop_requested()) break;
        app.advance_to(e.time_ms);
        perform(app, renderer, e);
    }
    // Let glides and animations settle before the final outputs (what a visitor would
    // see a moment later); bounded, so a scene that never rests cannot hang a test.
    const double settle_until = app.now_ms() + 10000;
    do {
        app.advance_to(app.now_ms() + 1000.0 / 60.0);
    } while (app.settling() && app.now_ms() < settle_until);
}

}  // namespace

int run_headless(const Options& options) {
    signals::install();
    App app(options);
    app.load_configuration();
    app.load_content();
    const Config& c = app.config();
    auto renderer = SdlRenderer::create_headless(options.width_px.value_or(c.display.width_px),
                                                 options.height_px.value_or(c.display.height_px));
    if (!renderer) {
        log::error(renderer.error().to_string());
        return 1;
    }
    // The driver owns the renderer; the app lays out for its canvas and never draws.
    const std::unique_ptr<SdlRenderer> painter = std::move(renderer).value();
    app.set_canvas(painter->canvas());
    const bool replay = !options.replay.empty();
    if (replay) app.start_logging();
    // Only a replay can wait for edits. A replay is not a visitor: it is counted only
    // where asked (--analytics FILE). A preview (a screenshot) never writes the health
    // file: the kiosk running on the same computer owns it.
    app.begin({replay, !options.analytics.empty(), false, replay});
    service::write_ready_file(options.ready_file);
    if (replay) {
        auto script = load_replay(options.replay);
        if (!script) {
            std::cerr << script.error().to_string() << '\n';
            return 2;
        }
        play(app, *painter, script.value());
        if (signals::stop_requested()) {
            app.shutdown(std::string(signals::stop_signal_name()) + " during the replay");
            return 0;
        }
    }
    int rc = 0;
    if (!options.screenshot.empty() && !paint_png(app, *painter, options.screenshot)) rc = 1;
    if (!options.dump_layout.empty()) write_or_log(app.layout_dump(), options.dump_layout, &rc);
    if (!options.dump_state.empty()) write_or_log(app.state_json(), options.dump_state, &rc);
    return rc;
}

}  // namespace kiosk
