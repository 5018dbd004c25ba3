#include "scenes/attract_scene.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <optional>
#include <cmath>

#include "scenes/chrome.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

constexpr double fade_ms = 1200;
// The loop draws only when its picture changes: the fades step 12 times a second, and
// the years drift a whole pixel at a time, 6 pixels a second (a finger's width in about
// 10 s). Under Mesa's software GL a full frame at 1080p costs about 4 ms of a core
// whatever it shows, so the rate is the budget: about 8 frames a second on average.
constexpr double step_ms = 1000.0 / 12;
constexpr double drift_px_s = 6;

// The start of the step `now_ms` falls in, on the loop's own clock (which starts a fade
// in, so the first excerpt is fully shown at once).
double step_start_ms(double now_ms) { return std::floor((now_ms + fade_ms) / step_ms) * step_ms; }

// Sentences of the document that read well alone: 60 to 280 characters.
std::vector<std::string> pick_sentences(const Document* doc, const std::string& open = "“", const std::string& close = "”") {
    std::vector<std::string> out;
    if (!doc) return out;
    for (const auto& b : doc->blocks) {
        if (b.role != BlockRole::paragraph) continue;
        const std::string text = b.plain_text();
        std::size_t start = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) {
                std::string s = text.substr(start, i + 1 - start);
                if (!s.empty() && s[0] == ' ') s.erase(0, 1);
                // 60 to 280 letters (not bytes: a Cyrillic letter takes two).
                const auto letters = static_cast<std::size_t>(
                    std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
                if (letters >= 60 && letters <= 280) out.push_back(open + s + close);
                start = i + 1;
            }
        }
    }
    return out;
}

}  // namespace

void AttractScene::layout(const SceneContext& ctx) {
    TextEngine& text = *ctx.text;
    const auto& theme = ctx.config->theme;
    const auto& screen = ctx.screen;
    const std::string& lang = ctx.language;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    width_ = W;
    reduced_motion_ = ctx.reduced_motion;
    excerpt_ms_ = ctx.config->attract.excerpt_seconds * 1000.0;
    drifting_years_ = ctx.config->attract.drifting_years;
    ink_ = theme.ink;
    paper_ = theme.paper;
    base_ = empty_geometry(screen.width_px, screen.height_px, theme.paper);
    const float body = nominal_body_px(ctx.config->typography, screen);
    const float title_px = std::round(std::clamp(body * 2.1f, 28.0f, std::min(W, H) * 0.09f));

    // Every language the kiosk offers, from the first glance: the default one first and
    // large, the others under it, smaller, so a visitor can choose before touching.
    std::vector<std::string> langs{lang};
    for (const auto& l : ctx.config->behaviour.languages)
        if (l != lang) langs.push_back(l);

    // Titles in the upper part. The main one is read from three metres: upright (the
    // italic's hairlines vanish at a distance), its capitals at least 20 mm tall on the
    // configured screen, on up to two lines, and never more than 15% of the height
    // a line (a small panel cannot hold 20 mm capitals).
    float y = H * (screen.portrait() ? 0.16f : 0.12f);
    const int probe = text.face(FontRole::display, 100.0f);
    const float cap_per_px = probe >= 0 ? std::max(0.3f, text.fonts().face(probe).metrics().cap_height_px / 100.0f) : 0.65f;
    const float main_px = std::min(std::ceil(std::max(title_px, screen.mm(20.0f) / cap_per_px)), std::round(H * 0.15f / 1.2f));
    for (std::size_t i = 0; i < langs.size(); ++i) {
        if (i == 0) {
            const int face = text.face(FontRole::display, main_px);
            ParagraphSpec spec;
            spec.styles.push_back({face, {"kern", "liga", "onum"}, 0, 0});
            spec.runs.push_back({ui_text("home.title", langs[i]), 0, {}});
            spec.measure_px = W * 0.92f;
            spec.align = Alignment::center;
            spec.hyphenation = Hyphenation::off;
            spec.language = langs[i];
            const TypesetParagraph tp = text.setter(langs[i]).set(spec);
            y = append_paragraph_lines(base_.lines, text, tp, face, std::round(W * 0.04f), y, std::round(main_px * 1.2f),
                                       {"heading", "", theme.ink, theme.paper, theme.accent, Layer::fixed, W * 0.92f});
            continue;
        }
        const float px = std::round(title_px * 0.55f);
        float fit = px;
        SceneLine title;
        for (;; fit = std::round(fit * 0.92f)) {  // shrink, not overflow, on a narrow screen
            title = make_label_line(text, ui_text("home.title", langs[i]), text.face(FontRole::display_italic, fit), {"kern", "liga", "onum"},
                                    0, y, std::round(fit * 1.3f), theme.muted, theme.paper, "heading", "", Layer::fixed, langs[i]);
            if (title.box.w <= W * 0.92f || fit <= 16) break;
        }
        title.box.x = std::round((W - title.box.w) / 2);
        y += title.box.h;
        base_.lines.push_back(title);
    }
    y += title_px * 0.3f;
    base_.rects.push_back({{std::round(W / 2 - title_px), y, std::round(title_px * 2), 2}, theme.accent, Layer::fixed, 0});
    excerpt_top_ = y + title_px * 0.8f;

    // The invitation: a large, calm button-like pill in the lower part, one line for
    // each language.
    const float invite_px = std::round(std::max(24.0f, title_px * 0.5f));
    std::vector<SceneLine> invites;
    float pill_w = 0, pill_h = invite_px * 0.6f;
    for (std::size_t i = 0; i < langs.size(); ++i) {
        const float px = i == 0 ? invite_px : std::round(std::max(18.0f, invite_px * 0.72f));
        SceneLine invite = make_label_line(text, ui_text("attract.invite", langs[i]), text.face(FontRole::label_strong, px), {"kern"},
                                           0, 0, std::round(px * 1.45f), theme.paper, theme.accent, "invite", "", Layer::fixed, langs[i]);
        pill_w = std::max(pill_w, invite.box.w + invite_px * 2.4f);
        pill_h += invite.box.h;
        invites.push_back(std::move(invite));
    }
    pill_w = std::min(pill_w, W - 16);
    const float pill_y = std::round(H * 0.76f - pill_h / 2);
    base_.rects.push_back({{std::round((W - pill_w) / 2), pill_y, std::round(pill_w), pill_h},
                           theme.accent, Layer::fixed, std::min(pill_h / 2, invite_px * 1.2f)});
    float iy = pill_y + invite_px * 0.3f;
    for (auto& invite : invites) {
        invite.box.x = std::round((W - invite.box.w) / 2);
        invite.box.y = iy;
        invite.baseline_y += iy;
        iy += invite.box.h;
        base_.lines.push_back(std::move(invite));
    }
    base_.targets.push_back({"wake", {0, 0, W, H}, Layer::fixed});

    // Years drifting along a line below the invitation.
    years_.clear();
    years_y_ = pill_y + pill_h + std::max(8.0f, (H - pill_y - pill_h) * 0.2f);
    const float year_px = std::round(std::max(18.0f, body * 0.9f));
    const int year_face = text.face(FontRole::display, year_px);
    std::vector<int> years;
    if (ctx.timeline)
        for (const auto& e : ctx.timeline->events)
            if (years.empty() || years.back() != e.start.year) years.push_back(e.start.year);
    float x = 0;
    for (int yv : years) {
        SceneLine l = make_label_line(text, std::to_string(yv), year_face, {"kern", "onum"}, x, years_y_,
                                      std::round(year_px * 1.4f), theme.muted, theme.paper, "year", "", Layer::fixed, lang);
        x += l.box.w + year_px * 2.5f;
        years_.push_back(std::move(l));
    }
    years_span_ = std::max(W, x);

    // Excerpts between title and invitation: lines of the telegram and events of the
    // timeline, one after the other, so a passer-by sees there is a story behind the
    // glass. Each must fit between the title and the years: a long one is set smaller
    // (not below 18 px) or, if it still does not fit, left out.
    excerpts_.clear();
    const float room = pill_y - excerpt_top_ - body * 0.6f;
    auto centred_lines = [&](Excerpt& ex, const std::string& content, FontRole role, float px, const std::string& lang,
                             const std::string& line_role, Color fg, float measure) {
        const int face = text.face(role, px);
        ParagraphSpec spec;
        spec.styles.push_back({face, {"kern", "liga", "onum"}, 0, 0});
        spec.runs.push_back({content, 0, {}});
        spec.measure_px = measure;
        spec.align = Alignment::center;
        spec.hyphenation = Hyphenation::off;
        spec.language = lang;
        const auto tp = text.setter(lang).set(spec);
        const float lh = std::round(px * 1.35f);
        const auto& m = text.fonts().face(face).metrics();
        for (const auto& tl : tp.lines) {
            SceneLine l;
            l.text = tl.text;
            l.role = line_role;
            l.fg = fg;
            l.bg = theme.paper;
            l.accent = theme.accent;
            l.box = {std::round((W - measure) / 2) + tl.x_px, ex.height, tl.width_px, lh};
            l.baseline_y = std::round(ex.height + lh / 2 + (m.cap_height_px + m.x_height_px) / 4);
            l.measure_px = measure;
            l.glyphs = tl.glyphs;
            ex.lines.push_back(std::move(l));
            ex.height += lh;
        }
    };
    auto fitted = [&](const std::function<Excerpt(float)>& make) -> std::optional<Excerpt> {
        for (float px = std::round(std::max(20.0f, body * 1.15f));; px = std::round(px * 0.9f)) {
            Excerpt ex = make(px);
            if (ex.height <= room) return ex;
            if (px < 20) return std::nullopt;
        }
    };
    std::vector<Excerpt> sentences, events;
    // The telegram's sentences in its own language and, in turn, in each translation the
    // kiosk offers (before anyone has chosen: the original, then the same words in
    // Russian), so a passer-by reads them in theirs.
    std::vector<std::pair<std::string, std::string>> quotes;  // sentence, its language
    if (ctx.document) {
        std::vector<std::vector<std::pair<std::string, std::string>>> by_language;
        // A kiosk whose language is one the telegram was translated into quotes that
        // translation alone; in the original's language it alternates with them.
        std::vector<std::string> offered{ctx.document->language};
        if (ctx.language != ctx.document->language && ctx.document->translation(ctx.language)) offered = {ctx.language};
        else
            for (const auto& l : ctx.config->behaviour.languages)
                if (std::find(offered.begin(), offered.end(), l) == offered.end()) offered.push_back(l);
        for (const auto& l : offered) {
            const Document* doc = l == ctx.document->language ? ctx.document : ctx.document->translation(l);
            if (!doc) continue;
            by_language.emplace_back();
            for (auto& q : l == "ru" ? pick_sentences(doc, "«", "»") : pick_sentences(doc)) by_language.back().push_back({q, doc->language});
        }
        for (std::size_t i = 0;; ++i) {
            bool any = false;
            for (const auto& list : by_language)
                if (i < list.size()) {
                    quotes.push_back(list[i]);
                    any = true;
                }
            if (!any) break;
        }
    }
    for (const auto& [sentence, quote_lang] : quotes) {
        if (auto ex = fitted([&](float px) {
                Excerpt e;
                centred_lines(e, sentence, FontRole::display_italic, px, quote_lang, "excerpt", theme.ink,
                              std::min(W * 0.8f, px * 0.45f * 52));
                return e;
            }))
            sentences.push_back(std::move(*ex));
    }
    if (ctx.timeline) {
        for (const auto& ev : ctx.timeline->events) {
            if (auto ex = fitted([&](float px) {
                    Excerpt e;
                    const float measure = std::min(W * 0.8f, px * 0.45f * 52);
                    centred_lines(e, ev.display_date_in(lang), FontRole::label, std::round(px * 0.62f), lang, "excerpt-date", theme.muted,
                                  measure);
                    e.height += std::round(px * 0.15f);
                    const LocalText headline = ev.headline_for(lang);
                    centred_lines(e, headline.text, FontRole::display, std::round(px * 1.1f), headline.language, "excerpt-event",
                                  theme.ink, measure);
                    return e;
                }))
                events.push_back(std::move(*ex));
        }
    }
    for (std::size_t i = 0; i < std::max(sentences.size(), events.size()); ++i) {
        if (!sentences.empty()) excerpts_.push_back(sentences[i % sentences.size()]);
        if (!events.empty()) excerpts_.push_back(events[i % events.size()]);
    }
    // Many events, few sentences: the telegram's lines come round again, each between two events.
    composed_ = false;
    compose(0);
}

AttractScene::Moment AttractScene::moment_at(double now_ms) const {
    // The cycle starts with the first excerpt fully shown: a still (or a preview) is
    // never an empty page.
    const double t = reduced_motion_ ? 0 : step_start_ms(now_ms);
    Moment m;
    if (!excerpts_.empty()) {
        m.excerpt = static_cast<std::size_t>(t / excerpt_ms_) % excerpts_.size();
        const double phase = std::fmod(t, excerpt_ms_);
        double alpha = 1;
        if (!reduced_motion_ && now_ms > 0) alpha = std::clamp(std::min(phase, excerpt_ms_ - phase) / fade_ms, 0.0, 1.0);
        m.alpha = static_cast<int>(std::lround(255 * alpha));
    }
    // Whole pixels: the years step a pixel at a time.
    if (!reduced_motion_ && drifting_years_) m.offset_px = static_cast<int>(std::fmod(t / 1000.0 * drift_px_s, years_span_));
    return m;
}

double AttractScene::next_change_ms(double now_ms) const { return step_start_ms(now_ms) + step_ms - fade_ms; }

void AttractScene::compose(double now_ms) {
    const Moment m = moment_at(now_ms);
    if (composed_ && m == shown_) return;  // the same picture as the last frame's
    composed_ = true;
    shown_ = m;
    geometry_ = base_;
    changed_ = true;
    if (!excerpts_.empty()) {
        shown_excerpt_ = m.excerpt;
        for (SceneLine l : excerpts_[m.excerpt].lines) {
            l.box.y += excerpt_top_;
            l.baseline_y += excerpt_top_;
            l.fg.a = static_cast<std::uint8_t>(m.alpha);
            geometry_.lines.push_back(std::move(l));
        }
    }
    const auto offset = static_cast<float>(m.offset_px);
    const float fade_px = width_ * 0.08f;
    for (const auto& y : years_) {
        for (int copy = 0; copy < 2; ++copy) {
            SceneLine l = y;
            l.box.x = y.box.x - offset + static_cast<float>(copy) * years_span_;
            // Years fade out towards the edges and leave before they reach them.
            if (l.box.x < 0 || l.box.right() > width_) continue;
            const float edge = std::min(l.box.x, width_ - l.box.right());
            l.fg.a = static_cast<std::uint8_t>(std::lround(255 * std::clamp(edge / fade_px, 0.0f, 1.0f)));
            geometry_.lines.push_back(std::move(l));
        }
    }
}

bool AttractScene::update(double now_ms) {
    if (!reduced_motion_) compose(now_ms);
    return false;  // ambient motion: nothing the visitor is waiting for
}

bool AttractScene::take_geometry_changed() {
    const bool c = changed_;
    changed_ = false;
    return c;
}

void AttractScene::dump_state(nlohmann::json& state) const {
    state["attract"] = {{"excerpts", excerpts_.size()}, {"shown_excerpt", shown_excerpt_}};
}

}  // namespace kiosk
