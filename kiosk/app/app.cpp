// Sections: 1. starting  2. scenes: showing, laying out, applying requests  3. input
// 4. time  5. curator mode. Drawing and the dumps: app_output.cpp.
#include "app/app.h"

#include <chrono>
#include <filesystem>
#include <future>

#include "app/clock.h"
#include "app/curator_info.h"
#include "app/gate_lock_file.h"
#include "app/report.h"
#include "core/limits.h"
#include "core/log.h"
#include "core/replace_file.h"
#include "core/route.h"
#include "platform/host_name.h"
#include "platform/image_file.h"
#include "platform/pin_hash.h"
#include "platform/process_memory.h"
#include "platform/signals.h"
#include "scenes/curator_scene.h"
#include "text/text_engine.h"

namespace kiosk {

App::App(Options options) : options_(std::move(options)), content_(image_file_size) {}
App::~App() = default;

// ---- 1. starting ------------------------------------------------------------------

void App::load_configuration() {
    content_.load_configuration({options_.config_path, options_.document, options_.local_config});
    run_.started_real_ms = real_ms();
    const Config& c = content_.config();
    settings_.set_defaults({options_.language.empty() ? c.behaviour.default_language : options_.language,
                            c.behaviour.reduced_motion || options_.reduced_motion, options_.high_contrast,
                            static_cast<std::size_t>(options_.text_step)});
    refresh_visitor_config();
}

void App::load_content() {
    content_.load_content();
}

void App::set_canvas(const Canvas& canvas) {
    canvas_ = canvas;
    gestures_ = GestureRecognizer(gesture_params());
    if (screens_.current()) relayout();
}

void App::start_logging() const {
    const auto& lc = config().log;
    log::Level level = log::Level::info;
    log::level_from_name(lc.level, level);
    log::set_level(level);
    if (lc.file.empty()) return;
    const std::string path = state_file_path(config().data_dir, lc.file);
    const std::string db = state_file_path(config().data_dir, config().analytics.path);
    if (const std::string why = not_own_state_file(path, {db, db + "-wal", config().metrics.textfile}); !why.empty())
        log::warn("log: " + why + "; the log goes to the journal only");
    else
        log::set_file(path, static_cast<std::size_t>(lc.max_kb) * 1024);
}

void App::begin(const Duties& duties) {
    narrator_.open_output(!duties.sound_card, options_.audio_out);
    metrics_on_ = duties.health_file;
    if (metrics_on_) metrics_.configure(config().metrics.textfile, config().metrics.interval_s, other_state_files());
    // A lock-out of the PIN pad outlasts a restart.
    // A preview or a replay beside the running kiosk reads it and leaves it as it is.
    const auto use = duties.own_state ? LockFileUse::owner : LockFileUse::look_only;
    if (const auto lock = load_gate_lock(state_file_path(config().data_dir, gate_lock_file), use))
        gate_.restore(*lock, now_ms_);
    show(options_.scene);
    if (duties.watch_files) watcher_.watch(content_.watched_folders(), own_files());
    // Counted: real visitors (as configured), or any run given --analytics FILE.
    const bool asked = !options_.analytics.empty();
    if (duties.count_visitors && (asked || config().analytics.enabled)) {
        const long long epoch_ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        auto store = AnalyticsStore::open(asked ? options_.analytics.front()
                                                : state_file_path(config().data_dir, config().analytics.path));
        if (store) {
            analytics_set_aside_ = !store.value()->set_aside().empty();
            store.value()->set_kiosk_name(kiosk_name(config()));  // a report over many kiosks names each
            session_.attach(std::move(store).value(), epoch_ms - static_cast<long long>(now_ms_));
        } else
            log::warn(store.error().to_string() + "; visitor counts are not kept");
    }
}

std::vector<std::string> App::own_files() const {
    const auto name = [](const std::string& path) { return std::filesystem::path(path).filename().string(); };
    return {name(config().metrics.textfile),        name(config().log.file),
            name(config().analytics.path),          name(config().analytics.path) + "-journal",
            name(config().analytics.path) + "-wal", name(config().analytics.path) + "-shm"};
}

std::vector<std::string> App::other_state_files() const {
    const std::string db = state_file_path(config().data_dir, config().analytics.path);
    return {db, db + "-wal", db + "-shm", db + "-journal", state_file_path(config().data_dir, config().log.file)};
}

KioskHealth App::health() const {
    KioskHealth h;
    h.name = kiosk_name(config());
    h.version = KIOSK_VERSION;
    h.uptime_s = (real_ms() - run_.started_real_ms) / 1000.0;
    h.frames_per_s = run_.frames_per_s;
    h.resident_bytes = resident_memory_kb() * 1024LL;
    h.content_version = content_.version();
    h.content_commit = content_.content_commit();
    h.last_reload_ok = content_.last_reload_ok();
    for (const auto& d : content_.problems()) h.content_errors += d.severity == Diagnostic::Severity::error;
    h.analytics_set_aside = analytics_set_aside_;
    h.sessions = session_.sessions_started();
    h.last_touch_age_s = idle_.last_input_ms() > 0 ? (now_ms_ - idle_.last_input_ms()) / 1000.0 : -1;
    h.frames = frames_.count();
    h.picture_changes = picture_changes_;
    h.frame_p50_ms = frames_.percentile(0.5);
    h.frame_p95_ms = frames_.percentile(0.95);
    h.frame_p99_ms = frames_.percentile(0.99);
    h.frames_dropped = frames_.dropped();
    return h;
}

void App::write_metrics(bool up) {
    KioskHealth h = health();
    h.up = up;
    metrics_.write(real_ms(), h);
}

void App::refresh_visitor_config() {
    if (metrics_on_)
        metrics_.configure(content_.config().metrics.textfile, content_.config().metrics.interval_s,
                           other_state_files());
    settings_.set_text_steps(content_.config().typography.text_size_steps);
    settings_.refresh(content_.config());
    idle_.set_timeout_ms(content_.config().behaviour.idle_timeout_ms);
    idle_.set_listen_grace_ms(content_.config().audio.idle_grace_s * 1000.0);
    narrator_.configure(content_.config().audio, content_.config().resolve(content_.config().audio.narration));
}

SceneContext App::context() const {
    SceneContext ctx;
    ctx.text = content_.text();
    ctx.config = &settings_.visitor_config();
    const auto& entries = content_.document_entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Document* doc = content_.document(i);
        DocumentDoor door{entries[i].title_in(settings_.language()), entries[i].event, doc != nullptr};
        const Config& c = content_.config();
        door.telegram = door.title.empty() && c.resolve(entries[i].file) == c.resolve(ContentConfig{}.document);
        if (door.title.empty() && doc) door.title = doc->display_title();
        ctx.documents.push_back(std::move(door));
    }
    ctx.document_index = content_.document(reading_) ? reading_ : 0;
    ctx.document = content_.document(ctx.document_index) ? content_.document(ctx.document_index) : content_.document();
    if (ctx.document_index < entries.size()) ctx.document_event = entries[ctx.document_index].event;
    ctx.screen = screen_metrics(config().display, canvas_.width_px, canvas_.height_px);
    ctx.language = settings_.language();
    ctx.words = content_.words();
    ctx.text_scale = settings_.text_scale();
    ctx.reduced_motion = settings_.reduced_motion();
    ctx.high_contrast = settings_.high_contrast();
    ctx.listen = narrator_.view();
    ctx.timeline = content_.timeline();
    ctx.has_timeline = content_.has_timeline();
    ctx.other_document = !options_.document.empty();
    ctx.image_size = [store = &content_](const std::string& path) { return store->image_size(path); };
    return ctx;
}

GestureParams App::gesture_params() const {
    const ScreenMetrics s = screen_metrics(config().display, canvas_.width_px, canvas_.height_px);
    const TouchConfig& t = config().touch;
    GestureParams p;
    p.slop_px = s.mm(t.slop_mm);
    p.long_press_ms = t.long_press_ms;
    p.double_tap_ms = t.double_tap_ms;
    p.double_tap_slop_px = s.mm(t.double_tap_slop_mm);
    p.min_fling_px_s = s.mm(t.min_fling_mm_s);
    p.max_fling_px_s = s.mm(t.max_fling_mm_s);
    return p;
}

// ---- 2. scenes ------------------------------------------------------------------------

void App::show(const std::string& name, const std::string& focus_event) {
    const bool first = !screens_.current();
    // "document:N" is the reader on the N-th document; "telegram", the reader on the first.
    std::string scene = name;
    if (const Route route = parse_route(name); route.is(Route::Kind::document)) {
        const int n = route.number();
        if (n >= 0 && content_.document(static_cast<std::size_t>(n))) {
            reading_ = static_cast<std::size_t>(n);
            scene = "telegram";
        }
    } else if (scene == "telegram" || scene == "reader") {
        reading_ = 0;
    }
    SceneSources sources;
    sources.fonts = content_.text() != nullptr;
    sources.document = content_.document() != nullptr;
    sources.timeline = content_.has_timeline();
    sources.has_event = [this](const std::string& id) { return content_.timeline()->find(id) != nullptr; };
    sources.problem = content_.load_problem();
    narrator_.stop();  // leaving a screen ends its reading
    // A short dip to paper between screens; none for the first screen or reduced motion.
    screens_.show(make_scene(scene, focus_event, sources), now_ms_, !first && !settings_.reduced_motion());
    gestures_.reset();
    focus_.clear();
    session_.screen_shown(now_ms_, screens_.current()->name());
    session_.event_selected(now_ms_, screens_.current()->selected_event());
    relayout();
}

void App::relayout() {
    Scene* scene = screens_.current();
    if (!scene) return;
    scene->layout(context());
    // Another language, new content: the text being read is not the one on screen.
    if (narrator_.active()) {
        const auto sel = scene->speech_selection();
        if (!sel || !narrator_.reading(sel->text_id, scene->geometry().speech)) {
            narrator_.stop();
            scene->layout(context());
        }
    }
    scene->take_geometry_changed();
    press_.clear();
    prepare_scene_glyphs(*scene);
}

void App::prepare_glyphs_if_changed() {
    Scene* scene = screens_.current();
    if (scene && scene->take_geometry_changed()) {
        picture_changed_ = true;
        ++picture_changes_;
        prepare_scene_glyphs(*scene);
    }
}

void App::prepare_scene_glyphs(const Scene& scene) {
    if (!content_.text()) return;
    GlyphAtlas& atlas = content_.text()->atlas();
    // A screen needs one or two pages; eight (8 MiB) means glyphs of many sizes and
    // languages have piled up over the months.
    if (atlas.keep_within(limits::glyph_atlas_pages))
        log::info("glyph atlas started afresh (it had grown past its limit)");
    prepare_glyphs(scene.geometry(), atlas);
}

void App::apply(const SceneRequest& req) {
    if (req.setting == "reload") {
        reload();
        relayout();
    } else if (req.setting == "quit") {
        log::info("quit from curator mode");
        run_.quit_requested = true;
    } else if (const Route pin = parse_route(req.setting); pin.is(Route::Kind::pin)) {
        apply_pin_key(pin.arg);
    } else if (!req.setting.empty()) {
        const std::string choice = settings_.apply(req.setting);
        refresh_visitor_config();
        if (req.setting.rfind("lang:", 0) == 0)
            session_.note(now_ms_, "language", choice);
        else if (!choice.empty())
            session_.note(now_ms_, "comfort", choice);
        relayout();
    }
    if (req.listen) listen();
    if (req.navigate_to == "curator:close")
        close_curator();
    else if (!req.navigate_to.empty())
        show(req.navigate_to, req.focus_event);
    keep_narration_on_screen();
    prepare_glyphs_if_changed();
}

void App::listen() {
    Scene* scene = screens_.current();
    if (!scene) return;
    const auto sel = scene->speech_selection();
    if (!sel) return;
    narrator_.toggle(*sel, scene->geometry().speech);
    session_.note(now_ms_, "listen", sel->text_id);
    relayout();  // the button now says Pause (or Resume)
}

void App::keep_narration_on_screen() {
    // The next card, the other reading: another text, so this one stops.
    Scene* scene = screens_.current();
    if (!narrator_.active() || !scene) return;
    const auto sel = scene->speech_selection();
    if (sel && sel->text_id == narrator_.text_id()) return;
    narrator_.stop();
    relayout();
}

std::vector<WordBox> App::heard_word_boxes() const {
    Scene* scene = screens_.current();
    const auto heard = narrator_.heard();
    if (!scene || !heard) return {};
    return word_boxes(scene->geometry(), heard->paragraph, heard->bytes);
}

void App::reload() {
    if (!content_.reload()) return;
    content_accepted();
}

void App::content_accepted() {
    refresh_visitor_config();
    // The content may live elsewhere now (a sync job's new release): watch where it is.
    if (watcher_.watching()) watcher_.watch(content_.watched_folders(), own_files());
    ++images_version_;  // image files may have changed: the renderer forgets its pictures
    // The visitor keeps their place: the scene lays itself out again with the new content.
    if (screens_.showing("fallback"))
        show("home");
    else
        relayout();
}

void App::reset_to_attract() {
    // The next visitor starts fresh: default language and comfort settings.
    settings_.reset();
    refresh_visitor_config();
    session_.end(now_ms_, idle_.last_input_ms());
    log::info("idle for " + std::to_string(config().behaviour.idle_timeout_ms / 1000) + " s: back to the attract loop");
    show("attract");
    give_back_free_memory();
}

// ---- 3. input ----------------------------------------------------------------------------

void App::on_gesture(const Gesture& g) {
    Scene* scene = screens_.current();
    if (!scene) return;
    if (g.kind == Gesture::Kind::press) {
        RectF box;
        press_.press(topmost_target(scene->geometry(), scene->scroll_px(), g.x_px, g.y_px, &box), box);
    } else if (g.kind != Gesture::Kind::long_press) {
        press_.clear();  // a drag, a pinch, or the tap itself
    }
    SceneRequest req;
    scene->on_gesture(g, now_ms_, req);
    apply(req);
    if (screens_.current()) session_.event_selected(now_ms_, screens_.current()->selected_event());
}

void App::feed_pointer(PointerEvent::Kind kind, int finger, float x_px, float y_px) {
    // Moves are coalesced: only a finger's latest position within a frame is acted on,
    // so a flood of moves (a noisy panel, a storm of fingers) costs what one frame does.
    if (kind == PointerEvent::Kind::move) {
        idle_.note_input(now_ms_);
        pending_moves_[finger] = {x_px, y_px};
        ++moves_.received;
        return;
    }
    flush_moves();
    handle_pointer(kind, finger, x_px, y_px);
}

void App::flush_moves() {
    if (pending_moves_.empty()) return;
    auto moves = std::move(pending_moves_);
    pending_moves_.clear();
    for (const auto& [finger, at] : moves) {
        ++moves_.handled;
        handle_pointer(PointerEvent::Kind::move, finger, at.first, at.second);
    }
}

void App::handle_pointer(PointerEvent::Kind kind, int finger, float x_px, float y_px) {
    idle_.note_input(now_ms_);
    if (kind == PointerEvent::Kind::down) {
        if (!in_curator())
            session_.start(now_ms_, settings_.language(), screens_.current() ? screens_.current()->name() : "");
        fingers_.down(finger, x_px, y_px, now_ms_);
    } else if (kind == PointerEvent::Kind::up || kind == PointerEvent::Kind::cancel) {
        fingers_.up(finger);
        if (!fingers_.any()) press_.clear();
    } else {
        fingers_.move(finger, x_px, y_px, now_ms_);
    }
    if (Scene* scene = screens_.current()) scene->on_pointer({kind, finger, x_px, y_px, now_ms_});
    if (kind == PointerEvent::Kind::down && !fingers_.swallowing()) {
        // The first touch on the attract loop wakes the kiosk, and one during the idle
        // warning dismisses it; neither also presses what lies under the finger.
        if (screens_.showing("attract")) {
            fingers_.swallow();
            show("home");
        } else if (idle_.dismiss_warning()) {
            fingers_.swallow();
        }
    }
    if (fingers_.still_swallowed()) return;
    for (const auto& g : gestures_.feed({kind, finger, x_px, y_px, now_ms_})) on_gesture(g);
}

void App::feed_key(Key key) {
    flush_moves();
    idle_.note_input(now_ms_);
    if (idle_.dismiss_warning()) return;
    if (screens_.showing("attract")) {
        show("home");
        return;
    }
    Scene* scene = screens_.current();
    if (!scene) return;
    // The keyboard reaches whatever a finger can: Tab moves the focus ring, Enter (or
    // Space) taps what it is on. Other keys, and Enter with no focus, go to the scene.
    if (key == Key::tab || key == Key::shift_tab) {
        focus_.step(scene->geometry(), scene->scroll_px(), key == Key::shift_tab);
        if (const auto to = focus_.scroll_to_show(scene->geometry(), scene->scroll_px())) scene->set_scroll_px(*to);
        return;
    }
    if ((key == Key::enter || key == Key::space) && focus_.active()) {
        if (const auto box = focus_.box(scene->geometry(), scene->scroll_px())) {
            Gesture tap;
            tap.kind = Gesture::Kind::tap;
            tap.x_px = box->x + box->w / 2;
            tap.y_px = box->y + box->h / 2;
            tap.time_ms = now_ms_;
            on_gesture(tap);
            if (screens_.current()) focus_.validate(screens_.current()->geometry());
            return;
        }
    }
    SceneRequest req;
    scene->on_key(key, now_ms_, req);
    apply(req);
    if (screens_.current()) focus_.validate(screens_.current()->geometry());
}

void App::feed_wheel(float steps) {
    flush_moves();
    idle_.note_input(now_ms_);
    idle_.dismiss_warning();
    if (Scene* scene = screens_.current()) scene->on_wheel(steps, now_ms_);
}

// ---- 4. time ----------------------------------------------------------------------------

bool App::tick(double now_ms) {
    flush_moves();  // moved before this frame's time: acted on at their own time
    now_ms_ = now_ms;
    Scene* scene = screens_.current();
    const bool exempt = !scene || screens_.showing("attract") || screens_.showing("fallback");
    for (int id : fingers_.newly_stuck(now_ms_))
        log::warn("touch " + std::to_string(id) + " has not moved for " +
                  std::to_string(static_cast<int>(Fingers::stuck_after_ms / 1000)) +
                  " s: taken for a fault of the touch screen; it no longer holds off the idle reset");
    // Someone listening is a visitor too: the narration holds the idle time still.
    if (narrator_.playing()) idle_.note_listening(now_ms_);
    if (idle_.check(now_ms_, fingers_.any_live(now_ms_), exempt) == IdlePolicy::Verdict::reset) reset_to_attract();
    const CornerHold hold{static_cast<float>(canvas_.width_px), static_cast<float>(canvas_.height_px),
                          gestures_.params().slop_px * 2, static_cast<double>(config().curator.hold_ms)};
    if (screens_.current() && !in_curator() && CuratorGate::corners_held(fingers_, now_ms_, hold)) open_curator();
    for (const auto& g : gestures_.tick(now_ms_)) on_gesture(g);
    bool moving = false;
    const Narrator::Tick heard = narrator_.tick(now_ms_);
    if (heard.finished) relayout();  // Listen again
    if ((scene = screens_.current())) {
        if (heard.word_changed && !fingers_.any()) {
            // The page follows the voice, unless a finger holds it.
            const auto boxes = heard_word_boxes();
            if (!boxes.empty() && boxes.front().layer == Layer::content) scene->follow(boxes.front().box, now_ms_);
        }
        moving = scene->update(now_ms_) || heard.word_changed;
        prepare_glyphs_if_changed();
    }
    return moving || screens_.transitioning(now_ms_) || idle_.warning();
}

void App::advance_to(double target_ms) {
    // The virtual clock advances in 60 Hz frames so animations see what a screen would.
    constexpr double frame_ms = 1000.0 / 60.0;
    while (now_ms_ + frame_ms <= target_ms) tick(now_ms_ + frame_ms);
    if (target_ms > now_ms_) tick(target_ms);
}

bool App::poll_edits() {
    // Health for node_exporter, every few seconds while the kiosk runs.
    if (metrics_.due(real_ms())) write_metrics(true);
    // An edit is read on a thread of its own; the frames go on with the old content
    // until the new is ready, then it is shown at once.
    if (watcher_.edit_ready(real_ms()) || signals::take_reload_request()) content_.reload_in_background();
    const auto accepted = content_.poll_reload();
    if (!accepted) return false;
    if (*accepted) content_accepted();
    if (metrics_.due(real_ms())) write_metrics(true);  // at once: the fleet sees the new version
    return true;
}

bool App::ambient() const {
    return screens_.current() && screens_.current()->ambient();
}

double App::next_picture_ms() const {
    return screens_.current() ? screens_.current()->next_change_ms(now_ms_) : now_ms_ + 1000.0 / 60.0;
}

bool App::take_picture_changed() {
    const bool c = picture_changed_;
    picture_changed_ = false;
    return c;
}

bool App::settling() {
    Scene* scene = screens_.current();
    return scene && (scene->update(now_ms_) || screens_.transitioning(now_ms_));
}

void App::shutdown(const std::string& why) {
    // The visitor's session is closed and the counts written before the process goes.
    narrator_.stop();
    session_.end(now_ms_, idle_.last_input_ms());
    session_.close();
    write_metrics(false);
    log::info("stopping: " + why);
}

// ---- 5. curator mode ------------------------------------------------------------------------

void App::open_curator() {
    log::info("curator mode requested");
    configure_gate();
    gate_.open_pad();
    auto pad = [this] {
        return PinPadView{gate_.digits_entered(), gate_.error(), gate_.locked_for_ms(now_ms_), gate_.unlocked(),
                          !gate_.has_pin()};
    };
    auto info = [this] {
        return curator_info(content_, run_, screen_metrics(config().display, canvas_.width_px, canvas_.height_px),
                            session_.sink(), narrator_.output_description(), frames_);
    };
    // This kiosk's visitors over the last 90 days: read off the frame loop from the
    // moment curator mode opens (the database groups the rows: AnalyticsStore::
    // grouped_rows), and ready, as a rule, before the PIN is typed.
    Options o = options_;
    o.report_from = local_day(static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                         std::chrono::system_clock::now().time_since_epoch())
                                                         .count()) -
                              90LL * 86400000);
    o.report_to.clear();
    std::shared_future<VisitorReport> reading =
        std::async(std::launch::async, [o, cfg = config(), timeline = content_.snapshot().timeline] {
            auto report = gather_report(o, cfg, timeline.get());
            if (!report) log::warn(report.error().to_string() + "; the visitors' page is empty");
            return report ? report.value() : VisitorReport{};
        }).share();
    auto visitors = [reading] { return reading.get(); };
    screens_.show_over(std::make_unique<CuratorScene>(pad, info, visitors));
    if (fingers_.any()) fingers_.swallow();
    gestures_.reset();
    relayout();
}

void App::configure_gate() {
    const CuratorConfig& c = config().curator;
    if (!c.pin_hash.empty())
        gate_.set_verifier([hash = c.pin_hash](const std::string& pin) { return verify_pin(pin, hash); }, true);
    else
        gate_.set_verifier([pin = c.pin](const std::string& entered) { return pin_matches(entered, pin); },
                           !c.pin.empty());
}

void App::apply_pin_key(const std::string& key) {
    const CuratorGate::Outcome outcome = gate_.press(key, now_ms_);
    // Every try is logged (never the digits), and the count kept across restarts.
    bool a_try = true;
    switch (outcome) {
        case CuratorGate::Outcome::unlocked:
            log::info("curator mode opened with the right PIN");
            break;
        case CuratorGate::Outcome::wrong:
            log::warn("curator mode: a wrong PIN (" + std::to_string(gate_.lock_state(now_ms_).wrong_in_row) +
                      " in a row)");
            break;
        case CuratorGate::Outcome::locked_out:
            log::warn("curator mode: a wrong PIN; the pad is locked for " +
                      std::to_string(static_cast<int>(gate_.locked_for_ms(now_ms_) / 1000)) + " s (lock-out " +
                      std::to_string(gate_.lock_state(now_ms_).lockouts) + ")");
            break;
        default:
            a_try = false;
    }
    if (a_try) save_gate_lock(gate_.lock_state(now_ms_), state_file_path(config().data_dir, gate_lock_file));
    if (outcome == CuratorGate::Outcome::cancelled)
        close_curator();
    else
        relayout();
}

void App::close_curator() {
    if (screens_.resume()) {
        gestures_.reset();
        relayout();
    } else {
        show("home");
    }
}

}  // namespace kiosk
