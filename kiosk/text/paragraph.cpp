// Sections: 1. pieces (a word's part in one style, shaped once)  2. building the
// Knuth–Plass items  3. placing glyphs on the chosen lines  4. markers.
#include "text/paragraph.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cassert>
#include <map>

#include "text/font_cache.h"
#include "text/hyphenator.h"
#include "text/line_breaks.h"
#include "text/shaper.h"
#include "text/typographic_ties.h"

namespace kiosk {
namespace {

// ---- 1. pieces --------------------------------------------------------------

struct Piece {
    std::size_t begin = 0, end = 0;  // bytes in the paragraph text
    int run = 0;
    int face = 0;  // the style's face, or its fallback where the style's lacks glyphs
    std::vector<ShapedGlyph> glyphs;  // clusters relative to `begin`
    std::size_t glyphs_between(std::size_t from, std::size_t to) const {
        std::size_t n = 0;
        for (const auto& g : glyphs)
            if (g.cluster >= from && g.cluster < to) ++n;
        return n;
    }
    // Advance width of the glyphs whose cluster lies before `offset` (relative).
    float advance_before(std::size_t offset) const {
        float w = 0;
        for (const auto& g : glyphs)
            if (g.cluster < offset) w += g.x_advance_px;
        return w;
    }
};

// What each Knuth–Plass item stands for in the text.
struct ItemSource {
    int piece = -1;  // boxes: the piece they cut from; -1 for the indent
    std::size_t begin = 0, end = 0;
};

bool is_letter_at(const std::string& text, std::size_t i, std::size_t* next) {
    UChar32 c;
    auto pos = static_cast<std::int32_t>(i);
    U8_NEXT(text.data(), pos, static_cast<std::int32_t>(text.size()), c);
    *next = static_cast<std::size_t>(pos);
    return c >= 0 && u_isalpha(c);
}

// The word that ends at `end` and the one that starts at `begin`, as far as a space.
std::string_view word_before(const std::string& text, std::size_t end) {
    std::size_t b = end;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    return std::string_view(text).substr(b, end - b);
}
std::string_view word_after(const std::string& text, std::size_t begin) {
    std::size_t e = begin;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
    return std::string_view(text).substr(begin, e - begin);
}

// A two-letter preposition at a line's end costs as much as a very loose line twice over.
constexpr float tie_avoid_penalty = 1000;

}  // namespace

TypesetParagraph ParagraphSetter::set(const ParagraphSpec& spec) {
    TypesetParagraph out;
    std::string text;
    std::vector<std::size_t> run_begin;
    for (const auto& r : spec.runs) {
        run_begin.push_back(text.size());
        text += r.text;
    }
    if (text.empty()) return out;
    out.text = text;
    for (std::size_t r = 0; r < spec.runs.size(); ++r)
        if (spec.runs[r].silent) out.silent.push_back({run_begin[r], run_begin[r] + spec.runs[r].text.size()});
    auto run_at = [&](std::size_t byte) {
        auto it = std::upper_bound(run_begin.begin(), run_begin.end(), byte);
        return static_cast<int>(it - run_begin.begin()) - 1;
    };
    auto style_of_run = [&](int run) -> const TextStyle& {
        return spec.styles.at(static_cast<std::size_t>(spec.runs.at(static_cast<std::size_t>(run)).style));
    };

    std::map<int, float> space_width, hyphen_width;
    auto measure_text = [&](int run, std::string_view s, std::map<int, float>& cache) {
        const int style = spec.runs[static_cast<std::size_t>(run)].style;
        if (auto it = cache.find(style); it != cache.end()) return it->second;
        const auto& st = style_of_run(run);
        const float w = shaper_.width_px(fonts_.face(st.face_index), s, st.features, spec.language);
        cache[style] = w;
        return w;
    };

    auto letter_stretch = [&](int run) {
        return spec.letter_stretch_em * fonts_.face(style_of_run(run).face_index).size_px();
    };
    auto letter_shrink = [&](int run) {
        return spec.letter_shrink_em * fonts_.face(style_of_run(run).face_index).size_px();
    };

    // ---- 2. items -----------------------------------------------------------
    std::vector<Piece> pieces;
    std::vector<KpItem> items;
    std::vector<ItemSource> sources;
    const bool ragged = spec.align != Alignment::justify;
    const float hyphen_penalty = 50;

    auto push = [&](KpItem item, ItemSource src) {
        items.push_back(item);
        sources.push_back(src);
    };

    auto add_word = [&](std::size_t b, std::size_t e) {
        // The alphabetic core, for hyphenation: "“March" → "March", "both." → "both".
        std::vector<std::size_t> hyphen_points;
        if (spec.hyphenation == Hyphenation::on && hyphenator_) {
            std::size_t core_b = b, core_e = b, i = b;
            bool seen_letter = false;
            while (i < e) {
                std::size_t next;
                const bool letter = is_letter_at(text, i, &next);
                if (letter && !seen_letter) {
                    core_b = i;
                    seen_letter = true;
                }
                if (letter) core_e = next;
                else if (seen_letter) {
                    // Inner non-letters (apostrophes, digits) end the core unless trailing.
                    bool letters_after = false;
                    for (std::size_t j = next; j < e;) {
                        std::size_t n2;
                        if (is_letter_at(text, j, &n2)) { letters_after = true; break; }
                        j = n2;
                    }
                    if (letters_after) { seen_letter = false; core_e = core_b; break; }
                }
                i = next;
            }
            if (seen_letter && core_e > core_b && run_at(core_b) == run_at(core_e - 1)) {
                for (auto p : hyphenator_->points(std::string_view(text).substr(core_b, core_e - core_b)))
                    hyphen_points.push_back(core_b + p);
            }
        }
        std::size_t hp = 0;
        for (std::size_t pb = b; pb < e;) {
            const int run = run_at(pb);
            const std::size_t run_end = run + 1 < static_cast<int>(run_begin.size()) ? run_begin[run + 1] : text.size();
            const std::size_t pe = std::min(e, run_end);
            const auto& st = style_of_run(run);
            Piece piece;
            piece.begin = pb;
            piece.end = pe;
            piece.run = run;
            piece.face = st.face_index;
            piece.glyphs = shaper_.shape(fonts_.face(piece.face), std::string_view(text).substr(pb, pe - pb),
                                         st.features, spec.language);
            if (const int fb = fonts_.fallback(piece.face);
                fb >= 0 && !fonts_.face(piece.face).draws(std::string_view(text).substr(pb, pe - pb))) {
                piece.face = fb;
                piece.glyphs = shaper_.shape(fonts_.face(fb), std::string_view(text).substr(pb, pe - pb), st.features,
                                             spec.language);
            }
            pieces.push_back(std::move(piece));
            const int pi = static_cast<int>(pieces.size()) - 1;
            std::size_t sb = pb;
            while (hp < hyphen_points.size() && hyphen_points[hp] <= sb) ++hp;
            for (;;) {
                const bool cut = hp < hyphen_points.size() && hyphen_points[hp] < pe;
                const std::size_t se = cut ? hyphen_points[hp] : pe;
                const auto& pc = pieces[static_cast<std::size_t>(pi)];
                const float w = pc.advance_before(se - pb) - pc.advance_before(sb - pb);
                const float glyphs = static_cast<float>(pc.glyphs_between(sb - pb, se - pb));
                push(ragged ? KpItem::box(w) : KpItem::glyphs(w, glyphs * letter_stretch(run), glyphs * letter_shrink(run)),
                     {pi, sb, se});
                if (!cut) break;
                push(KpItem::penalty_item(measure_text(run, "-", hyphen_width), hyphen_penalty, true), {-1, se, se});
                sb = se;
                ++hp;
            }
            pb = pe;
        }
    };

    if (spec.first_indent_px > 0) push(KpItem::box(spec.first_indent_px), {-1, 0, 0});
    std::size_t prev = 0;
    for (const auto& opp : line_break_opportunities(text, spec.language)) {
        std::size_t e = opp.byte_offset;
        bool newline = false;
        while (e > prev && (text[e - 1] == ' ' || text[e - 1] == '\n')) {
            newline = newline || text[e - 1] == '\n';
            --e;
        }
        if (e > prev) add_word(prev, e);
        if (opp.byte_offset >= text.size()) break;
        if (newline || opp.mandatory) {
            push(KpItem::glue(0, kp_fil_stretch, 0), {-1, e, e});
            push(KpItem::penalty_item(0, -kp_infinity, false), {-1, e, e});
        } else if (e < opp.byte_offset) {
            const int run = run_at(e);
            // A space the language's typesetting ties (typographic_ties.h): infinite
            // penalty before the glue leaves no breakpoint there; a finite one moves it
            // to the penalty at a cost the breaker pays only where nothing else fits.
            switch (tie_at_space(word_before(text, e), word_after(text, opp.byte_offset), spec.language)) {
                case Tie::never: push(KpItem::penalty_item(0, kp_infinity, false), {-1, e, e}); break;
                case Tie::avoid: push(KpItem::penalty_item(0, tie_avoid_penalty, false), {-1, e, e}); break;
                case Tie::none: break;
            }
            const float w = measure_text(run, " ", space_width);
            push(ragged ? KpItem::glue(w, 0, 0) : KpItem::glue(w, w * spec.space_stretch, w * spec.space_shrink),
                 {-1, e, opp.byte_offset});
        } else {
            const bool after_hyphen = e > 0 && text[e - 1] == '-';
            const bool tied = tie_inside_word(word_before(text, e), word_after(text, e));
            push(KpItem::penalty_item(0, tied ? kp_infinity : after_hyphen ? hyphen_penalty : 0, after_hyphen), {-1, e, e});
        }
        prev = opp.byte_offset;
    }
    // Centred text (headings) is balanced: its last line counts like the others, so
    // the breaks even out the lengths instead of leaving one word alone at the end.
    const bool balance = spec.align == Alignment::center;
    push(KpItem::glue(0, balance ? 0.0f : kp_fil_stretch, 0), {-1, text.size(), text.size()});
    push(KpItem::penalty_item(0, -kp_infinity, false), {-1, text.size(), text.size()});

    KpParams kp = spec.kp;
    if (ragged && kp.ragged_stretch_px <= 0) kp.ragged_stretch_px = spec.measure_px * (balance ? 0.3f : 0.12f);
    if (!ragged && spec.max_expansion > 0 && kp.expansion_steps == 0) {
        kp.expansion_step = glyph_expansion_step;
        kp.expansion_steps = static_cast<int>(std::lround(spec.max_expansion / glyph_expansion_step));
    }
    const float first_measure = spec.measure_px;
    const auto result = break_lines(items, {first_measure}, kp);
    out.pass = result.pass;

    // ---- 3. placing ---------------------------------------------------------
    struct GlyphAnchor { std::size_t byte; float x; };
    std::vector<std::vector<GlyphAnchor>> anchors;
    for (const auto& kl : result.lines) {
        TypesetLine line;
        // The line's font expansion: every glyph's advance and outline scaled by it.
        const float widen = 1.0f + static_cast<float>(kl.expansion) * kp.expansion_step;
        line.expansion = static_cast<float>(kl.expansion) * kp.expansion_step;
        line.hyphenated = kl.hyphenated;
        line.overfull = kl.overfull;
        const bool last = items[kl.break_item].type == KpItem::Type::penalty && items[kl.break_item].penalty <= -kp_infinity;

        // Chunks: runs of consecutive boxes from one piece, shaped together.
        struct Chunk {
            int piece;
            std::size_t b, e;
            std::vector<ShapedGlyph> glyphs;
            float width;
        };
        std::vector<Chunk> chunks;
        float natural = 0, stretch = 0, shrink = 0;
        std::vector<int> order;  // >=0: chunk index; -1-k: glue item k; -1000000: indent
        bool have_text = false;
        std::size_t line_b = 0, line_e = 0;
        for (std::size_t i = kl.start_item; i < kl.break_item; ++i) {
            const auto& it = items[i];
            const auto& src = sources[i];
            if (it.type == KpItem::Type::box) {
                if (src.piece < 0) {
                    natural += it.width_px;
                    order.push_back(-1000000);
                    continue;
                }
                if (!chunks.empty() && chunks.back().piece == src.piece && chunks.back().e == src.begin &&
                    !order.empty() && order.back() == static_cast<int>(chunks.size()) - 1) {
                    chunks.back().e = src.end;
                } else {
                    chunks.push_back({src.piece, src.begin, src.end, {}, 0});
                    order.push_back(static_cast<int>(chunks.size()) - 1);
                }
                if (!have_text) line_b = src.begin;
                have_text = true;
                line_e = src.end;
            } else if (it.type == KpItem::Type::glue) {
                natural += it.width_px;
                stretch += it.stretch_px;
                shrink += it.shrink_px;
                order.push_back(-1 - static_cast<int>(i));
            }
        }
        for (std::size_t c = 0; c < chunks.size(); ++c) {
            auto& ch = chunks[c];
            const auto& piece = pieces[static_cast<std::size_t>(ch.piece)];
            const bool hyphen_here = kl.hyphenated && c + 1 == chunks.size();
            if (ch.b == piece.begin && ch.e == piece.end && !hyphen_here) {
                ch.glyphs = piece.glyphs;
            } else {
                // Cut inside a word: shape the part again (a ligature may straddle the cut).
                std::string part = text.substr(ch.b, ch.e - ch.b);
                if (hyphen_here) part += '-';
                const auto& st = style_of_run(piece.run);
                ch.glyphs = shaper_.shape(fonts_.face(piece.face), part, st.features, spec.language);
                for (auto& g : ch.glyphs) g.cluster += static_cast<std::uint32_t>(ch.b - piece.begin);
            }
            ch.width = 0;
            for (auto& g : ch.glyphs) {
                g.x_advance_px *= widen;
                g.x_offset_px *= widen;
                ch.width += g.x_advance_px;
            }
            natural += ch.width;
            if (!ragged) {
                stretch += static_cast<float>(ch.glyphs.size()) * letter_stretch(piece.run);
                shrink += static_cast<float>(ch.glyphs.size()) * letter_shrink(piece.run);
            }
        }

        float r = 0;
        if (!ragged && !last) {
            if (natural < spec.measure_px && stretch > 0) r = (spec.measure_px - natural) / stretch;
            else if (natural > spec.measure_px && shrink > 0) r = std::max(-1.0f, (spec.measure_px - natural) / shrink);
        } else if (natural > spec.measure_px && shrink > 0) {
            r = std::max(-1.0f, (spec.measure_px - natural) / shrink);
        }

        float pen = 0;
        std::vector<GlyphAnchor> line_anchors;
        for (int o : order) {
            if (o == -1000000) {
                pen += spec.first_indent_px;
            } else if (o < 0) {
                const auto& g = items[static_cast<std::size_t>(-1 - o)];
                pen += g.width_px + (r > 0 ? r * g.stretch_px : r * g.shrink_px);
            } else {
                const auto& ch = chunks[static_cast<std::size_t>(o)];
                const auto& piece = pieces[static_cast<std::size_t>(ch.piece)];
                const auto& st = style_of_run(piece.run);
                const float chunk_x = pen;
                const float tracking = ragged ? 0.0f : (r > 0 ? r * letter_stretch(piece.run) : r * letter_shrink(piece.run));
                for (std::size_t gi = 0; gi < ch.glyphs.size(); ++gi) {
                    const auto& g = ch.glyphs[gi];
                    line.glyphs.push_back({piece.face, g.glyph_id, pen + g.x_offset_px,
                                           -(g.y_offset_px + st.baseline_shift_px), st.color_slot,
                                           static_cast<std::uint32_t>(piece.begin + g.cluster), g.x_advance_px + tracking,
                                           static_cast<std::int8_t>(kl.expansion)});
                    line_anchors.push_back({piece.begin + g.cluster, pen});
                    pen += g.x_advance_px + tracking;
                }
                const auto& link = spec.runs[static_cast<std::size_t>(piece.run)].link;
                if (!link.empty()) line.links.push_back({link, chunk_x, pen});
            }
        }
        line.width_px = pen;
        line.ratio = (!ragged && !last) ? r : 0.0f;
        switch (spec.align) {
            case Alignment::justify:
            case Alignment::left: line.x_px = 0; break;
            case Alignment::center: line.x_px = std::max(0.0f, (spec.measure_px - pen) / 2); break;
            case Alignment::right: line.x_px = std::max(0.0f, spec.measure_px - pen); break;
        }
        line.byte_begin = line_b;
        line.byte_end = line_e;
        line.text = text.substr(line_b, line_e - line_b);
        std::replace(line.text.begin(), line.text.end(), '\n', ' ');
        if (line.hyphenated) line.text += '-';
        out.lines.push_back(std::move(line));
        anchors.push_back(std::move(line_anchors));
    }

    // ---- 4. markers ---------------------------------------------------------
    for (std::size_t m = 0; m < spec.markers.size(); ++m) {
        const std::size_t at = spec.markers[m];
        std::size_t li = 0;
        for (std::size_t l = 0; l < out.lines.size(); ++l)
            if (out.lines[l].byte_begin <= at) li = l;
        float x = out.lines.empty() ? 0 : out.lines[li].width_px;
        if (li < anchors.size()) {
            for (const auto& a : anchors[li]) {
                if (a.byte >= at) { x = a.x; break; }
            }
        }
        out.markers.push_back({m, li, x});
    }
    return out;
}

}  // namespace kiosk
