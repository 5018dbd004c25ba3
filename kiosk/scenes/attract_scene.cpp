#include "scenes/attract_scene.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "scenes/chrome.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

constexpr double fade_ms = 500;
// The loop draws only when its picture changes: the fades step 12 times a second, and
// what moves moves a whole pixel at a time, three times a second. Under Mesa's software
// GL a full frame at 1080p costs about 10 ms of a core whatever it shows, so the rate is
// the budget: about 4 frames a second on average, 4% of a core
// (scripts/measure_attract_cpu.sh).
constexpr double step_ms = 1000.0 / 12;

// Lines outside the window are left out; those near its edges along the way they travel
// fade in and out over `fade_px`.
bool place_moving_line(SceneLine& l, const AttractSlide& s, float dx, float dy) {
    l.box.x += dx;
    l.box.y += dy;
    l.baseline_y += dy;
    const RectF& w = s.window;
    const bool across = s.velocity_x_px_s != 0;
    if (across ? (l.box.x < w.x || l.box.right() > w.right()) : (l.box.y < w.y || l.box.bottom() > w.bottom()))
        return false;
    if (s.fade_px > 0) {
        const float edge = across ? std::min(l.box.x - w.x, w.right() - l.box.right())
                                  : std::min(l.box.y - w.y, w.bottom() - l.box.bottom());
        l.fg.a = static_cast<std::uint8_t>(std::lround(l.fg.a * std::clamp(edge / s.fade_px, 0.0f, 1.0f)));
    }
    return l.fg.a > 0;
}

}  // namespace

void AttractScene::layout(const SceneContext& ctx) {
    TextEngine& text = *ctx.text;
    const auto& theme = ctx.config->theme;
    const auto& screen = ctx.screen;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    reduced_motion_ = ctx.reduced_motion;
    slide_ms_ = ctx.config->attract.excerpt_seconds * 1000.0;
    paper_ = theme.paper;
    base_ = empty_geometry(screen.width_px, screen.height_px, theme.paper);
    const float body = nominal_body_px(ctx.config->typography, screen);

    // Every language the kiosk offers greets from the first glance: the default one first
    // and large, the others under it, smaller.
    AttractFrame frame;
    frame.body_px = body;
    frame.duration_s = static_cast<float>(slide_ms_ / 1000.0);
    frame.drifting_years = ctx.config->attract.drifting_years;
    frame.greeting = {ctx.language};
    for (const auto& l : ctx.config->behaviour.languages)
        if (l != ctx.language) frame.greeting.push_back(l);
    // The compositions speak each offered language in turn; a kiosk whose language is
    // one the telegram was translated into speaks that one alone.
    frame.languages = frame.greeting;
    if (ctx.document && ctx.language != ctx.document->language && ctx.document->translation(ctx.language))
        frame.languages = {ctx.language};

    // The main line is read from three metres: upright (the italic's hairlines vanish at
    // a distance), its capitals at least 20 mm tall on the configured screen, and never
    // more than 15% of the height a line (a small panel cannot hold 20 mm capitals).
    const float title_px = std::round(std::clamp(body * 2.1f, 28.0f, std::min(W, H) * 0.09f));
    const int probe = text.face(FontRole::display, 100.0f);
    const float cap_per_px =
        probe >= 0 ? std::max(0.3f, text.fonts().face(probe).metrics().cap_height_px / 100.0f) : 0.65f;
    frame.main_px =
        std::min(std::ceil(std::max(title_px, screen.mm(20.0f) / cap_per_px)), std::round(H * 0.15f / 1.2f));

    // The invitation: a large, calm button-like pill at the bottom, one line for each
    // language, the same in every composition.
    const float margin = std::round(std::max(16.0f, std::min(W, H) * 0.05f));
    const float invite_px = std::round(std::max(24.0f, title_px * 0.5f));
    std::vector<SceneLine> invites;
    float pill_w = 0, pill_h = invite_px * 0.6f;
    for (std::size_t i = 0; i < frame.greeting.size(); ++i) {
        const std::string& l = frame.greeting[i];
        const float px = i == 0 ? invite_px : std::round(std::max(18.0f, invite_px * 0.72f));
        SceneLine invite =
            make_label_line(text, ctx.words("attract.invite", l), text.face(FontRole::label_strong, px), {"kern"}, 0, 0,
                            std::round(px * 1.45f), theme.paper, theme.accent, "invite", "", Layer::fixed, l);
        pill_w = std::max(pill_w, invite.box.w + invite_px * 2.4f);
        pill_h += invite.box.h;
        invites.push_back(std::move(invite));
    }
    pill_w = std::min(pill_w, W - 16);
    pill_h = std::round(pill_h);
    const float pill_y = std::round(H - margin - pill_h);
    base_.rects.push_back({{std::round((W - pill_w) / 2), pill_y, std::round(pill_w), pill_h},
                           theme.accent,
                           Layer::fixed,
                           std::min(pill_h / 2, invite_px * 1.2f)});
    float iy = pill_y + invite_px * 0.3f;
    for (auto& invite : invites) {
        invite.box.x = std::round((W - invite.box.w) / 2);
        invite.box.y = iy;
        invite.baseline_y += iy;
        iy += invite.box.h;
        base_.lines.push_back(std::move(invite));
    }
    base_.targets.push_back({"wake", {0, 0, W, H}, Layer::fixed});

    frame.area = {margin, margin, W - 2 * margin, pill_y - margin - std::round(body * 1.2f)};
    slides_ = build_attract_slides(ctx, frame);
    composed_ = false;
    compose(0);
}

double AttractScene::loop_ms(double now_ms) const {
    // The loop's own clock starts a fade in, so the first composition is fully shown at
    // once: a still (or a preview) is never an empty page.
    const double t = now_ms + fade_ms;
    return reduced_motion_ ? t : std::floor(t / step_ms) * step_ms;
}

AttractScene::Moment AttractScene::moment_at(double now_ms) const {
    Moment m;
    if (slides_.empty()) return m;
    const double t = loop_ms(now_ms);
    m.slide = static_cast<std::size_t>(t / slide_ms_) % slides_.size();
    const double phase = std::fmod(t, slide_ms_);
    const AttractSlide& s = slides_[m.slide];
    // Under reduced motion each composition stands still where its movement is halfway.
    // Both ways at once: a whole pixel along the faster way, the other in proportion, so
    // a diagonal drift is one new picture per pixel, not two.
    const double moved_s = (reduced_motion_ ? slide_ms_ / 2 : phase) / 1000.0;
    const double pace = std::max(std::abs(s.velocity_x_px_s), std::abs(s.velocity_y_px_s));
    if (pace > 0) {
        const double along = std::round(pace * moved_s);
        m.dx_px = static_cast<int>(std::lround(along * s.velocity_x_px_s / pace));
        m.dy_px = static_cast<int>(std::lround(along * s.velocity_y_px_s / pace));
    }
    if (!reduced_motion_)
        m.alpha =
            static_cast<int>(std::lround(255 * std::clamp(std::min(phase, slide_ms_ - phase) / fade_ms, 0.0, 1.0)));
    return m;
}

double AttractScene::next_change_ms(double now_ms) const {
    const double t = loop_ms(now_ms);
    const double next = reduced_motion_ ? (std::floor(t / slide_ms_) + 1) * slide_ms_ : t + step_ms;
    return next - fade_ms;
}

void AttractScene::compose(double now_ms) {
    const Moment m = moment_at(now_ms);
    if (composed_ && m == shown_) return;  // the same picture as the last frame's
    composed_ = true;
    shown_ = m;
    geometry_ = base_;
    changed_ = true;
    if (slides_.empty()) return;
    const AttractSlide& s = slides_[m.slide];
    const auto dx = static_cast<float>(m.dx_px), dy = static_cast<float>(m.dy_px);
    geometry_.rects.insert(geometry_.rects.begin(), s.rects.begin(), s.rects.end());
    geometry_.images = s.images;
    for (SceneImage im : s.moving_images) {
        im.box.x += dx;
        im.box.y += dy;
        im.clip = s.window;
        geometry_.images.push_back(std::move(im));
    }
    geometry_.lines.insert(geometry_.lines.begin(), s.lines.begin(), s.lines.end());
    for (SceneLine l : s.moving_lines)
        if (place_moving_line(l, s, dx, dy)) geometry_.lines.push_back(std::move(l));
    // Fading in and out: the paper laid over the composition (pictures too), under the
    // invitation, which stays.
    if (m.alpha < 255) {
        Color veil = paper_;
        veil.a = static_cast<std::uint8_t>(255 - m.alpha);
        geometry_.overlay_rects.push_back(
            {{0, 0, static_cast<float>(geometry_.width_px), static_cast<float>(geometry_.height_px)},
             veil,
             Layer::content});
    }
}

bool AttractScene::update(double now_ms) {
    compose(now_ms);
    return false;  // ambient motion: nothing the visitor is waiting for
}

bool AttractScene::take_geometry_changed() {
    const bool c = changed_;
    changed_ = false;
    return c;
}

void AttractScene::dump_state(nlohmann::json& state) const {
    nlohmann::json a = {{"compositions", slides_.size()}, {"shown", shown_.slide}, {"alpha", shown_.alpha}};
    if (!slides_.empty()) {
        const AttractSlide& s = slides_[shown_.slide];
        a["kind"] = s.kind;
        a["language"] = s.language;
        a["subject"] = s.subject;
    }
    state["attract"] = std::move(a);
}

}  // namespace kiosk
