// Sections: 1. choosing type size and measure  2. styles per block role  3. setting
// the blocks  4. footnotes  5. chrome.
#include "scenes/reader_layout.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/route.h"
#include "scenes/chrome.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

// ---- 1. size and measure ----------------------------------------------------

// Average advance of the document's own letters, in ems: the measure in characters
// is counted with this, so "66 characters" means 66 of this text's characters.
float average_char_em(TextEngine& text, const Document& doc, const std::string& language) {
    std::string sample;
    for (const auto& b : doc.blocks) {
        if (b.role != BlockRole::paragraph) continue;
        sample += b.plain_text() + " ";
        if (sample.size() > 1500) break;
    }
    if (sample.empty()) sample = "The quick brown fox jumps over the lazy dog. ";
    const int face = text.face(FontRole::body, 100.0f);
    if (face < 0) return 0.45f;
    const float w = text.shaper().width_px(text.fonts().face(face), sample, {"kern", "liga"}, language);
    // Count code points, not bytes.
    std::size_t chars = 0;
    for (const char c : sample)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
    return std::max(0.2f, w / (static_cast<float>(chars) * 100.0f));
}

struct BlockStyle {
    FontRole role = FontRole::body;
    float size = 1.0f;  // relative to the body size
    Alignment align = Alignment::justify;
    Hyphenation hyphenation = Hyphenation::on;
    std::vector<std::string> features{"kern", "liga", "onum"};
    float space_before = 0;  // in body line heights
    float space_after = 0;
    float leading = 0;  // 0: the configured leading
    Color fg;
};

}  // namespace

namespace {

// The style of each block role: size relative to the body, alignment, hyphenation, the
// space around it in body line heights.
BlockStyle style_for(const Block& b, const ThemeConfig& theme) {
    BlockStyle s;
    s.fg = theme.ink;
    switch (b.role) {
        case BlockRole::source:
            s.size = 0.8f;
            s.align = Alignment::center;
            s.hyphenation = Hyphenation::off;
            s.features = {"kern", "smcp", "c2sc", "onum"};
            s.fg = theme.muted;
            s.space_after = 0.35f;
            break;
        case BlockRole::heading:
            s.role = FontRole::display;
            s.size = 1.3f;
            s.align = Alignment::center;
            s.hyphenation = Hyphenation::off;
            s.leading = 1.25f;
            s.space_after = 1.1f;
            break;
        case BlockRole::opener:
            s.align = Alignment::center;
            s.hyphenation = Hyphenation::off;
            s.space_after = 0.3f;
            break;
        case BlockRole::dateline:
            s.align = Alignment::right;
            s.hyphenation = Hyphenation::off;
            s.space_before = 0.4f;
            s.space_after = 0.3f;
            break;
        case BlockRole::signer:
            s.role = FontRole::body_italic;
            s.align = Alignment::right;
            s.hyphenation = Hyphenation::off;
            s.size = 0.9f;
            s.fg = theme.muted;
            s.space_before = 0.15f;
            s.space_after = 0.6f;
            break;
        case BlockRole::signature:
            s.align = Alignment::right;
            s.hyphenation = Hyphenation::off;
            s.space_before = 0.5f;
            s.space_after = 0.3f;
            break;
        case BlockRole::list_item:
        case BlockRole::table_row:
            s.align = Alignment::left;
            s.space_after = 0.2f;
            break;
        case BlockRole::paragraph:
            break;
    }
    return s;
}

// The reader laid out section by section, with the vertical cursor `y_` as a member:
// the type size and measure, the bar and the translation's switch, the translation's
// notice and the introduction on their panels, the document's blocks (with their page
// marks and glosses), the footnotes, the afterword.
class ReaderBuilder {
public:
    ReaderBuilder(TextEngine& text, const ReaderLayoutInput& in)
        : text_(text),
          in_(in),
          cfg_(*in.config),
          doc_(*in.document),
          original_(in.original ? *in.original : *in.document),
          theme_(cfg_.theme),
          screen_(in.screen),
          g_(out_.geometry),
          W_(static_cast<float>(in.screen.width_px)),
          H_(static_cast<float>(in.screen.height_px)),
          chrome_(chrome_style(in.screen, 1.0f)),
          doc_lang_(doc_.language),
          setter_(text.setter(doc_.language)) {}

    ReaderLayout build() {
        g_.width_px = screen_.width_px;
        g_.height_px = screen_.height_px;
        g_.background = theme_.paper;
        // The viewport is what the bar leaves; on a portrait screen the bar stands at the
        // bottom, within a seated visitor's reach.
        bar_below_ = screen_.portrait();
        const float bar_h = chrome_.button_h_px + 2 * chrome_.pad_px;
        g_.viewport = {0, bar_below_ ? 0.0f : bar_h, W_, H_ - bar_h};
        choose_size_and_measure();
        add_bar_and_switch();
        y_ = std::round(line_h_ * 1.2f);
        add_notice_and_introduction();
        for (const auto& block : doc_.blocks) add_block(block);
        add_footnotes();
        if (const ExhibitText* after = original_.exhibit_text(ExhibitText::Kind::afterword, in_.language)) {
            y_ += line_h_ * 1.5f;
            y_ = add_exhibit_panel(*after, y_);
        }
        g_.content_height_px = y_ + line_h_ * 2;
        return std::move(out_);
    }

private:
    // ---- 1. type size and measure. The document is set in its own language (FRUS:
    // English), whatever the visitor's: the same lines, hyphens and spacing in every
    // interface language.
    void choose_size_and_measure() {
        const float avg_em = average_char_em(text_, doc_, doc_lang_);
        body_px_ = nominal_body_px(cfg_.typography, screen_) * in_.text_scale;
        outer_margin_ = std::max(16.0f, 0.035f * std::min(W_, H_));
        float gutter = 0;
        // A visitor who asked for larger text gets it even on a narrow screen: large-print
        // books accept a shorter line (some 38 characters where 45 is the usual floor)
        // rather than give back the size.
        const float min_chars =
            static_cast<float>(cfg_.typography.min_measure_chars) * (in_.text_scale > 1.01f ? 0.85f : 1.0f);
        right_margin_ = outer_margin_ + 12.0f;  // 12: the position indicator
        for (int iter = 0; iter < 3; ++iter) {
            // Room for a marginal page mark ("[Page 764]" at 0.6 of body size) in the left
            // margin, the whole mark and a gap. The right margin keeps only the outer
            // margin: where the screen is wide the column is centred anyway, and where it
            // is narrow (800x480, portrait) half a mark's room on each side for symmetry
            // pushed the mark against the screen's edge and took a tenth of the line, and
            // its word spaces with it (issue 15).
            gutter = body_px_ * 0.6f * 5.2f * avg_em / 0.45f + body_px_ * 0.8f;
            const float available = W_ - outer_margin_ - gutter - right_margin_;
            const float chars_fit = available / (avg_em * body_px_);
            if (chars_fit < min_chars) {
                body_px_ = std::max(12.0f, available / (min_chars * avg_em));
                continue;
            }
            measure_ = std::min(available, static_cast<float>(cfg_.typography.measure_chars) * avg_em * body_px_);
            break;
        }
        if (measure_ <= 0) measure_ = std::max(100.0f, W_ - 2 * outer_margin_);
        body_px_ = std::round(body_px_ * 4) / 4;
        out_.body_px = body_px_;
        out_.measure_px = measure_;
        out_.average_char_px = avg_em * body_px_;
        // Centred where it can be; on a narrow screen, as far right as the page marks need
        // (and never so far that the line runs under the position indicator).
        const float centred_x = (W_ - measure_) / 2;
        column_x_ = std::round(std::max(centred_x, std::min(outer_margin_ + gutter, W_ - right_margin_ - measure_)));
        line_h_ = std::round(body_px_ * cfg_.typography.leading);
    }

    // The bar, and the switch between the translation and the original: a two-part
    // control «Перевод | Оригинал» in the margin beside the column, at the top of the
    // view, showing which is shown (its other half switches, at the same paragraph); in
    // the bar where the margin is too narrow or the bar is within reach (portrait).
    void add_bar_and_switch() {
        const std::string shown = in_.words("reader.translation", in_.language),
                          other = in_.words("reader.original", in_.language);
        const float half_w = std::max(button_width(text_, chrome_, shown, in_.language),
                                      button_width(text_, chrome_, other, in_.language));
        const float gap_x = std::round(body_px_ * 0.9f) +
                            std::max(12.0f, body_px_ * 0.6f);  // clear of the panels, which reach out by 0.9 em
        const float switch_x = column_x_ + measure_ + gap_x;
        const bool beside = in_.offer_translation && !bar_below_ && switch_x + 2 * half_w <= W_ - right_margin_;
        std::vector<ButtonSpec> right;
        if (in_.offer_translation && !beside)
            right.push_back(
                {"reader:translation",
                 in_.words(in_.showing_translation ? "reader.original" : "reader.translation", in_.language),
                 in_.showing_translation});
        if (!in_.listen_label.empty()) right.push_back({"reader:listen", in_.listen_label, false});
        if (in_.show_timeline_button)
            right.push_back({"timeline", in_.words("reader.to_timeline", in_.language), false});
        add_top_bar(g_, text_, theme_, chrome_, {{"home", in_.words("nav.home", in_.language), false}},
                    in_.title.empty() ? in_.words("reader.title", in_.language) : in_.title, right, in_.language,
                    bar_below_);
        if (beside)
            add_switch_beside({switch_x, g_.viewport.y + chrome_.pad_px * 2, 2 * half_w, chrome_.button_h_px}, shown,
                              other);
    }

    // The two halves in the margin: the one shown filled, the other a button.
    void add_switch_beside(const RectF& box, const std::string& shown, const std::string& other) {
        const float y = box.y, h = box.h, half_w = box.w / 2;
        g_.rects.push_back({box, theme_.muted, Layer::fixed, h / 2});
        g_.rects.push_back(
            {{box.x + 1.5f, box.y + 1.5f, box.w - 3, box.h - 3}, theme_.paper, Layer::fixed, h / 2 - 1.5f});
        const bool translation_shown = in_.showing_translation;
        const RectF left_half{box.x, y, half_w, h}, right_half{box.x + half_w, y, half_w, h};
        const RectF& filled = translation_shown ? left_half : right_half;
        g_.rects.push_back({filled, theme_.accent, Layer::fixed, h / 2});
        const bool paper_is_light = theme_.paper.r + theme_.paper.g + theme_.paper.b > 3 * 128;
        const Color on_accent = paper_is_light ? theme_.paper : Color{0xff, 0xff, 0xff};
        const int face = text_.face(FontRole::label_strong, chrome_.label_px);
        for (const auto& [label, half, is_shown] :
             {std::tuple{shown, left_half, translation_shown}, std::tuple{other, right_half, !translation_shown}}) {
            SceneLine l = make_label_line(text_, label, face, {"kern"}, 0, y, h, is_shown ? on_accent : theme_.ink,
                                          is_shown ? theme_.accent : theme_.paper, "label",
                                          is_shown ? "" : "reader:translation", Layer::fixed, in_.language);
            l.box.x = std::round(half.x + (half.w - l.box.w) / 2);
            g_.lines.push_back(std::move(l));
            if (!is_shown) g_.targets.push_back({"reader:translation", half, Layer::fixed});
        }
    }

    // The translation says what it is before anything else (the exhibit's words, not the
    // archive's); then the introduction.
    void add_notice_and_introduction() {
        if (in_.showing_translation && !doc_.notice.empty()) {
            ExhibitText notice;
            notice.kind = ExhibitText::Kind::notice;
            notice.language = doc_.language;
            notice.heading = in_.words("reader.translation_heading", in_.language);
            Block b;
            b.spans.push_back({doc_.notice, span_italic, {}});
            notice.blocks.push_back(b);
            y_ = add_exhibit_panel(notice, y_) + std::round(line_h_ * 0.6f);
        }
        if (const ExhibitText* intro = original_.exhibit_text(ExhibitText::Kind::introduction, in_.language))
            y_ = add_exhibit_panel(*intro, y_) + std::round(line_h_ * 1.3f);
    }

    // The exhibit's own words (an introduction, what happened next) on a tinted panel,
    // in the reader's column, so they are never mistaken for the document. Returns the
    // panel's bottom.
    float add_exhibit_panel(const ExhibitText& t, float top) {
        const float pad = std::round(body_px_ * 0.9f);
        // The panel reaches out of the column by its padding; where the column is pushed
        // to the right (a narrow screen), its words are set that much narrower instead,
        // so that the panel stops short of the position indicator.
        const float right_limit = W_ - 12.0f - std::round(outer_margin_ / 2);
        const float words_measure = measure_ - std::max(0.0f, std::ceil(column_x_ + measure_ + pad - right_limit));
        const float small = std::round(std::max(15.0f, body_px_ * 0.62f));
        const std::size_t first_rect = g_.rects.size();
        float yy = top + pad;
        if (!t.heading.empty()) {
            SceneLine head = make_label_line(text_, t.heading, text_.face(FontRole::label_strong, small), {"kern"},
                                             column_x_, yy, std::round(small * 1.6f), theme_.accent, theme_.bar,
                                             "exhibit-heading", "", Layer::content, in_.language);
            yy += head.box.h + std::round(small * 0.2f);
            g_.lines.push_back(std::move(head));
        }
        yy = add_panel_paragraphs(t, yy, words_measure);
        if (!t.event_id.empty()) yy = add_panel_button(t, yy, words_measure);
        yy += pad;
        g_.rects.insert(g_.rects.begin() + static_cast<std::ptrdiff_t>(first_rect),
                        {{column_x_ - pad, top, words_measure + 2 * pad, yy - top}, theme_.bar, Layer::content, 12});
        return yy;
    }

    float add_panel_paragraphs(const ExhibitText& t, float yy, float words_measure) {
        const float size = std::round(body_px_ * 0.9f * 4) / 4;
        ParagraphSetter tsetter = text_.setter(t.language);
        for (std::size_t i = 0; i < t.blocks.size(); ++i) {
            ParagraphSpec spec;
            for (const auto& span : t.blocks[i].spans) {
                TextStyle ts;
                ts.face_index = text_.face((span.style & span_italic) ? FontRole::body_italic : FontRole::body, size);
                ts.features = {"kern", "liga", "onum"};
                spec.styles.push_back(ts);
                spec.runs.push_back({span.text, static_cast<int>(spec.styles.size()) - 1, {}});
            }
            spec.measure_px = words_measure;
            spec.language = t.language;
            spec.kp.emergency_stretch_px = size * 1.5f;
            if (i > 0) yy += std::round(line_h_ * 0.3f);
            const TypesetParagraph tp = tsetter.set(spec);
            // The exhibit's own words are read aloud with the telegram; a translation's
            // notice about itself is not.
            const int speech = t.kind == ExhibitText::Kind::notice ? -1 : add_speech(g_.speech, tp, t.language);
            yy = append_paragraph_lines(g_.lines, text_, tp, text_.face(FontRole::body, size), column_x_, yy,
                                        std::round(size * cfg_.typography.leading),
                                        {t.kind == ExhibitText::Kind::afterword ? "afterword" : "intro", "", theme_.ink,
                                         theme_.bar, theme_.accent, Layer::content, words_measure, speech});
        }
        return yy;
    }

    // The way to the event on the timeline: a button in the panel.
    float add_panel_button(const ExhibitText& t, float yy, float words_measure) {
        yy += std::round(line_h_ * 0.4f);
        SceneGeometry b;
        b.width_px = g_.width_px;
        const ChromeStyle bs = chrome_style(screen_, in_.text_scale);
        const float w = std::min(words_measure, button_width(text_, bs, t.event_label, in_.language));
        add_button(b, text_, theme_, bs, {"event:" + t.event_id, t.event_label, true},
                   {column_x_, yy, w, bs.button_h_px}, in_.language);
        for (auto r : b.rects) {
            r.layer = Layer::content;
            g_.rects.push_back(r);
        }
        for (auto l : b.lines) {
            l.layer = Layer::content;
            l.role = "afterword";
            g_.lines.push_back(std::move(l));
        }
        for (auto tg : b.targets) {
            tg.layer = Layer::content;
            g_.targets.push_back(tg);
        }
        return yy + bs.button_h_px;
    }

    // A block's spans as styled runs: italic and small capitals from the span, a
    // footnote's number in the accent and silent (seen, not heard).
    void make_styles(const BlockStyle& s, const std::vector<Span>& spans, ParagraphSpec& spec) const {
        const float size = body_px_ * s.size;
        for (const auto& span : spans) {
            TextStyle ts;
            FontRole role = s.role;
            if (span.style & span_italic) {
                if (role == FontRole::body)
                    role = FontRole::body_italic;
                else if (role == FontRole::display)
                    role = FontRole::display_italic;
            }
            ts.face_index = text_.face(role, size);
            ts.features = s.features;
            if (span.style & span_small_caps) ts.features.emplace_back("smcp");
            if (span.style & span_note_ref) ts.color_slot = 1;
            spec.styles.push_back(ts);
            // A run's link makes the engine report where it lies on its line.
            spec.runs.push_back(
                {span.text, static_cast<int>(spec.styles.size()) - 1, span.link, (span.style & span_note_ref) != 0});
        }
    }

    // ---- 3. a block of the document. Every paragraph that follows another is indented
    // (book style: the first after a heading or a date starts flush).
    void add_block(const Block& block) {
        const BlockStyle s = style_for(block, theme_);
        ParagraphSpec spec;
        make_styles(s, block.spans, spec);
        spec.align = s.align;
        spec.hyphenation = s.hyphenation;
        spec.language = doc_lang_;
        const float depth_indent =
            block.quote_depth > 1 ? static_cast<float>(block.quote_depth - 1) * body_px_ * 1.5f : 0.0f;
        spec.measure_px = block.role == BlockRole::heading ? std::min(measure_, body_px_ * s.size * 24.0f)
                                                           : measure_ - 2 * depth_indent;
        spec.first_indent_px =
            (block.role == BlockRole::paragraph && previous_ == BlockRole::paragraph) ? body_px_ * 1.1f : 0.0f;
        spec.kp.emergency_stretch_px = body_px_ * 1.5f;
        spec.max_expansion = cfg_.typography.font_expansion_pct / 100.0f;
        for (const auto& pb : block.page_breaks) spec.markers.push_back(pb.byte_offset);

        const float lh =
            s.leading > 0 ? std::round(body_px_ * s.size * s.leading) : std::round(line_h_ * std::max(0.85f, s.size));
        if (!first_block_) y_ += std::round(s.space_before * line_h_);
        const TypesetParagraph tp = setter_.set(spec);
        out_.worst_pass = std::max(out_.worst_pass, tp.pass);
        const float x0 = column_x_ + depth_indent + (measure_ - 2 * depth_indent - spec.measure_px) / 2;
        const std::size_t first_line = g_.lines.size();
        const float block_top = y_;
        // Listen reads the letter, not the archive's file number above it.
        add_paragraph_lines(tp, s, x0, spec.measure_px, lh, role_name(block.role), block.id,
                            block.role != BlockRole::source);
        if (!block.id.empty()) {
            out_.anchor_y["block:" + block.id] = block_top;
            out_.anchor_y["block-end:" + block.id] = y_;
        }
        add_page_marks(block, tp, first_line);
        if (block.role == BlockRole::source && !glossed_file_number_) add_file_number_gloss();
        y_ += std::round(s.space_after * line_h_);
        previous_ = block.role;
        first_block_ = false;
    }

    // A paragraph's lines at the cursor, and what its links need: a name with a note
    // gets a soft tint and a finger-sized target; a footnote mark a finger-sized target.
    void add_paragraph_lines(const TypesetParagraph& tp, const BlockStyle& s, float x0, float measure_px, float lh,
                             const std::string& role, const std::string& id, bool spoken) {
        const float top = y_;
        const int speech = spoken ? add_speech(g_.speech, tp, doc_lang_) : -1;
        y_ = append_paragraph_lines(g_.lines, text_, tp, text_.face(s.role, body_px_ * s.size), x0, top, lh,
                                    {role, id, s.fg, theme_.paper, theme_.accent, Layer::content, measure_px, speech});
        for (std::size_t i = 0; i < tp.lines.size(); ++i)
            add_links(tp.lines[i], x0, top + static_cast<float>(i) * lh, lh);
    }

    void add_links(const TypesetLine& line, float x0, float line_top, float lh) {
        // A name split into several pieces ("M." "Kalinin") is one link on its line.
        std::vector<LinkSpan> links;
        for (const auto& link : line.links) {
            if (!links.empty() && links.back().link == link.link)
                links.back().x1_px = link.x1_px;
            else
                links.push_back(link);
        }
        for (const auto& link : links) {
            const float lx0 = x0 + line.x_px + link.x0_px, lx1 = x0 + line.x_px + link.x1_px;
            if (parse_route(link.link).is(Route::Kind::person)) {
                // The page's colour stays whole behind the tint; the target is as tall as a finger.
                const float pad = body_px_ * 0.12f;
                const Color tint = in_.high_contrast ? Color{0xd8, 0xd8, 0xd8}
                                                     : Color{theme_.accent.r, theme_.accent.g, theme_.accent.b, 26};
                g_.rects.push_back({{lx0 - pad, line_top + lh * 0.12f, lx1 - lx0 + 2 * pad, lh * 0.8f},
                                    tint,
                                    Layer::content,
                                    body_px_ * 0.2f});
                const float h = std::max(lh, screen_.min_target_px),
                            w = std::max(lx1 - lx0 + 2 * pad, screen_.min_target_px);
                g_.targets.push_back(
                    {link.link, {(lx0 + lx1) / 2 - w / 2, line_top + lh / 2 - h / 2, w, h}, Layer::content});
                continue;
            }
            // Footnote marks are tiny: their touch targets are grown to a finger's size.
            const float cx = (lx0 + lx1) / 2;
            const float cy = line_top + lh / 2;
            const float size = screen_.min_target_px;
            g_.targets.push_back({"noteref:" + link.link, {cx - size / 2, cy - size / 2, size, size}, Layer::content});
            out_.anchor_y["ref-" + link.link] = line_top;
        }
    }

    // Page marks: "[Page 764]" quietly in the left margin, level with the line where the
    // page begins. Nothing in the line itself: a hairline between two words read as a
    // text cursor (issue 23). Last first, so inserting a mark does not shift the lines of
    // the ones before it.
    void add_page_marks(const Block& block, const TypesetParagraph& tp, std::size_t first_line) {
        // NOLINTNEXTLINE(modernize-loop-convert): clang-tidy 14 cannot read libstdc++ 12's reverse_view
        for (auto mit = tp.markers.rbegin(); mit != tp.markers.rend(); ++mit) {
            const auto& mk = *mit;
            const auto& pb = block.page_breaks[mk.marker];
            if (first_line + mk.line >= g_.lines.size()) continue;
            const SceneLine& at = g_.lines[first_line + mk.line];
            const int face = text_.face(FontRole::body_italic, body_px_ * 0.6f);
            // "[Page 764]" in English, "[С. 764]" in a Russian reading: the mark is part
            // of the text shown, so it speaks the text's language.
            const std::string label = "[" + in_.words("reader.page", doc_lang_) + " " + pb.page + "]";
            SceneLine mark = make_label_line(text_, label, face, {"kern", "onum"}, 0, at.box.y, at.box.h, theme_.muted,
                                             theme_.paper, "pagemark", "page-" + pb.page, Layer::content, doc_lang_);
            mark.baseline_y = at.baseline_y;
            mark.box.x = std::max(2.0f, column_x_ - body_px_ * 0.8f - mark.box.w);
            out_.anchor_y["page-" + pb.page] = at.box.y;
            // In reading order the mark comes right after the line where the page begins;
            // the first one says, under it in the margin, what it marks.
            std::vector<SceneLine> margin{std::move(mark)};
            if (!glossed_page_) {
                glossed_page_ = true;
                const std::vector<SceneLine> gloss = page_gloss(pb.page, margin.front().box.bottom());
                margin.insert(margin.end(), gloss.begin(), gloss.end());
            }
            g_.lines.insert(g_.lines.begin() + static_cast<std::ptrdiff_t>(first_line + mk.line + 1), margin.begin(),
                            margin.end());
        }
    }

    // What the first page mark means, in the visitor's language, right-aligned against
    // the column under the mark.
    std::vector<SceneLine> page_gloss(const std::string& page, float top) {
        const float gloss_px = std::round(std::max(12.0f, body_px_ * 0.45f));
        ParagraphSpec gs;
        gs.styles.push_back({text_.face(FontRole::body_italic, gloss_px), {"kern", "liga", "onum"}, 0, 0});
        gs.runs.push_back({in_.words("reader.page_gloss", in_.language), 0, {}});
        gs.measure_px = std::max(gloss_px * 4, column_x_ - body_px_ * 0.8f - 2.0f);
        gs.align = Alignment::right;
        gs.hyphenation = Hyphenation::off;
        gs.language = in_.language;
        const TypesetParagraph gp = text_.setter(in_.language).set(gs);
        std::vector<SceneLine> gloss;
        append_paragraph_lines(
            gloss, text_, gp, gs.styles[0].face_index, 2.0f, top, std::round(gloss_px * 1.3f),
            {"gloss", "page-" + page, theme_.muted, theme_.paper, theme_.accent, Layer::content, gs.measure_px});
        for (auto& l : gloss) l.box.x = std::max(2.0f, column_x_ - body_px_ * 0.8f - l.box.w);
        return gloss;
    }

    // The archive's file number, explained in a word where it first appears.
    void add_file_number_gloss() {
        glossed_file_number_ = true;
        const float gloss_px = std::round(std::max(14.0f, body_px_ * 0.55f));
        SceneLine gloss = make_label_line(text_, in_.words("reader.file_number_gloss", in_.language),
                                          text_.face(FontRole::body_italic, gloss_px), {"kern", "liga", "onum"}, 0, y_,
                                          std::round(gloss_px * 1.4f), theme_.muted, theme_.paper, "gloss", "",
                                          Layer::content, in_.language);
        gloss.box.x = std::round(column_x_ + (measure_ - gloss.box.w) / 2);
        y_ += gloss.box.h;
        g_.lines.push_back(std::move(gloss));
    }

    // ---- 4. footnotes: after a short rule, a size smaller, set to the same measure;
    // each leads back to where it is referred to.
    void add_footnotes() {
        if (doc_.footnotes.empty()) return;
        y_ += line_h_;
        g_.rects.push_back({{column_x_, y_, std::round(measure_ * 0.22f), std::max(1.0f, body_px_ * 0.05f)},
                            theme_.muted,
                            Layer::content,
                            0});
        y_ += std::round(line_h_ * 0.6f);
        BlockStyle s;
        s.size = 0.8f;
        s.fg = theme_.ink;
        // Lining figures: an old-style "1." at the head of a note reads like "I.".
        s.features = {"kern", "liga", "lnum"};
        for (const auto& fn : doc_.footnotes) {
            ParagraphSpec spec;
            std::vector<Span> spans;
            spans.push_back({fn.number + ". ", span_roman, {}});
            spans.insert(spans.end(), fn.spans.begin(), fn.spans.end());
            make_styles(s, spans, spec);
            spec.align = Alignment::justify;
            spec.language = doc_lang_;
            spec.measure_px = measure_;
            spec.kp.emergency_stretch_px = body_px_;
            spec.max_expansion = cfg_.typography.font_expansion_pct / 100.0f;
            out_.anchor_y[fn.id] = y_;
            const TypesetParagraph tp = setter_.set(spec);
            out_.worst_pass = std::max(out_.worst_pass, tp.pass);
            const float note_top = y_;
            add_paragraph_lines(tp, s, column_x_, measure_, std::round(line_h_ * 0.85f), "footnote", fn.id, false);
            g_.targets.push_back({"noteback:" + fn.id,
                                  {column_x_, note_top, measure_, std::max(y_ - note_top, screen_.min_target_px)},
                                  Layer::content});
            y_ += std::round(line_h_ * 0.3f);
        }
    }

    TextEngine& text_;
    const ReaderLayoutInput& in_;
    const Config& cfg_;
    const Document& doc_;
    const Document& original_;
    const ThemeConfig& theme_;
    const ScreenMetrics& screen_;
    ReaderLayout out_;
    SceneGeometry& g_;
    const float W_, H_;
    const ChromeStyle chrome_;
    const std::string& doc_lang_;
    ParagraphSetter setter_;
    bool bar_below_ = false;
    // Size and measure (1.)
    float body_px_ = 0, measure_ = 0, outer_margin_ = 0, right_margin_ = 0, column_x_ = 0, line_h_ = 0;
    // The cursor and what the blocks so far have done.
    float y_ = 0;
    bool glossed_file_number_ = false, glossed_page_ = false, first_block_ = true;
    BlockRole previous_ = BlockRole::source;
};

}  // namespace

ReaderLayout layout_reader(TextEngine& text, const ReaderLayoutInput& in) {
    return ReaderBuilder(text, in).build();
}

}  // namespace kiosk
