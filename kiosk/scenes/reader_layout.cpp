// Sections: 1. choosing type size and measure  2. styles per block role  3. setting
// the blocks  4. footnotes  5. chrome.
#include "scenes/reader_layout.h"

#include <tuple>

#include <algorithm>
#include <cmath>

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
    for (unsigned char c : sample)
        if ((c & 0xC0) != 0x80) ++chars;
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

ReaderLayout layout_reader(TextEngine& text, const ReaderLayoutInput& in) {
    const Config& cfg = *in.config;
    const Document& doc = *in.document;
    const ThemeConfig& theme = cfg.theme;
    const ScreenMetrics& screen = in.screen;
    ReaderLayout out;
    SceneGeometry& g = out.geometry;
    g.width_px = screen.width_px;
    g.height_px = screen.height_px;
    g.background = theme.paper;
    const auto W = static_cast<float>(screen.width_px);
    const auto H = static_cast<float>(screen.height_px);

    // ---- chrome first: the viewport is what the bar leaves (the bar itself is drawn
    // once the column is known: the translation's switch stands beside the column where
    // the margin holds it, else in the bar).
    const ChromeStyle chrome = chrome_style(screen, 1.0f);
    const Document& original = in.original ? *in.original : doc;
    // On a portrait screen the bar stands at the bottom, within a seated visitor's reach.
    const bool bar_below = screen.portrait();
    const float bar_h = chrome.button_h_px + 2 * chrome.pad_px;
    g.viewport = {0, bar_below ? 0.0f : bar_h, W, H - bar_h};

    // ---- 1. type size and measure.
    // The document is set in its own language (FRUS: English), whatever the visitor's:
    // the same lines, hyphens and spacing in every interface language.
    const std::string& doc_lang = doc.language;
    const float avg_em = average_char_em(text, doc, doc_lang);
    float body_px = nominal_body_px(cfg.typography, screen) * in.text_scale;
    const float outer_margin = std::max(16.0f, 0.035f * std::min(W, H));
    float measure = 0, gutter = 0;
    // A visitor who asked for larger text gets it even on a narrow screen: large-print
    // books accept a shorter line (some 38 characters where 45 is the usual floor) rather than
    // give back the size.
    const float min_chars = static_cast<float>(cfg.typography.min_measure_chars) * (in.text_scale > 1.01f ? 0.85f : 1.0f);
    const float right_margin = outer_margin + 12.0f;  // 12: the position indicator
    for (int iter = 0; iter < 3; ++iter) {
        // Room for a marginal page mark ("[Page 764]" at 0.6 of body size) in the left
        // margin, the whole mark and a gap. The right margin keeps only the outer margin:
        // where the screen is wide the column is centred anyway, and where it is narrow
        // (800x480, portrait) half a mark's room on each side for symmetry pushed the
        // mark against the screen's edge and took a tenth of the line, and its word
        // spaces with it (issue 15).
        gutter = body_px * 0.6f * 5.2f * avg_em / 0.45f + body_px * 0.8f;
        const float available = W - outer_margin - gutter - right_margin;
        const float chars_fit = available / (avg_em * body_px);
        if (chars_fit < min_chars) {
            body_px = std::max(12.0f, available / (min_chars * avg_em));
            continue;
        }
        measure = std::min(available, static_cast<float>(cfg.typography.measure_chars) * avg_em * body_px);
        break;
    }
    if (measure <= 0) measure = std::max(100.0f, W - 2 * outer_margin);
    body_px = std::round(body_px * 4) / 4;
    out.body_px = body_px;
    out.measure_px = measure;
    out.average_char_px = avg_em * body_px;
    // Centred where it can be; on a narrow screen, as far right as the page marks need
    // (and never so far that the line runs under the position indicator).
    const float centred_x = (W - measure) / 2;
    const float column_x =
        std::round(std::max(centred_x, std::min(outer_margin + gutter, W - right_margin - measure)));
    const float line_h = std::round(body_px * cfg.typography.leading);

    // The bar, and the switch between the translation and the original: a two-part
    // control «Перевод | Оригинал» in the margin beside the column, at the top of the
    // view, showing which is shown (its other half switches, at the same paragraph); in
    // the bar where the margin is too narrow or the bar is within reach (portrait).
    {
        const std::string shown = ui_text("reader.translation", in.language), other = ui_text("reader.original", in.language);
        const float half_w = std::max(button_width(text, chrome, shown, in.language), button_width(text, chrome, other, in.language));
        const float gap_x = std::round(body_px * 0.9f) + std::max(12.0f, body_px * 0.6f);  // clear of the panels, which reach out by 0.9 em
        const float switch_x = column_x + measure + gap_x;
        const bool beside = in.offer_translation && !bar_below && switch_x + 2 * half_w <= W - right_margin;
        std::vector<ButtonSpec> right;
        if (in.offer_translation && !beside)
            right.push_back({"reader:translation", ui_text(in.showing_translation ? "reader.original" : "reader.translation", in.language),
                             in.showing_translation});
        if (!in.listen_label.empty()) right.push_back({"reader:listen", in.listen_label, false});
        if (in.show_timeline_button) right.push_back({"timeline", ui_text("reader.to_timeline", in.language), false});
        add_top_bar(g, text, theme, chrome, {{"home", ui_text("nav.home", in.language), false}},
                    in.title.empty() ? ui_text("reader.title", in.language) : in.title, right, in.language, bar_below);
        if (beside) {
            const float y = g.viewport.y + chrome.pad_px * 2, h = chrome.button_h_px;
            const RectF box{switch_x, y, 2 * half_w, h};
            g.rects.push_back({box, theme.muted, Layer::fixed, h / 2});
            g.rects.push_back({{box.x + 1.5f, box.y + 1.5f, box.w - 3, box.h - 3}, theme.paper, Layer::fixed, h / 2 - 1.5f});
            // The half that is shown, filled; the other a button.
            const bool translation_shown = in.showing_translation;
            const RectF left_half{box.x, y, half_w, h}, right_half{box.x + half_w, y, half_w, h};
            const RectF& filled = translation_shown ? left_half : right_half;
            g.rects.push_back({filled, theme.accent, Layer::fixed, h / 2});
            const bool paper_is_light = theme.paper.r + theme.paper.g + theme.paper.b > 3 * 128;
            const Color on_accent = paper_is_light ? theme.paper : Color{0xff, 0xff, 0xff};
            const int face = text.face(FontRole::label_strong, chrome.label_px);
            for (const auto& [label, half, is_shown] : {std::tuple{shown, left_half, translation_shown}, std::tuple{other, right_half, !translation_shown}}) {
                SceneLine l = make_label_line(text, label, face, {"kern"}, 0, y, h, is_shown ? on_accent : theme.ink, is_shown ? theme.accent : theme.paper,
                                              "label", is_shown ? "" : "reader:translation", Layer::fixed, in.language);
                l.box.x = std::round(half.x + (half.w - l.box.w) / 2);
                g.lines.push_back(std::move(l));
                if (!is_shown) g.targets.push_back({"reader:translation", half, Layer::fixed});
            }
        }
    }

    // ---- 2. styles.
    auto style_for = [&](const Block& b) {
        BlockStyle s;
        s.fg = theme.ink;
        switch (b.role) {
            case BlockRole::source:
                s.size = 0.8f; s.align = Alignment::center; s.hyphenation = Hyphenation::off;
                s.features = {"kern", "smcp", "c2sc", "onum"}; s.fg = theme.muted; s.space_after = 0.35f; break;
            case BlockRole::heading:
                s.role = FontRole::display; s.size = 1.3f; s.align = Alignment::center;
                s.hyphenation = Hyphenation::off; s.leading = 1.25f; s.space_after = 1.1f; break;
            case BlockRole::opener:
                s.align = Alignment::center; s.hyphenation = Hyphenation::off; s.space_after = 0.3f; break;
            case BlockRole::dateline:
                s.align = Alignment::right; s.hyphenation = Hyphenation::off; s.space_before = 0.4f; s.space_after = 0.3f; break;
            case BlockRole::signer:
                s.role = FontRole::body_italic; s.align = Alignment::right; s.hyphenation = Hyphenation::off;
                s.size = 0.9f; s.fg = theme.muted; s.space_before = 0.15f; s.space_after = 0.6f; break;
            case BlockRole::signature:
                s.align = Alignment::right; s.hyphenation = Hyphenation::off; s.space_before = 0.5f; s.space_after = 0.3f; break;
            case BlockRole::list_item:
            case BlockRole::table_row:
                s.align = Alignment::left; s.space_after = 0.2f; break;
            case BlockRole::paragraph: break;
        }
        return s;
    };

    // The exhibit's own words (an introduction, what happened next) on a tinted panel,
    // in the reader's column, so they are never mistaken for the document.
    auto add_exhibit_panel = [&](const ExhibitText& t, float top) {
        const float pad = std::round(body_px * 0.9f);
        // The panel reaches out of the column by its padding; where the column is pushed
        // to the right (a narrow screen), its words are set that much narrower instead,
        // so that the panel stops short of the position indicator.
        const float right_limit = W - 12.0f - std::round(outer_margin / 2);
        const float words_measure = measure - std::max(0.0f, std::ceil(column_x + measure + pad - right_limit));
        const float small = std::round(std::max(15.0f, body_px * 0.62f));
        const float panel_top = top;
        const std::size_t first_rect = g.rects.size();
        float yy = top + pad;
        if (!t.heading.empty()) {
            SceneLine head = make_label_line(text, t.heading, text.face(FontRole::label_strong, small), {"kern"}, column_x, yy,
                                             std::round(small * 1.6f), theme.accent, theme.bar, "exhibit-heading", "", Layer::content,
                                             in.language);
            yy += head.box.h + std::round(small * 0.2f);
            g.lines.push_back(std::move(head));
        }
        const float size = std::round(body_px * 0.9f * 4) / 4;
        ParagraphSetter tsetter = text.setter(t.language);
        for (std::size_t i = 0; i < t.blocks.size(); ++i) {
            ParagraphSpec spec;
            for (const auto& span : t.blocks[i].spans) {
                TextStyle ts;
                ts.face_index = text.face((span.style & span_italic) ? FontRole::body_italic : FontRole::body, size);
                ts.features = {"kern", "liga", "onum"};
                spec.styles.push_back(ts);
                spec.runs.push_back({span.text, static_cast<int>(spec.styles.size()) - 1, {}});
            }
            spec.measure_px = words_measure;
            spec.language = t.language;
            spec.kp.emergency_stretch_px = size * 1.5f;
            if (i > 0) yy += std::round(line_h * 0.3f);
            const TypesetParagraph tp = tsetter.set(spec);
            // The exhibit's own words are read aloud with the telegram; a translation's
            // notice about itself is not.
            const int speech = t.kind == ExhibitText::Kind::notice ? -1 : add_speech(g.speech, tp, t.language);
            yy = append_paragraph_lines(g.lines, text, tp, text.face(FontRole::body, size), column_x, yy,
                                        std::round(size * cfg.typography.leading),
                                        {t.kind == ExhibitText::Kind::afterword ? "afterword" : "intro", "", theme.ink, theme.bar,
                                         theme.accent, Layer::content, words_measure, speech});
        }
        if (!t.event_id.empty()) {
            // The way to the event on the timeline: a button in the panel.
            yy += std::round(line_h * 0.4f);
            SceneGeometry b;
            b.width_px = g.width_px;
            const ChromeStyle bs = chrome_style(screen, in.text_scale);
            const float w = std::min(words_measure, button_width(text, bs, t.event_label, in.language));
            add_button(b, text, theme, bs, {"event:" + t.event_id, t.event_label, true}, {column_x, yy, w, bs.button_h_px},
                       in.language);
            for (auto r : b.rects) {
                r.layer = Layer::content;
                g.rects.push_back(r);
            }
            for (auto l : b.lines) {
                l.layer = Layer::content;
                l.role = "afterword";
                g.lines.push_back(std::move(l));
            }
            for (auto tg : b.targets) {
                tg.layer = Layer::content;
                g.targets.push_back(tg);
            }
            yy += bs.button_h_px;
        }
        yy += pad;
        g.rects.insert(g.rects.begin() + static_cast<std::ptrdiff_t>(first_rect),
                       {{column_x - pad, panel_top, words_measure + 2 * pad, yy - panel_top}, theme.bar, Layer::content, 12});
        return yy;
    };

    // Indent every paragraph that follows another paragraph (book style: the first
    // after a heading or a date starts flush).
    float y = std::round(line_h * 1.2f);
    if (in.showing_translation && !doc.notice.empty()) {
        // The translation says what it is before anything else: the exhibit's, not the archive's.
        ExhibitText notice;
        notice.kind = ExhibitText::Kind::notice;
        notice.language = doc.language;
        notice.heading = ui_text("reader.translation_heading", in.language);
        Block b;
        b.spans.push_back({doc.notice, span_italic, {}});
        notice.blocks.push_back(b);
        y = add_exhibit_panel(notice, y) + std::round(line_h * 0.6f);
    }
    if (const ExhibitText* intro = original.exhibit_text(ExhibitText::Kind::introduction, in.language))
        y = add_exhibit_panel(*intro, y) + std::round(line_h * 1.3f);
    bool glossed_file_number = false, glossed_page = false;
    BlockRole previous = BlockRole::source;
    bool first_block = true;
    ParagraphSetter setter = text.setter(doc_lang);

    auto make_styles = [&](const BlockStyle& s, const std::vector<Span>& spans, std::vector<StyledRun>& runs,
                           std::vector<TextStyle>& styles) {
        const float size = body_px * s.size;
        for (const auto& span : spans) {
            TextStyle ts;
            FontRole role = s.role;
            if (span.style & span_italic) {
                if (role == FontRole::body) role = FontRole::body_italic;
                else if (role == FontRole::display) role = FontRole::display_italic;
            }
            ts.face_index = text.face(role, size);
            ts.features = s.features;
            if (span.style & span_small_caps) ts.features.push_back("smcp");
            if (span.style & span_note_ref) ts.color_slot = 1;
            styles.push_back(ts);
            // A run's link makes the engine report where it lies on its line.
            // A footnote's number is seen, not heard.
            runs.push_back({span.text, static_cast<int>(styles.size()) - 1, span.link, (span.style & span_note_ref) != 0});
        }
    };

    // ---- 3. blocks.
    auto add_paragraph_lines = [&](const TypesetParagraph& tp, const BlockStyle& s, float x0, float measure_px,
                                   float lh, const std::string& role, const std::string& id, bool spoken) {
        const float top = y;
        const int speech = spoken ? add_speech(g.speech, tp, doc_lang) : -1;
        y = append_paragraph_lines(g.lines, text, tp, text.face(s.role, body_px * s.size), x0, top, lh,
                                   {role, id, s.fg, theme.paper, theme.accent, Layer::content, measure_px, speech});
        for (std::size_t i = 0; i < tp.lines.size(); ++i) {
            const float line_top = top + static_cast<float>(i) * lh;
            // A name split into several pieces ("M." "Kalinin") is one link on its line.
            std::vector<LinkSpan> links;
            for (const auto& link : tp.lines[i].links) {
                if (!links.empty() && links.back().link == link.link) links.back().x1_px = link.x1_px;
                else links.push_back(link);
            }
            for (const auto& link : links) {
                const float lx0 = x0 + tp.lines[i].x_px + link.x0_px, lx1 = x0 + tp.lines[i].x_px + link.x1_px;
                if (link.link.rfind("person:", 0) == 0) {
                    // A name with a note: a soft tint behind it (the page's colour stays
                    // whole), and a target as tall as a finger.
                    const float pad = body_px * 0.12f;
                    const Color tint = in.high_contrast ? Color{0xd8, 0xd8, 0xd8} : Color{theme.accent.r, theme.accent.g, theme.accent.b, 26};
                    g.rects.push_back({{lx0 - pad, line_top + lh * 0.12f, lx1 - lx0 + 2 * pad, lh * 0.8f}, tint, Layer::content, body_px * 0.2f});
                    const float h = std::max(lh, screen.min_target_px), w = std::max(lx1 - lx0 + 2 * pad, screen.min_target_px);
                    g.targets.push_back({link.link, {(lx0 + lx1) / 2 - w / 2, line_top + lh / 2 - h / 2, w, h}, Layer::content});
                    continue;
                }
                // Footnote marks are tiny: their touch targets are grown to a finger's size.
                const float cx = (lx0 + lx1) / 2;
                const float cy = line_top + lh / 2;
                const float size = screen.min_target_px;
                g.targets.push_back({"noteref:" + link.link, {cx - size / 2, cy - size / 2, size, size}, Layer::content});
                out.anchor_y["ref-" + link.link] = line_top;
            }
        }
    };

    for (const auto& block : doc.blocks) {
        const BlockStyle s = style_for(block);
        ParagraphSpec spec;
        make_styles(s, block.spans, spec.runs, spec.styles);
        spec.align = s.align;
        spec.hyphenation = s.hyphenation;
        spec.language = doc_lang;
        const float depth_indent = block.quote_depth > 1 ? (block.quote_depth - 1) * body_px * 1.5f : 0.0f;
        spec.measure_px = block.role == BlockRole::heading ? std::min(measure, body_px * s.size * 24.0f) : measure - 2 * depth_indent;
        spec.first_indent_px = (block.role == BlockRole::paragraph && previous == BlockRole::paragraph) ? body_px * 1.1f : 0.0f;
        spec.kp.emergency_stretch_px = body_px * 1.5f;
        spec.max_expansion = cfg.typography.font_expansion_pct / 100.0f;
        for (const auto& pb : block.page_breaks) spec.markers.push_back(pb.byte_offset);

        const float lh = s.leading > 0 ? std::round(body_px * s.size * s.leading) : std::round(line_h * std::max(0.85f, s.size));
        if (!first_block) y += std::round(s.space_before * line_h);
        const TypesetParagraph tp = setter.set(spec);
        out.worst_pass = std::max(out.worst_pass, tp.pass);
        const float x0 = column_x + depth_indent + (measure - 2 * depth_indent - spec.measure_px) / 2;
        const std::size_t first_line = g.lines.size();
        const float block_top = y;
        // Listen reads the letter, not the archive's file number above it.
        add_paragraph_lines(tp, s, x0, spec.measure_px, lh, role_name(block.role), block.id, block.role != BlockRole::source);
        if (!block.id.empty()) {
            out.anchor_y["block:" + block.id] = block_top;
            out.anchor_y["block-end:" + block.id] = y;
        }

        // Page marks: "[Page 764]" quietly in the left margin, level with the line
        // where the page begins. Nothing in the line itself: a hairline between two
        // words read as a text cursor (issue 23).
        // Last first, so inserting a mark does not shift the lines of the ones before it.
        for (auto mit = tp.markers.rbegin(); mit != tp.markers.rend(); ++mit) {
            const auto& mk = *mit;
            const auto& pb = block.page_breaks[mk.marker];
            if (first_line + mk.line >= g.lines.size()) continue;
            const SceneLine& at = g.lines[first_line + mk.line];
            const int face = text.face(FontRole::body_italic, body_px * 0.6f);
            // "[Page 764]" in English, "[С. 764]" in a Russian reading: the mark is part
            // of the text shown, so it speaks the text's language.
            const std::string label = "[" + ui_text("reader.page", doc_lang) + " " + pb.page + "]";
            SceneLine mark = make_label_line(text, label, face, {"kern", "onum"}, 0, at.box.y, at.box.h, theme.muted,
                                             theme.paper, "pagemark", "page-" + pb.page, Layer::content, doc_lang);
            mark.baseline_y = at.baseline_y;
            mark.box.x = std::max(2.0f, column_x - body_px * 0.8f - mark.box.w);
            out.anchor_y["page-" + pb.page] = at.box.y;
            // In reading order the mark comes right after the line where the page begins;
            // the first one says, under it in the margin, what it marks.
            std::vector<SceneLine> margin{std::move(mark)};
            if (!glossed_page) {
                glossed_page = true;
                const float gloss_px = std::round(std::max(12.0f, body_px * 0.45f));
                ParagraphSpec gs;
                gs.styles.push_back({text.face(FontRole::body_italic, gloss_px), {"kern", "liga", "onum"}, 0, 0});
                gs.runs.push_back({ui_text("reader.page_gloss", in.language), 0, {}});
                gs.measure_px = std::max(gloss_px * 4, column_x - body_px * 0.8f - 2.0f);
                gs.align = Alignment::right;
                gs.hyphenation = Hyphenation::off;
                gs.language = in.language;
                const TypesetParagraph gp = text.setter(in.language).set(gs);
                std::vector<SceneLine> gloss;
                append_paragraph_lines(gloss, text, gp, gs.styles[0].face_index, 2.0f, margin.front().box.bottom(),
                                       std::round(gloss_px * 1.3f),
                                       {"gloss", "page-" + pb.page, theme.muted, theme.paper, theme.accent, Layer::content, gs.measure_px});
                // Right-aligned against the column, like the mark above it.
                for (auto& l : gloss) l.box.x = std::max(2.0f, column_x - body_px * 0.8f - l.box.w);
                margin.insert(margin.end(), gloss.begin(), gloss.end());
            }
            g.lines.insert(g.lines.begin() + static_cast<std::ptrdiff_t>(first_line + mk.line + 1), margin.begin(), margin.end());
        }
        // The archive's marks, explained in a word where they first appear.
        if (block.role == BlockRole::source && !glossed_file_number) {
            glossed_file_number = true;
            const float gloss_px = std::round(std::max(14.0f, body_px * 0.55f));
            SceneLine gloss = make_label_line(text, ui_text("reader.file_number_gloss", in.language),
                                              text.face(FontRole::body_italic, gloss_px), {"kern", "liga", "onum"}, 0, y,
                                              std::round(gloss_px * 1.4f), theme.muted, theme.paper, "gloss", "", Layer::content,
                                              in.language);
            gloss.box.x = std::round(column_x + (measure - gloss.box.w) / 2);
            y += gloss.box.h;
            g.lines.push_back(std::move(gloss));
        }
        y += std::round(s.space_after * line_h);
        previous = block.role;
        first_block = false;
    }

    // ---- 4. footnotes: after a short rule, a size smaller, set to the same measure.
    if (!doc.footnotes.empty()) {
        y += line_h;
        g.rects.push_back({{column_x, y, std::round(measure * 0.22f), std::max(1.0f, body_px * 0.05f)}, theme.muted,
                           Layer::content, 0});
        y += std::round(line_h * 0.6f);
        BlockStyle s;
        s.size = 0.8f;
        s.fg = theme.ink;
        // Lining figures: an old-style "1." at the head of a note reads like "I.".
        s.features = {"kern", "liga", "lnum"};
        for (const auto& fn : doc.footnotes) {
            ParagraphSpec spec;
            std::vector<Span> spans;
            spans.push_back({fn.number + ". ", span_roman, {}});
            spans.insert(spans.end(), fn.spans.begin(), fn.spans.end());
            make_styles(s, spans, spec.runs, spec.styles);
            spec.align = Alignment::justify;
            spec.language = doc_lang;
            spec.measure_px = measure;
            spec.kp.emergency_stretch_px = body_px;
            spec.max_expansion = cfg.typography.font_expansion_pct / 100.0f;
            out.anchor_y[fn.id] = y;
            const TypesetParagraph tp = setter.set(spec);
            out.worst_pass = std::max(out.worst_pass, tp.pass);
            const float note_top = y;
            add_paragraph_lines(tp, s, column_x, measure, std::round(line_h * 0.85f), "footnote", fn.id, false);
            // The note itself leads back to where it is referred to.
            g.targets.push_back({"noteback:" + fn.id, {column_x, note_top, measure, std::max(y - note_top, screen.min_target_px)},
                                 Layer::content});
            y += std::round(line_h * 0.3f);
        }
    }
    if (const ExhibitText* after = original.exhibit_text(ExhibitText::Kind::afterword, in.language)) {
        y += line_h * 1.5f;
        y = add_exhibit_panel(*after, y);
    }
    g.content_height_px = y + line_h * 2;
    return out;
}

}  // namespace kiosk
