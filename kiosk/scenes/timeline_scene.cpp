// Sections: 1. layout and the opening view  2. actions (cards, the story, clusters,
// zoom)  3. gestures, wheel, keys  4. motion  5. state.
#include "scenes/timeline_scene.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/route.h"
#include "scenes/marker_groups.h"
#include "scenes/palette.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

constexpr double glide_time_constant_ms = 325;  // the same glide as the reader's pages
constexpr double animation_ms = 260;            // zooms and jumps; GUIDE: at most 300 ms
constexpr double days_per_year = 365.2425;

// "1914", "1914-06", "1914-06-28" → the first (or, for an end, the last) day it means.
std::optional<double> day_of_partial(const std::string& s, bool end) {
    CalendarDate d;
    char extra = 0;
    const int got = std::sscanf(s.c_str(), "%d-%d-%d%c", &d.year, &d.month, &d.day, &extra);
    if (got < 1 || got > 3) return std::nullopt;
    if (got < 3) d.day = 0;
    if (got < 2) d.month = 0;
    return static_cast<double>(end ? d.last_day() + 1 : d.first_day());
}

// Each event brings room for about a label and a half around its date; empty years
// move at a fiftieth of that. Spans count by their start (the label is there).
std::shared_ptr<const StoryWarp> story_warp(const Timeline* timeline, double from_day, double to_day) {
    if (!timeline || timeline->events.size() < 3) return nullptr;
    std::vector<double> days;
    for (const auto& e : timeline->events) days.push_back(e.start_day());
    const double room_days = 1.5 * days_per_year;
    return std::make_shared<const StoryWarp>(std::move(days), from_day, to_day, room_days, 1.0 / (room_days * 50.0));
}

}  // namespace

// ---- 1. layout ---------------------------------------------------------------------------

void TimelineScene::layout(const SceneContext& ctx) {
    ctx_ = ctx;
    text_cache_.clear();
    group_colours_ = {{"", group_colour(ctx, "")}};
    if (ctx.timeline)
        for (const auto& g : ctx.timeline->groups) group_colours_[g] = group_colour(ctx, g);
    measure();
    prepare_labels(LabelStyle::full);

    double min_day = 0, max_day = 1;
    if (ctx.timeline && !ctx.timeline->events.empty()) {
        min_day = ctx.timeline->events.front().start_day();
        max_day = min_day;
        for (const auto& e : ctx.timeline->events) max_day = std::max(max_day, e.end_day());
        for (const auto& e : ctx.timeline->eras) {
            min_day = std::min(min_day, static_cast<double>(e.start.first_day()));
            max_day = std::max(max_day, static_cast<double>(e.end.last_day()));
        }
    }
    // A little room at both ends so the first and last markers are not on the edge.
    const double pad = std::max(365.0, (max_day - min_day) * 0.03);
    const double old_from = scale_.from_day(), old_to = scale_.to_day();
    scale_.set_pixels(m_.margin, static_cast<float>(ctx.screen.width_px) - m_.margin);
    scale_.set_warp(story_warp(ctx.timeline, min_day - pad, max_day + pad));
    compressed_ = scale_.warp().compressed(8 * days_per_year);
    scale_.set_limits(min_day - pad, max_day + pad, 120, max_day - min_day + 2 * pad);
    const float strip_w = static_cast<float>(ctx.screen.width_px) - 2 * m_.margin;
    const float strip_need =
        strip_.prepare(ctx, strip_w, m_.small_px, std::min(m_.small_px, 12.0f), min_day - pad, max_day + pad,
                       [this](const TimelineEvent& e) { return category_color(e.group); });
    m_.strip_h = std::max(m_.finger_px, strip_need);
    arrange();
    // Where full labels would stand in fewer than three lanes, one-line labels.
    const float open_room = m_.open_axis_y - m_.finger_px / 2 - 2 - m_.chip_h - plot_top();
    if (open_room < 3 * m_.lane_h) {
        prepare_labels(LabelStyle::one_line);
        arrange();
    }

    if (!laid_out_) {
        laid_out_ = true;
        choose_opening_range();
        const int index = ctx.timeline ? ctx.timeline->index_of(opening_event_) : -1;
        if (opening_ == Opening::card && index >= 0)
            show_event(index, 0, false);
        else if (opening_ == Opening::overview && ctx.config->timeline.title_slide)
            show_title(0);
    } else {
        scale_.set_range(old_from, old_to);  // a new size or language keeps the visitor's view
        if (slide_ == Slide::event && (!ctx.timeline || ctx.timeline->index_of(selected_) < 0)) close_slide();
        build_slide();
    }
    rebuild();
}

void TimelineScene::choose_opening_range() {
    scale_.set_range(scale_.from_day() - 1e9, scale_.to_day() + 1e9);  // the whole span, within the limits
    const Timeline* tl = ctx_.timeline;
    auto centre_on = [&](const TimelineEvent& ev, double span) {
        const double mid = (ev.start_day() + ev.end_day()) / 2;
        scale_.set_range(mid - span / 2, mid + span / 2);
    };
    if (opening_ != Opening::overview) {
        if (const TimelineEvent* ev = tl ? tl->find(opening_event_) : nullptr) centre_on(*ev, 8 * days_per_year);
        return;
    }
    const auto& cfg = ctx_.config->timeline;
    const auto from = day_of_partial(cfg.opening_from, false), to = day_of_partial(cfg.opening_to, true);
    const double span = from && to && *to > *from ? *to - *from : 20 * days_per_year;
    if (const TimelineEvent* ev = tl && !cfg.start_at.empty() ? tl->find(cfg.start_at) : nullptr)
        centre_on(*ev, span);
    else if (from && to && *to > *from)
        scale_.set_range(*from, *to);
}

// ---- 2. actions -----------------------------------------------------------------------------

void TimelineScene::show_title(double) {
    slide_ = Slide::title;
    selected_.clear();
    chooser_.clear();
    build_slide();
}

void TimelineScene::show_event(int index, double now_ms, bool glide) {
    if (!ctx_.timeline || index < 0 || index >= static_cast<int>(ctx_.timeline->events.size())) return;
    slide_ = Slide::event;
    selected_ = ctx_.timeline->events[static_cast<std::size_t>(index)].id;
    chooser_.clear();
    build_slide();
    if (glide) glide_to_event(index, now_ms);
}

void TimelineScene::close_slide() {
    slide_ = Slide::none;
    selected_.clear();
    card_ = Card{};
    card_scroll_.set_bounds(0, 0);
    arrange();
}

void TimelineScene::step(int direction, double now_ms) {
    if (!ctx_.timeline || ctx_.timeline->events.empty()) return;
    const int count = static_cast<int>(ctx_.timeline->events.size());
    if (slide_ == Slide::title || slide_ == Slide::none) {
        if (direction > 0) show_event(0, now_ms, true);  // the story starts at its beginning
        return;
    }
    const int i = ctx_.timeline->index_of(selected_);
    if (i + direction < 0)
        show_title(now_ms);  // before the first event: the title slide
    else if (i + direction < count)
        show_event(i + direction, now_ms, true);
    // Past the last event: the button says "The end", and nothing moves.
}

void TimelineScene::glide_to_event(int index, double now_ms) {
    // The timeline glides underneath so the event stands in the middle, at this zoom.
    const TimelineEvent& ev = ctx_.timeline->events[static_cast<std::size_t>(index)];
    const double span = scale_.span_units();
    const double mid = scale_.warp().units_of((ev.start_day() + ev.end_day()) / 2);
    animate_to_units(mid - span / 2, mid + span / 2, now_ms);
}

void TimelineScene::open_cluster(const std::vector<int>& events, double now_ms) {
    if (events.empty()) return;
    if (events.size() <= max_cluster_events) {
        // A short list to choose from, over the cluster.
        chooser_ = events;
        chooser_scroll_px_ = 0;
        chooser_x_ = scale_.x_of(ctx_.timeline->events[static_cast<std::size_t>(events.front())].start_day());
        rebuild();
        return;
    }
    // Many: zoom to fit them, which spreads them apart (never into an empty view).
    double a = 1e18, b = -1e18;
    for (int i : events) {
        a = std::min(a, ctx_.timeline->events[static_cast<std::size_t>(i)].start_day());
        b = std::max(b, ctx_.timeline->events[static_cast<std::size_t>(i)].start_day());
    }
    const StoryWarp& w = scale_.warp();
    const double ua = w.units_of(a), ub = w.units_of(b);
    const double pad = std::max(60.0 * w.density_at(a), (ub - ua) * 0.12);
    animate_to_units(ua - pad, ub + pad, now_ms);
}

void TimelineScene::zoom_by(double factor, double now_ms) {
    TimeScale target = scale_;
    target.zoom(factor, (scale_.x0_px() + scale_.x1_px()) / 2);
    animate_to_units(target.from_units(), target.to_units(), now_ms);
}

void TimelineScene::move_window_to(float strip_x) {
    // The window's centre follows the finger on the strip; the span stays.
    const double centre = scale_.warp().units_of(strip_.day_at(strip_x));
    const double span = scale_.span_units();
    scale_.set_range_units(centre - span / 2, centre + span / 2);
    animating_ = gliding_ = false;
    rebuild();
}

void TimelineScene::tap(float x, float y, double now_ms, SceneRequest& req) {
    const std::string id = target_at(geometry_, scroll_px(), x, y);
    const Route route = parse_route(id);
    if (!chooser_.empty() && !route.is(Route::Kind::event)) {  // a tap beside the list closes it
        chooser_.clear();
        rebuild();
        return;
    }
    if (legend_open_ && id != "timeline:key") {
        legend_open_ = false;
        rebuild();
        if (id == "timeline:legend") return;
    }
    if (id == "home")
        req.navigate_to = "home";
    else if (id == "card:listen")
        req.listen = true;
    else if (id == "telegram")
        req.navigate_to = "telegram";
    else if (route.is(Route::Kind::card_read))
        req.navigate_to = "document:" + route.arg;
    else if (id == "card-close" || id == "card-backdrop") {
        close_slide();
        rebuild();
    } else if (id == "card:more") {
        // A page down, the first line not wholly shown coming to the top; at the end,
        // back to the top.
        const double pos = card_scroll_.position();
        const double to = pos >= card_scroll_.max() - 0.5 ? 0.0 : card_page_down(card_, static_cast<float>(pos));
        card_scroll_.animate_to(to, now_ms, ctx_.reduced_motion ? 0.0 : 250.0);
    } else if (id == "card:scrollbar") {
        scroll_card_to_bar(y, now_ms, true);
    } else if (id == "card:next")
        step(+1, now_ms);
    else if (id == "card:prev")
        step(-1, now_ms);
    else if (route.is(Route::Kind::event) && ctx_.timeline)
        show_event(ctx_.timeline->index_of(route.arg), now_ms, true);
    else if (route.is(Route::Kind::cluster) && ctx_.timeline) {
        std::vector<int> events;
        for (const auto& member : route.ids())
            if (const int i = ctx_.timeline->index_of(member); i >= 0) events.push_back(i);
        open_cluster(events, now_ms);
    } else if (id == "timeline:start")
        show_title(now_ms);
    else if (id == "timeline:zoom-in")
        zoom_by(2.0, now_ms);
    else if (id == "timeline:zoom-out")
        zoom_by(0.5, now_ms);
    else if (id == "timeline:all")
        animate_to_units(-1e18, 1e18, now_ms);
    else if (id == "timeline:key")
        legend_open_ = !legend_open_;
    else if (id == "timeline:overview") {
        const double centre = scale_.warp().units_of(strip_.day_at(x)), span = scale_.span_units();
        animate_to_units(centre - span / 2, centre + span / 2, now_ms);
    }
    rebuild();
}

// ---- 3. gestures, wheel, keys -------------------------------------------------------------------

// A drag begins: what it moves is decided by where it starts (the chooser, the card's
// scroll bar, the card, the overview strip, else the timeline).
void TimelineScene::begin_drag(const Gesture& g, bool on_card) {
    drag_start_x_ = g.x_px;
    drag_start_y_ = g.y_px;
    drag_dx_ = 0;
    drag_decided_ = false;
    if (!chooser_.empty() && chooser_box_.contains(g.x_px, g.y_px))
        drag_ = DragMode::chooser_scroll;
    else if (on_card && target_at(geometry_, scroll_px(), g.x_px, g.y_px) == "card:scrollbar")
        drag_ = DragMode::card_bar;
    else if (on_card)
        drag_ = DragMode::card_scroll;  // or a swipe: decided by the first step
    else if (strip_.box().contains(g.x_px, g.y_px)) {
        drag_ = DragMode::strip;
        // Grabbed inside the window: it moves without jumping under the finger.
        const float wx0 = strip_.x_of(scale_.from_day()), wx1 = strip_.x_of(scale_.to_day());
        strip_grab_dx_ = g.x_px >= wx0 && g.x_px <= wx1 ? (wx0 + wx1) / 2 - g.x_px : 0;
    } else {
        drag_ = DragMode::pan;
    }
}

void TimelineScene::continue_drag(const Gesture& g, double now_ms) {
    if (drag_ == DragMode::card_scroll && !drag_decided_) {
        drag_decided_ = true;
        if (std::abs(g.dx_px) > std::abs(g.dy_px)) drag_ = DragMode::card_swipe;
    }
    if (drag_ == DragMode::chooser_scroll) {
        chooser_scroll_px_ -= g.dy_px;
        rebuild();
    } else if (drag_ == DragMode::pan) {
        animating_ = false;
        scale_.pan_px(g.dx_px);
        rebuild();
    } else if (drag_ == DragMode::strip) {
        move_window_to(g.x_px + strip_grab_dx_);
    } else if (drag_ == DragMode::card_bar) {
        scroll_card_to_bar(g.y_px, now_ms, false);
    } else if (drag_ == DragMode::card_scroll) {
        card_scroll_.drag_by(-g.dy_px);
    } else if (drag_ == DragMode::card_swipe) {
        drag_dx_ += g.dx_px;
    }
}

// A drag ends: the timeline glides on, the card's text flings, a swipe turns the card.
void TimelineScene::end_drag(const Gesture& g, double now_ms) {
    if (drag_ == DragMode::pan && !ctx_.reduced_motion && g.vx_px_s != 0) {
        gliding_ = true;
        glide_v_px_ms_ = g.vx_px_s / 1000.0;
        glide_start_ms_ = glide_last_ms_ = now_ms;
    } else if (drag_ == DragMode::card_scroll && !ctx_.reduced_motion) {
        card_scroll_.fling(-g.vy_px_s, now_ms);
    } else if (drag_ == DragMode::card_swipe) {
        // A swipe to the left turns to the next card, as a page would.
        const bool far = std::abs(drag_dx_) > m_.finger_px * 1.5f;
        const bool fast = std::abs(g.vx_px_s) > m_.finger_px * 6;
        if (far || fast) step(drag_dx_ < 0 || (!far && g.vx_px_s < 0) ? +1 : -1, now_ms);
        rebuild();
    }
    drag_ = DragMode::none;
}

void TimelineScene::on_gesture(const Gesture& g, double now_ms, SceneRequest& req) {
    const bool on_card = slide_ != Slide::none && card_.frame.contains(g.x_px, g.y_px);
    switch (g.kind) {
        case Gesture::Kind::press:
            gliding_ = false;  // a finger stops the glide, as on a phone
            card_scroll_.stop();
            break;
        case Gesture::Kind::drag_begin:
            begin_drag(g, on_card);
            break;
        case Gesture::Kind::drag:
            continue_drag(g, now_ms);
            break;
        case Gesture::Kind::drag_end:
            end_drag(g, now_ms);
            break;
        case Gesture::Kind::pinch_begin:
            gliding_ = animating_ = false;
            drag_ = DragMode::none;
            break;
        case Gesture::Kind::pinch:
            if (!on_card) {
                // Zoom around the fingers' previous centre, then let that day follow the
                // centre's move: the day between the fingers stays between them. (Zoom
                // first: at the whole span there is no room to pan.)
                scale_.zoom(g.scale, g.x_px - g.dx_px);
                scale_.pan_px(g.dx_px);
                rebuild();
            }
            break;
        case Gesture::Kind::double_tap:
            if (!on_card && target_at(geometry_, scroll_px(), g.x_px, g.y_px).empty()) {
                TimeScale target = scale_;
                target.zoom(2.5, g.x_px);
                animate_to_units(target.from_units(), target.to_units(), now_ms);
            }
            break;
        case Gesture::Kind::tap:
            tap(g.x_px, g.y_px, now_ms, req);
            break;
        default:
            break;
    }
}

void TimelineScene::on_wheel(float steps, double) {
    if (slide_ != Slide::none) {
        card_scroll_.set_position(card_scroll_.position() - steps * m_.label_px * 3);
        return;
    }
    scale_.zoom(std::pow(1.25, steps), (scale_.x0_px() + scale_.x1_px()) / 2);
    rebuild();
}

void TimelineScene::on_key(Key key, double now_ms, SceneRequest& req) {
    if (key == Key::escape) {
        if (!chooser_.empty() || legend_open_) {
            chooser_.clear();
            legend_open_ = false;
        } else if (slide_ != Slide::none) {
            close_slide();
        } else {
            req.navigate_to = "home";
        }
        rebuild();
        return;
    }
    if (slide_ != Slide::none && (key == Key::left || key == Key::right)) {
        step(key == Key::right ? +1 : -1, now_ms);
        rebuild();
        return;
    }
    if (slide_ != Slide::none && (key == Key::up || key == Key::down || key == Key::page_up || key == Key::page_down ||
                                  key == Key::home || key == Key::end)) {
        // With a card open the scrolling keys scroll its text, as on any page.
        const double line = std::round(m_.label_px * 1.6),
                     page = std::max(line, static_cast<double>(card_.body.h) - line);
        const double pos = card_scroll_.position();
        const double to = key == Key::up          ? pos - 3 * line
                          : key == Key::down      ? pos + 3 * line
                          : key == Key::page_up   ? pos - page
                          : key == Key::page_down ? pos + page
                          : key == Key::home      ? 0.0
                                                  : card_scroll_.max();
        card_scroll_.animate_to(to, now_ms, ctx_.reduced_motion ? 0.0 : 200.0);
        return;
    }
    if (slide_ == Slide::title && (key == Key::enter || key == Key::space)) {
        step(+1, now_ms);
        rebuild();
        return;
    }
    const float quarter = (scale_.x1_px() - scale_.x0_px()) / 4;
    TimeScale target = scale_;
    switch (key) {
        case Key::left:
            target.pan_px(quarter);
            break;
        case Key::right:
            target.pan_px(-quarter);
            break;
        case Key::plus:
        case Key::up:
            target.zoom(1.6, (scale_.x0_px() + scale_.x1_px()) / 2);
            break;
        case Key::minus:
        case Key::down:
            target.zoom(1 / 1.6, (scale_.x0_px() + scale_.x1_px()) / 2);
            break;
        case Key::home:
            show_title(now_ms);
            rebuild();
            return;
        default:
            return;
    }
    animate_to_units(target.from_units(), target.to_units(), now_ms);
}

// ---- 4. motion ---------------------------------------------------------------------------------

void TimelineScene::animate_to_units(double from_units, double to_units, double now_ms) {
    gliding_ = false;
    TimeScale target = scale_;
    target.set_range_units(from_units, to_units);  // within the limits
    if (ctx_.reduced_motion) {
        scale_ = target;
        rebuild();
        return;
    }
    animating_ = true;
    anim_start_ms_ = now_ms;
    anim_from0_ = scale_.from_units();
    anim_to0_ = scale_.to_units();
    anim_from1_ = target.from_units();
    anim_to1_ = target.to_units();
}

bool TimelineScene::update(double now_ms) {
    bool moved = false;
    if (gliding_) {
        const double t0 = glide_last_ms_ - glide_start_ms_, t1 = now_ms - glide_start_ms_;
        const double tau = glide_time_constant_ms;
        const double dx = glide_v_px_ms_ * tau * (std::exp(-t0 / tau) - std::exp(-t1 / tau));
        const double before = scale_.from_units();
        scale_.pan_px(static_cast<float>(dx));
        glide_last_ms_ = now_ms;
        const double v_px_s = std::abs(glide_v_px_ms_ * std::exp(-t1 / tau)) * 1000.0;
        if (v_px_s < 4.0 || (scale_.from_units() == before && dx != 0)) gliding_ = false;
        moved = true;
    }
    if (animating_) {
        const double u = (now_ms - anim_start_ms_) / animation_ms;
        const double e = u >= 1 ? 1.0 : 1.0 - std::pow(1.0 - u, 3.0);
        scale_.set_range_units(anim_from0_ + (anim_from1_ - anim_from0_) * e, anim_to0_ + (anim_to1_ - anim_to0_) * e);
        if (u >= 1) animating_ = false;
        moved = true;
    }
    if (moved) rebuild();
    const bool scrolling = card_scroll_.update(now_ms);
    return gliding_ || animating_ || scrolling;
}

std::optional<SpeechSelection> TimelineScene::speech_selection() const {
    if (slide_ == Slide::none || card_.speech.empty()) return std::nullopt;
    const std::string id = slide_ == Slide::title ? "title" : selected_;
    return SpeechSelection{"event:" + id, id, 0};
}

void TimelineScene::scroll_card_to_bar(float y_px, double now_ms, bool animate) {
    // The bar stands for the whole body: the finger's height on it is the middle of
    // what shows.
    const RectF& b = card_.body;
    if (b.h <= 0) return;
    const double share = std::clamp((y_px - b.y) / b.h, 0.0f, 1.0f);
    const double to = std::clamp(share * card_.body_height_px - b.h / 2, 0.0, card_scroll_.max());
    if (animate)
        card_scroll_.animate_to(to, now_ms, ctx_.reduced_motion ? 0.0 : 200.0);
    else
        card_scroll_.set_position(to);
}

void TimelineScene::follow(const RectF& box, double now_ms) {
    // The card's body scrolls to keep the word being read in its upper two thirds.
    const float view = card_.body.h;
    const float top = scroll_px();
    if (drag_ != DragMode::none || (box.y >= top && box.bottom() <= top + view * 0.67f)) return;
    const double target = std::clamp(static_cast<double>(box.y - view / 4), 0.0, card_scroll_.max());
    card_scroll_.animate_to(target, now_ms, ctx_.reduced_motion ? 0.0 : 500.0);
}

bool TimelineScene::take_geometry_changed() {
    const bool c = changed_;
    changed_ = false;
    return c;
}

std::vector<SceneRect> TimelineScene::dynamic_overlay() const {
    // A slim bar beside a card whose text scrolls: where the reader is in it.
    if (slide_ == Slide::none || card_.body_height_px <= card_.body.h + 1) return {};
    const RectF& b = card_.body;
    // A bar a finger can find and drag: wide, in the gutter right of the text.
    const float track_w = std::max(8.0f, m_.small_px * 0.45f);
    const float x = std::round((card_.body.right() + card_.frame.right()) / 2 - track_w / 2);
    const float thumb_h = std::max(track_w * 6, b.h * b.h / card_.body_height_px);
    const float max = std::max(1.0f, card_.body_height_px - b.h);
    const float thumb_y = b.y + (b.h - thumb_h) * (scroll_px() / max);
    const auto& theme = ctx_.config->theme;
    return {{{x, b.y, track_w, b.h}, theme.bar, Layer::fixed, track_w / 2},
            {{x, thumb_y, track_w, thumb_h}, theme.muted, Layer::fixed, track_w / 2}};
}

// ---- 5. state ----------------------------------------------------------------------------------

void TimelineScene::dump_state(nlohmann::json& state) const {
    nlohmann::json chooser = nlohmann::json::array();
    for (int i : chooser_) chooser.push_back(ctx_.timeline->events[static_cast<std::size_t>(i)].id);
    state["timeline"] = {{"from", iso_from_days(static_cast<long>(std::floor(scale_.from_day())))},
                         {"to", iso_from_days(static_cast<long>(std::floor(scale_.to_day())))},
                         {"from_day", scale_.from_day()},
                         {"to_day", scale_.to_day()},
                         {"from_units", scale_.from_units()},
                         {"to_units", scale_.to_units()},
                         {"lanes", lanes_},
                         {"moving", gliding_ || animating_},
                         {"title_slide", slide_ == Slide::title},
                         {"legend", legend_open_},
                         {"chooser", chooser}};
    state["selected_event"] = selected_.empty() ? nlohmann::json(nullptr) : nlohmann::json(selected_);
    state["scroll"] = scroll_px();
}

}  // namespace kiosk
