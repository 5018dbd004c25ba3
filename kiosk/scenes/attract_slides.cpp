#include "scenes/attract_slides.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "scenes/chrome.h"
#include "scenes/palette.h"
#include "scenes/pictures.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

const std::vector<std::string> display_features{"kern", "liga", "onum"};

// How fast what moves moves: a whole pixel three times a second. Slow enough to read as
// stillness that lives, and each pixel is a frame to draw (attract_scene.cpp: the budget).
constexpr float drift_px_s = 3;

// A paragraph set and ready to be placed.
struct SetText {
    TypesetParagraph paragraph;
    int face = -1;
    float px = 0, line_h = 0, measure = 0;
    float height() const { return line_h * static_cast<float>(paragraph.lines.size()); }
};

struct TextStyleSpec {
    FontRole role = FontRole::display;
    float leading = 1.2f;
    Alignment align = Alignment::center;
    Hyphenation hyphenation = Hyphenation::off;
    float indent_em = 0;
};

SetText set_text(TextEngine& text, const std::string& content, const TextStyleSpec& style, float px,
                 const std::string& lang, float measure) {
    SetText out;
    out.px = px;
    out.face = text.face(style.role, px);
    out.line_h = std::round(px * style.leading);
    out.measure = measure;
    ParagraphSpec spec;
    spec.styles.push_back({out.face, display_features, 0, 0});
    spec.runs.push_back({content, 0, {}});
    spec.measure_px = measure;
    spec.align = style.align;
    spec.hyphenation = style.hyphenation;
    spec.first_indent_px = std::round(px * style.indent_em);
    spec.language = lang;
    // As everywhere else: a paragraph with no good breaks takes some looser lines rather
    // than the breaker's last pass, which is slow on a long one.
    spec.kp.emergency_stretch_px = px * 1.5f;
    out.paragraph = text.setter(lang).set(spec);
    return out;
}

// The largest size from `px` down to `min_px` at which `content` takes at most
// `max_lines` lines and `max_h` pixels; none where even the smallest does not.
std::optional<SetText> fit_text(TextEngine& text, const std::string& content, const TextStyleSpec& style, float px,
                                float min_px, const std::string& lang, float measure, float max_h,
                                std::size_t max_lines) {
    for (;; px = std::round(px * 0.92f)) {
        px = std::max(px, min_px);
        SetText s = set_text(text, content, style, px, lang, measure);
        if (s.height() <= max_h && s.paragraph.lines.size() <= max_lines) return s;
        if (px <= min_px) return std::nullopt;
    }
}

// Places `s` with its measure's left edge at `x` and its first line's top at `top`;
// returns the y below it.
float place(std::vector<SceneLine>& out, TextEngine& text, const SetText& s, float x, float top,
            const std::string& role, Color fg, const ThemeConfig& theme) {
    return append_paragraph_lines(out, text, s.paragraph, s.face, std::round(x), std::round(top), s.line_h,
                                  {role, "", fg, theme.paper, theme.accent, Layer::content, s.measure});
}

float letters(const std::string& s) {
    return static_cast<float>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A block's words without its footnote marks.
std::string readable_words(const Block& b) {
    std::string out;
    for (const auto& s : b.spans)
        if (!(s.style & span_note_ref)) out += s.text;
    return out;
}

// Sentences of the document that read well alone: 60 to 280 letters, in the document's
// own quotation marks.
std::vector<std::string> pick_sentences(const Document* doc) {
    std::vector<std::string> out;
    if (!doc) return out;
    const bool russian = doc->language == "ru";
    for (const auto& b : doc->blocks) {
        if (b.role != BlockRole::paragraph) continue;
        const std::string text = readable_words(b);
        std::size_t start = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '.' || (i + 1 != text.size() && text[i + 1] != ' ')) continue;
            std::string s = text.substr(start, i + 1 - start);
            if (!s.empty() && s[0] == ' ') s.erase(0, 1);
            if (letters(s) >= 60 && letters(s) <= 280) out.push_back(russian ? "«" + s + "»" : "“" + s + "”");
            start = i + 1;
        }
    }
    return out;
}

// A date with no break between a number and the word after it ("1 апреля", "1920 г.",
// "July 1919" stays whole on its line's end): a no-break space after each number.
std::string glue_numbers(const std::string& date) {
    std::string out;
    for (std::size_t i = 0; i < date.size(); ++i) {
        const bool after_digit = i > 0 && date[i - 1] >= '0' && date[i - 1] <= '9';
        if (date[i] == ' ' && after_digit)
            out += "\u00a0";
        else
            out += date[i];
    }
    return out;
}

const Document* document_in(const SceneContext& ctx, const std::string& lang) {
    if (!ctx.document) return nullptr;
    if (ctx.document->language == lang) return ctx.document;
    return ctx.document->translation(lang);
}

AttractSlide new_slide(const std::string& kind, const std::string& language, const std::string& subject) {
    AttractSlide s;
    s.kind = kind;
    s.language = language;
    s.subject = subject;
    return s;
}

void shift_down(AttractSlide& s, float dy) {
    for (auto* lines : {&s.lines, &s.moving_lines})
        for (auto& l : *lines) {
            l.box.y += dy;
            l.baseline_y += dy;
        }
    for (auto* images : {&s.images, &s.moving_images})
        for (auto& im : *images) im.box.y += dy;
    for (auto& r : s.rects) r.box.y += dy;
    s.window.y += dy;
}

// A composition under way: its slide, the scene's context and its frame.
struct Composer {
    const SceneContext& ctx;
    const AttractFrame& frame;
    TextEngine& text;
    const ThemeConfig& theme;

    float secondary_px() const { return std::round(std::max(18.0f, frame.body_px * 1.15f)); }
    float gap() const { return std::round(frame.body_px * 0.8f); }

    // The main line: upright, at the frame's size (its 20 mm capitals) on as many lines as
    // it needs, up to four; smaller (never below three quarters) only where the height
    // cannot hold those.
    std::optional<SetText> main_line(const std::string& content, const std::string& lang, float measure,
                                     float max_h) const {
        const TextStyleSpec style{FontRole::display, 1.15f};
        return fit_text(text, content, style, frame.main_px, std::round(frame.main_px * 0.75f), lang, measure, max_h,
                        4);
    }

    // The telegram's title in every other language the kiosk offers, smaller, in italic.
    std::vector<SetText> greetings(const std::string& key, const std::string& lang, float measure) const {
        std::vector<SetText> out;
        for (const auto& l : frame.greeting)
            if (l != lang)
                if (auto s = fit_text(text, ctx.words(key, l), {FontRole::display_italic, 1.3f}, secondary_px(), 16, l,
                                      measure, secondary_px() * 2.8f, 2))
                    out.push_back(std::move(*s));
        return out;
    }

    // The exhibit's name, then the next of `sentences` (from `next`) that can be set at a
    // reading size in the room left, and the years drifting along the bottom.
    AttractSlide title(const std::string& lang, const std::vector<std::string>& sentences, std::size_t& next,
                       const std::string& quote_lang) const {
        AttractSlide slide = new_slide("title", lang, "");
        const RectF a = frame.area;
        // The years along the bottom of the area, drifting leftwards.
        const float year_px = std::round(std::max(18.0f, frame.body_px * 0.9f));
        const float years_h = std::round(year_px * 1.4f);
        const float years_top = a.bottom() - years_h;
        if (ctx.timeline && !ctx.timeline->events.empty()) {
            const int face = text.face(FontRole::display, year_px);
            slide.fade_px = std::round(a.w * 0.08f);
            float x = a.x + slide.fade_px;
            int last = 0;
            for (const auto& e : ctx.timeline->events) {
                if (e.start.year == last) continue;
                last = e.start.year;
                SceneLine l = make_label_line(text, std::to_string(e.start.year), face, {"kern", "onum"}, x, years_top,
                                              years_h, theme.muted, theme.paper, "year", "", Layer::content, lang);
                x += l.box.w + year_px * 2.5f;
                slide.moving_lines.push_back(std::move(l));
            }
            slide.window = {a.x, years_top, a.w, years_h};
            slide.velocity_x_px_s = frame.drifting_years ? -drift_px_s : 0.0f;
        }
        const float room = (slide.moving_lines.empty() ? a.h : years_top - a.y - gap());
        const auto main = main_line(ctx.words("home.title", lang), lang, a.w * 0.92f, room * 0.5f);
        const auto others = greetings("home.title", lang, a.w * 0.92f);
        float stack = main ? main->height() : 0;
        for (const auto& o : others) stack += o.height();
        const float rule_gap = std::round(frame.body_px * 1.2f);
        std::optional<SetText> q;
        const float qpx = std::round(std::max(20.0f, frame.body_px * (a.h > a.w ? 1.45f : 1.15f)));
        const float measure = std::min(a.w * 0.84f, qpx * 0.45f * 52);
        for (std::size_t tries = 0; tries < sentences.size() && !q; ++tries) {
            const std::size_t i = next++ % sentences.size();
            q = fit_text(text, sentences[i], {FontRole::display_italic, 1.35f}, qpx,
                         std::round(std::max(18.0f, frame.body_px * 0.95f)), quote_lang, measure,
                         room - stack - 2 * rule_gap, 12);
            if (q) slide.subject = "sentence " + std::to_string(i + 1);
        }
        if (q) stack += 2 * rule_gap + q->height();
        float y = a.y + std::max(0.0f, (room - stack) / 2);
        if (main) y = place(slide.lines, text, *main, a.x + a.w * 0.04f, y, "heading", theme.ink, theme);
        for (const auto& o : others)
            y = place(slide.lines, text, o, a.x + a.w * 0.04f, y, "heading-other", theme.muted, theme);
        if (q) {
            y += rule_gap;
            slide.rects.push_back(
                {{std::round(a.x + a.w / 2 - frame.body_px * 2), std::round(y - 1), std::round(frame.body_px * 4), 2},
                 theme.accent,
                 Layer::content});
            y += rule_gap;
            place(slide.lines, text, *q, a.x + (a.w - q->measure) / 2, y, "excerpt", theme.ink, theme);
        }
        return slide;
    }

    // An event: its picture beside (landscape) or above (portrait) its year, date and
    // headline; the picture pans slowly inside its frame.
    std::optional<AttractSlide> event(const TimelineEvent& ev, const std::string& lang, bool forwards) const {
        AttractSlide slide = new_slide("event", lang, ev.id);
        const RectF a = frame.area;
        const bool portrait = a.h > a.w;
        // The picture's frame: half the width, or the upper part of a portrait screen.
        RectF text_box = a;
        if (!ev.media.empty() && ctx.image_size) {
            const std::string path = localized_picture(ctx, ctx.config->resolve(ev.media), lang);
            if (const auto size = ctx.image_size(path); size && size->first > 0 && size->second > 0) {
                RectF column = portrait ? RectF{a.x, a.y, a.w, a.h * 0.46f} : RectF{a.x, a.y, a.w * 0.5f, a.h};
                // On a portrait screen the frame is no taller than the picture needs: the
                // words follow right under it.
                if (portrait)
                    column.h = std::round(
                        contain(column, static_cast<float>(size->first), static_cast<float>(size->second)).h);
                // The whole picture (a map's lettering reaches its edges), a little smaller
                // than its frame, drifting across the room that leaves: 6% of its size at
                // most, from one side to the other over the composition's time.
                const RectF whole = contain(column, static_cast<float>(size->first), static_cast<float>(size->second));
                const float w = std::round(whole.w * 0.94f), h = std::round(whole.h * 0.94f);
                // Along the picture's diagonal, at most 6% of its size and the drift's pace.
                const float scale =
                    std::min({(column.w - w) / w, (column.h - h) / h, 0.06f, drift_px_s * frame.duration_s / w});
                const float travel_x = std::round(w * scale), travel_y = std::round(h * scale);
                const float sign = forwards ? 1.0f : -1.0f;
                const RectF box{std::round(column.x + (column.w - w) / 2 - sign * travel_x / 2),
                                std::round(column.y + (column.h - h) / 2 - sign * travel_y / 2), w, h};
                slide.moving_images.push_back({path, box, Layer::content, {}});
                slide.window = column;
                slide.velocity_x_px_s = sign * travel_x / frame.duration_s;
                slide.velocity_y_px_s = sign * travel_y / frame.duration_s;
                if (portrait)
                    text_box = {a.x, column.bottom() + gap(), a.w, a.bottom() - column.bottom() - gap()};
                else
                    text_box = {a.x + a.w * 0.55f, a.y, a.w * 0.45f, a.h};
            }
        }
        const Alignment align = portrait || slide.moving_images.empty() ? Alignment::center : Alignment::left;
        const float measure = text_box.w * (align == Alignment::center ? 0.9f : 1.0f);
        const float x = align == Alignment::center ? text_box.x + (text_box.w - measure) / 2 : text_box.x;
        const TextStyleSpec label{FontRole::label_strong, 1.4f, align};
        const TextStyleSpec label_plain{FontRole::label, 1.4f, align};
        const SetText kicker =
            set_text(text, group_label(ev, ctx.words, lang), label, std::round(frame.body_px * 0.9f), lang, measure);
        const std::string year = std::to_string(ev.start.year), date = ev.display_date_in(lang);
        const SetText year_line = set_text(text, year, {FontRole::display, 1.1f, align}, frame.main_px, lang, measure);
        std::optional<SetText> date_line;
        if (date != year)
            date_line =
                set_text(text, glue_numbers(date), label_plain, std::round(frame.body_px * 1.05f), lang, measure);
        float fixed_h = (ev.group.empty() ? 0 : kicker.height()) + year_line.height() +
                        (date_line ? date_line->height() : 0) + gap();
        const LocalText headline = ev.headline_for(lang);
        const float head_px = std::round(std::max(frame.body_px * 1.3f, frame.main_px * 0.6f));
        const auto head =
            fit_text(text, headline.text, {FontRole::display, 1.2f, align}, head_px, std::round(frame.body_px * 1.1f),
                     headline.language, measure, text_box.h - fixed_h, 4);
        if (!head) return std::nullopt;
        float y = portrait ? text_box.y : text_box.y + std::max(0.0f, (text_box.h - fixed_h - head->height()) / 2);
        if (!ev.group.empty())
            y = place(slide.lines, text, kicker, x, y, "excerpt-kicker", group_colour(ctx, ev.group), theme);
        y = place(slide.lines, text, year_line, x, y, "heading", theme.ink, theme);
        if (date_line) y = place(slide.lines, text, *date_line, x, y, "excerpt-date", theme.muted, theme);
        y = place(slide.lines, text, *head, x, y + gap(), "excerpt-event", theme.ink, theme);
        // A portrait screen: the picture and its words together in the middle of the height.
        if (portrait) shift_down(slide, std::round(std::max(0.0f, (a.bottom() - y) / 2)));
        return slide;
    }

    // The telegram on a sheet, rising slowly, beside (or under) the words that say what it is.
    std::optional<AttractSlide> telegram(const std::string& lang) const {
        const Document* doc = document_in(ctx, lang);
        if (!doc) return std::nullopt;
        AttractSlide slide = new_slide("telegram", lang, doc->id);
        const RectF a = frame.area;
        const bool portrait = a.h > a.w;
        const RectF side = portrait ? RectF{a.x, a.y, a.w, a.h * 0.3f} : RectF{a.x, a.y, a.w * 0.42f, a.h};
        const RectF sheet = portrait ? RectF{a.x + a.w * 0.04f, side.bottom(), a.w * 0.92f, a.h - side.h}
                                     : RectF{a.x + a.w * 0.48f, a.y, a.w * 0.52f, a.h};
        const float measure = side.w * 0.92f;
        // The exhibit's telegram is called so; a curator's document by its title.
        const bool own = ctx.documents.empty() || ctx.documents[0].telegram;
        const auto main =
            main_line(own ? ctx.words("attract.telegram", lang) : ctx.documents[0].title, lang, measure, side.h * 0.6f);
        const SetText sub =
            set_text(text, own ? ctx.words("home.telegram_sub", lang) : ctx.words("card.read_document", lang),
                     {FontRole::label, 1.4f}, std::round(frame.body_px * 1.05f), lang, measure);
        const float stack = (main ? main->height() : 0) + gap() + sub.height();
        float y = side.y + std::max(0.0f, (side.h - stack) / 2);
        const float x = side.x + (side.w - measure) / 2;
        if (main) y = place(slide.lines, text, *main, x, y, "heading", theme.ink, theme);
        place(slide.lines, text, sub, x, y + gap(), "excerpt-about", theme.muted, theme);

        // The sheet: a lighter leaf with a hairline edge, the telegram set on it as in the
        // reader (justified, hyphenated), its lines coming up from below.
        const auto mix = [](Color from, Color to, float t) {
            auto c = [&](std::uint8_t p, std::uint8_t q) {
                return static_cast<std::uint8_t>(std::lround(p + (q - p) * t));
            };
            return Color{c(from.r, to.r), c(from.g, to.g), c(from.b, to.b), 255};
        };
        const Color leaf = mix(theme.paper, Color{255, 255, 255}, 0.55f);
        const RectF s{std::round(sheet.x), std::round(sheet.y), std::round(sheet.w), std::round(sheet.h)};
        slide.rects.push_back(
            {{s.x - 1, s.y - 1, s.w + 2, s.h + 2}, mix(theme.paper, theme.muted, 0.35f), Layer::content});
        slide.rects.push_back({s, leaf, Layer::content});
        const float pad = std::round(std::max(16.0f, s.w * 0.07f));
        // A reading size where the sheet holds a dozen lines of it; on a small screen the
        // screen's own, and the message without its heading.
        const bool roomy = s.h >= 12 * frame.body_px * 1.2f * 1.4f;
        const float px = std::round(std::max(18.0f, frame.body_px * (roomy ? 1.2f : 1.0f)));
        const float text_w = s.w - 2 * pad;
        const float fade = std::round(px * 2.5f);
        // The first line starts clear of the fading edge, so the sheet opens on its heading.
        float ty = s.y + pad * 0.5f + fade;
        const float travel = frame.duration_s * drift_px_s;
        // Its heading (from whom to whom), then the message itself from its first full
        // paragraph: the covering words before it would fill the sheet's first lines.
        bool in_message = false;
        for (const auto& b : doc->blocks) {
            if (ty > s.bottom() + travel) break;
            if (b.role == BlockRole::heading && !roomy) continue;
            if (b.role != BlockRole::heading && !in_message) {
                if (b.role != BlockRole::paragraph || letters(readable_words(b)) < 150) continue;
                in_message = true;
            }
            TextStyleSpec style{FontRole::body, 1.4f, Alignment::justify, Hyphenation::on, 1.2f};
            Color fg = theme.ink;
            std::string role = "excerpt-telegram";
            if (b.role == BlockRole::heading)
                style = {FontRole::body_italic, 1.3f, Alignment::center};
            else if (b.role == BlockRole::dateline || b.role == BlockRole::signature || b.role == BlockRole::signer)
                style = {FontRole::body, 1.4f, Alignment::right};
            else if (b.role != BlockRole::paragraph)
                continue;
            SetText set = set_text(text, readable_words(b), style, px, doc->language, text_w);
            ty = place(slide.moving_lines, text, set, s.x + pad, ty, role, fg, theme) + std::round(px * 0.5f);
        }
        for (auto& l : slide.moving_lines) l.bg = leaf;
        slide.window = {s.x, s.y + pad * 0.5f, s.w, s.h - pad};
        slide.fade_px = fade;
        slide.velocity_y_px_s = -drift_px_s;
        return slide;
    }

    // The question the telegram put to America, put to the visitor.
    AttractSlide question(const std::string& lang) const {
        AttractSlide slide = new_slide("question", lang, "question");
        const RectF a = frame.area;
        const float measure = a.w * (a.h > a.w ? 0.9f : 0.8f);
        const auto context =
            fit_text(text, ctx.words("attract.question_context", lang), {FontRole::display, 1.3f},
                     std::round(std::max(20.0f, frame.body_px * 1.35f)), 18, lang, measure, a.h * 0.36f, 4);
        const auto main = main_line(ctx.words("attract.question", lang), lang, measure, a.h * 0.5f);
        const auto others = greetings("attract.question", lang, measure);
        const float travel = std::round(frame.duration_s * drift_px_s);
        float stack = (context ? context->height() + 2 * gap() : 0) + (main ? main->height() : 0);
        for (const auto& o : others) stack += o.height();
        float y = a.y + std::max(0.0f, (a.h - stack) / 2) + travel / 2;
        const float x = a.x + (a.w - measure) / 2;
        if (context) {
            y = place(slide.moving_lines, text, *context, x, y, "excerpt-context", theme.ink, theme) + 2 * gap();
        }
        if (main) y = place(slide.moving_lines, text, *main, x, y, "heading", theme.accent, theme);
        for (const auto& o : others) y = place(slide.moving_lines, text, o, x, y, "heading-other", theme.muted, theme);
        slide.window = a;
        slide.velocity_y_px_s = -travel / frame.duration_s;
        return slide;
    }
};

}  // namespace

std::vector<AttractSlide> build_attract_slides(const SceneContext& ctx, const AttractFrame& frame) {
    Composer c{ctx, frame, *ctx.text, ctx.config->theme};
    const auto& langs = frame.languages;
    if (langs.empty()) return {};

    // The telegram's sentences in each language, and the events that have a picture (all
    // events where none has).
    std::vector<std::vector<std::string>> quotes;
    quotes.reserve(langs.size());
    for (const auto& l : langs) quotes.push_back(pick_sentences(document_in(ctx, l)));
    std::vector<const TimelineEvent*> events;
    if (ctx.timeline) {
        for (const auto& e : ctx.timeline->events)
            if (!e.media.empty()) events.push_back(&e);
        if (events.empty())
            for (const auto& e : ctx.timeline->events) events.push_back(&e);
    }

    // One round: seven compositions at a time, four of them events, until every event
    // has been shown; each composition in the next language.
    enum class Kind { title, event, telegram, question };
    const Kind pattern[] = {Kind::title,    Kind::event, Kind::telegram, Kind::event,
                            Kind::question, Kind::event, Kind::event};
    const std::size_t rounds = std::max<std::size_t>(1, (events.size() + 3) / 4);
    std::vector<AttractSlide> slides;
    std::size_t next_event = 0, index = 0;
    std::vector<std::size_t> next_quote(langs.size(), 0);
    for (std::size_t r = 0; r < rounds; ++r)
        for (const Kind kind : pattern) {
            const std::size_t li = index++ % langs.size();
            const std::string& lang = langs[li];
            switch (kind) {
                case Kind::title: {
                    const Document* doc = document_in(ctx, lang);
                    slides.push_back(c.title(lang, quotes[li], next_quote[li], doc ? doc->language : lang));
                    break;
                }
                case Kind::event:
                    // An event whose headline cannot be set large enough gives way to the next.
                    for (std::size_t tries = 0; tries < events.size(); ++tries) {
                        const TimelineEvent* e = events[next_event++ % events.size()];
                        if (auto s = c.event(*e, lang, slides.size() % 2 == 0)) {
                            slides.push_back(std::move(*s));
                            break;
                        }
                    }
                    break;
                case Kind::telegram:
                    if (auto s = c.telegram(lang)) slides.push_back(std::move(*s));
                    break;
                case Kind::question:
                    slides.push_back(c.question(lang));
                    break;
            }
        }
    return slides;
}

}  // namespace kiosk
