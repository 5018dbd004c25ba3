// Sections: 1. pieces (a word's part in one style, shaped once)  2. building the
// Knuth–Plass items  3. placing glyphs on the chosen lines  4. markers.
#include "text/paragraph.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cassert>
#include <cmath>
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
    int face = 0;                     // the style's face, or its fallback where the style's lacks glyphs
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

namespace {

// Where a glyph of a line starts, for placing markers (page breaks) on the lines.
struct GlyphAnchor {
    std::size_t byte;
    float x;
};

// A line's contents in order, typed: the first line's indent, a word space (a glue
// item), or a chunk of consecutive boxes from one piece, shaped together.
struct LineItem {
    enum class Kind { indent, glue, chunk } kind;
    std::size_t index = 0;  // glue: the Knuth–Plass item; chunk: the chunk
};
struct Chunk {
    int piece;
    std::size_t b, e;
    std::vector<ShapedGlyph> glyphs;
    float width;
};

// One paragraph set in four steps: the runs joined and the words cut into pieces, each
// shaped once (1.); the Knuth–Plass items: boxes, glue with the language's ties,
// hyphens (2.); the breaks, then each line shaped for real, justified and placed (3.);
// the markers found on the lines (4.).
class ParagraphBuilder {
public:
    ParagraphBuilder(FontCache& fonts, Shaper& shaper, const Hyphenator* hyphenator, const ParagraphSpec& spec)
        : fonts_(fonts),
          shaper_(shaper),
          hyphenator_(hyphenator),
          spec_(spec),
          ragged_(spec.align != Alignment::justify) {}

    TypesetParagraph build() {
        join_runs();
        if (text_.empty()) return {};
        build_items();
        const auto result = break_lines(items_, {spec_.measure_px}, kp_params());
        out_.pass = result.pass;
        for (const auto& kl : result.lines) place_line(kl);
        place_markers();
        return std::move(out_);
    }

private:
    // ---- 1. the runs joined: what byte offsets index ------------------------
    void join_runs() {
        for (const auto& r : spec_.runs) {
            run_begin_.push_back(text_.size());
            text_ += r.text;
        }
        out_.text = text_;
        for (std::size_t r = 0; r < spec_.runs.size(); ++r)
            if (spec_.runs[r].silent)
                out_.silent.emplace_back(run_begin_[r], run_begin_[r] + spec_.runs[r].text.size());
    }
    int run_at(std::size_t byte) const {
        auto it = std::upper_bound(run_begin_.begin(), run_begin_.end(), byte);
        return static_cast<int>(it - run_begin_.begin()) - 1;
    }
    const TextStyle& style_of_run(int run) const {
        return spec_.styles.at(static_cast<std::size_t>(spec_.runs.at(static_cast<std::size_t>(run)).style));
    }
    // The width of `s` (a space, a hyphen) in a run's style, measured once per style.
    float measure_text(int run, std::string_view s, std::map<int, float>& cache) {
        const int style = spec_.runs[static_cast<std::size_t>(run)].style;
        if (auto it = cache.find(style); it != cache.end()) return it->second;
        const auto& st = style_of_run(run);
        const float w = shaper_.width_px(fonts_.face(st.face_index), s, st.features, spec_.language);
        cache[style] = w;
        return w;
    }
    float letter_stretch(int run) const {
        return spec_.letter_stretch_em * fonts_.face(style_of_run(run).face_index).size_px();
    }
    float letter_shrink(int run) const {
        return spec_.letter_shrink_em * fonts_.face(style_of_run(run).face_index).size_px();
    }

    // ---- 2. items ----------------------------------------------------------------
    void push(KpItem item, ItemSource src) {
        items_.push_back(item);
        sources_.push_back(src);
    }

    void build_items() {
        if (spec_.first_indent_px > 0) push(KpItem::box(spec_.first_indent_px), {-1, 0, 0});
        std::size_t prev = 0;
        for (const auto& opp : line_break_opportunities(text_, spec_.language)) {
            std::size_t e = opp.byte_offset;
            bool newline = false;
            while (e > prev && (text_[e - 1] == ' ' || text_[e - 1] == '\n')) {
                newline = newline || text_[e - 1] == '\n';
                --e;
            }
            if (e > prev) add_word(prev, e);
            if (opp.byte_offset >= text_.size()) break;
            if (newline || opp.mandatory) {
                push(KpItem::glue(0, kp_fil_stretch, 0), {-1, e, e});
                push(KpItem::penalty_item(0, -kp_infinity, false), {-1, e, e});
            } else if (e < opp.byte_offset) {
                add_space(e, opp.byte_offset);
            } else {
                const bool after_hyphen = e > 0 && text_[e - 1] == '-';
                const bool tied = tie_inside_word(word_before(text_, e), word_after(text_, e));
                push(KpItem::penalty_item(0,
                                          tied           ? kp_infinity
                                          : after_hyphen ? hyphen_penalty
                                                         : 0,
                                          after_hyphen),
                     {-1, e, e});
            }
            prev = opp.byte_offset;
        }
        // Centred text (headings) is balanced: its last line counts like the others, so
        // the breaks even out the lengths instead of leaving one word alone at the end.
        push(KpItem::glue(0, balanced() ? 0.0f : kp_fil_stretch, 0), {-1, text_.size(), text_.size()});
        push(KpItem::penalty_item(0, -kp_infinity, false), {-1, text_.size(), text_.size()});
    }
    bool balanced() const { return spec_.align == Alignment::center; }

    // A word space from `e` to `next`. A space the language's typesetting ties
    // (typographic_ties.h) gets a penalty before its glue: an infinite one leaves no
    // breakpoint there; a finite one moves it to the penalty at a cost the breaker pays
    // only where nothing else fits.
    void add_space(std::size_t e, std::size_t next) {
        const int run = run_at(e);
        switch (tie_at_space_in(text_, e, next, spec_.language)) {
            case Tie::never:
                push(KpItem::penalty_item(0, kp_infinity, false), {-1, e, e});
                break;
            case Tie::avoid:
                push(KpItem::penalty_item(0, tie_avoid_penalty, false), {-1, e, e});
                break;
            case Tie::none:
                break;
        }
        const float w = measure_text(run, " ", space_width_);
        push(ragged_ ? KpItem::glue(w, 0, 0) : KpItem::glue(w, w * spec_.space_stretch, w * spec_.space_shrink),
             {-1, e, next});
    }

    // Where libhyphen may break the word's alphabetic core ("“March" → "March", "both."
    // → "both"); inner non-letters (apostrophes, digits) end the core unless trailing.
    std::vector<std::size_t> hyphen_points(std::size_t b, std::size_t e) const {
        std::vector<std::size_t> points;
        if (spec_.hyphenation != Hyphenation::on || !hyphenator_) return points;
        std::size_t core_b = b, core_e = b, i = b;
        bool seen_letter = false;
        while (i < e) {
            std::size_t next;
            const bool letter = is_letter_at(text_, i, &next);
            if (letter && !seen_letter) {
                core_b = i;
                seen_letter = true;
            }
            if (letter)
                core_e = next;
            else if (seen_letter) {
                bool letters_after = false;
                for (std::size_t j = next; j < e;) {
                    std::size_t n2;
                    if (is_letter_at(text_, j, &n2)) {
                        letters_after = true;
                        break;
                    }
                    j = n2;
                }
                if (letters_after) {
                    seen_letter = false;
                    core_e = core_b;
                    break;
                }
            }
            i = next;
        }
        if (seen_letter && core_e > core_b && run_at(core_b) == run_at(core_e - 1))
            for (auto p : hyphenator_->points(std::string_view(text_).substr(core_b, core_e - core_b)))
                points.push_back(core_b + p);
        return points;
    }

    // A word: a piece per run it spans, shaped once (in the fallback face where the
    // style's lacks glyphs), and a box for each part between hyphenation points.
    void add_word(std::size_t b, std::size_t e) {
        const std::vector<std::size_t> points = hyphen_points(b, e);
        std::size_t hp = 0;
        for (std::size_t pb = b; pb < e;) {
            const int run = run_at(pb);
            const std::size_t run_end =
                run + 1 < static_cast<int>(run_begin_.size()) ? run_begin_[run + 1] : text_.size();
            const std::size_t pe = std::min(e, run_end);
            pieces_.push_back(shape_piece(pb, pe, run));
            const int pi = static_cast<int>(pieces_.size()) - 1;
            std::size_t sb = pb;
            while (hp < points.size() && points[hp] <= sb) ++hp;
            for (;;) {
                const bool cut = hp < points.size() && points[hp] < pe;
                const std::size_t se = cut ? points[hp] : pe;
                const auto& pc = pieces_[static_cast<std::size_t>(pi)];
                const float w = pc.advance_before(se - pb) - pc.advance_before(sb - pb);
                const float glyphs = static_cast<float>(pc.glyphs_between(sb - pb, se - pb));
                push(ragged_ ? KpItem::box(w)
                             : KpItem::glyphs(w, glyphs * letter_stretch(run), glyphs * letter_shrink(run)),
                     {pi, sb, se});
                if (!cut) break;
                push(KpItem::penalty_item(measure_text(run, "-", hyphen_width_), hyphen_penalty, true), {-1, se, se});
                sb = se;
                ++hp;
            }
            pb = pe;
        }
    }

    Piece shape_piece(std::size_t pb, std::size_t pe, int run) {
        const auto& st = style_of_run(run);
        const std::string_view part = std::string_view(text_).substr(pb, pe - pb);
        Piece piece;
        piece.begin = pb;
        piece.end = pe;
        piece.run = run;
        piece.face = st.face_index;
        piece.glyphs = shaper_.shape(fonts_.face(piece.face), part, st.features, spec_.language);
        if (const int fb = fonts_.fallback(piece.face); fb >= 0 && !fonts_.face(piece.face).draws(part)) {
            piece.face = fb;
            piece.glyphs = shaper_.shape(fonts_.face(fb), part, st.features, spec_.language);
        }
        return piece;
    }

    KpParams kp_params() {
        kp_ = spec_.kp;
        if (ragged_ && kp_.ragged_stretch_px <= 0)
            kp_.ragged_stretch_px = spec_.measure_px * (balanced() ? 0.3f : 0.12f);
        if (!ragged_ && spec_.max_expansion > 0 && kp_.expansion_steps == 0) {
            kp_.expansion_step = glyph_expansion_step;
            kp_.expansion_steps = static_cast<int>(std::lround(spec_.max_expansion / glyph_expansion_step));
        }
        return kp_;
    }

    // ---- 3. placing --------------------------------------------------------------
    // The line's items in order: the indent, glue, and chunks of consecutive boxes
    // from one piece; its text's byte range.
    struct LineContents {
        std::vector<LineItem> order;
        std::vector<Chunk> chunks;
        float natural = 0, stretch = 0, shrink = 0;
        std::size_t begin = 0, end = 0;
    };
    LineContents collect(const KpLine& kl) const {
        LineContents c;
        bool have_text = false;
        for (std::size_t i = kl.start_item; i < kl.break_item; ++i) {
            const auto& it = items_[i];
            const auto& src = sources_[i];
            if (it.type == KpItem::Type::box) {
                if (src.piece < 0) {
                    c.natural += it.width_px;
                    c.order.push_back({LineItem::Kind::indent, 0});
                    continue;
                }
                const bool continues = !c.chunks.empty() && c.chunks.back().piece == src.piece &&
                                       c.chunks.back().e == src.begin && !c.order.empty() &&
                                       c.order.back().kind == LineItem::Kind::chunk &&
                                       c.order.back().index == c.chunks.size() - 1;
                if (continues) {
                    c.chunks.back().e = src.end;
                } else {
                    c.chunks.push_back({src.piece, src.begin, src.end, {}, 0});
                    c.order.push_back({LineItem::Kind::chunk, c.chunks.size() - 1});
                }
                if (!have_text) c.begin = src.begin;
                have_text = true;
                c.end = src.end;
            } else if (it.type == KpItem::Type::glue) {
                c.natural += it.width_px;
                c.stretch += it.stretch_px;
                c.shrink += it.shrink_px;
                c.order.push_back({LineItem::Kind::glue, i});
            }
        }
        return c;
    }

    // Each chunk shaped for real: whole where it is its whole piece, else again (a
    // ligature may straddle a cut), with the hyphen where the line ends in one; widened
    // by the line's font expansion.
    void shape_chunks(LineContents& c, bool hyphenated, float widen) {
        for (std::size_t k = 0; k < c.chunks.size(); ++k) {
            auto& ch = c.chunks[k];
            const auto& piece = pieces_[static_cast<std::size_t>(ch.piece)];
            const bool hyphen_here = hyphenated && k + 1 == c.chunks.size();
            if (ch.b == piece.begin && ch.e == piece.end && !hyphen_here) {
                ch.glyphs = piece.glyphs;
            } else {
                std::string part = text_.substr(ch.b, ch.e - ch.b);
                if (hyphen_here) part += '-';
                const auto& st = style_of_run(piece.run);
                ch.glyphs = shaper_.shape(fonts_.face(piece.face), part, st.features, spec_.language);
                for (auto& g : ch.glyphs) g.cluster += static_cast<std::uint32_t>(ch.b - piece.begin);
            }
            ch.width = 0;
            for (auto& g : ch.glyphs) {
                g.x_advance_px *= widen;
                g.x_offset_px *= widen;
                ch.width += g.x_advance_px;
            }
            c.natural += ch.width;
            if (!ragged_) {
                c.stretch += static_cast<float>(ch.glyphs.size()) * letter_stretch(piece.run);
                c.shrink += static_cast<float>(ch.glyphs.size()) * letter_shrink(piece.run);
            }
        }
    }

    // The adjustment ratio of the line's spaces and letters: justified lines fill the
    // measure; any line too long is shrunk as far as it may be.
    float ratio(const LineContents& c, bool last) const {
        if (!ragged_ && !last) {
            if (c.natural < spec_.measure_px && c.stretch > 0) return (spec_.measure_px - c.natural) / c.stretch;
            if (c.natural > spec_.measure_px && c.shrink > 0)
                return std::max(-1.0f, (spec_.measure_px - c.natural) / c.shrink);
            return 0;
        }
        if (c.natural > spec_.measure_px && c.shrink > 0)
            return std::max(-1.0f, (spec_.measure_px - c.natural) / c.shrink);
        return 0;
    }

    void place_line(const KpLine& kl) {
        TypesetLine line;
        // The line's font expansion: every glyph's advance and outline scaled by it.
        const float widen = 1.0f + static_cast<float>(kl.expansion) * kp_.expansion_step;
        line.expansion = static_cast<float>(kl.expansion) * kp_.expansion_step;
        line.hyphenated = kl.hyphenated;
        line.overfull = kl.overfull;
        const bool last =
            items_[kl.break_item].type == KpItem::Type::penalty && items_[kl.break_item].penalty <= -kp_infinity;
        LineContents c = collect(kl);
        shape_chunks(c, kl.hyphenated, widen);
        const float r = ratio(c, last);
        float pen = 0;
        std::vector<GlyphAnchor> line_anchors;
        for (const LineItem& item : c.order) {
            switch (item.kind) {
                case LineItem::Kind::indent:
                    pen += spec_.first_indent_px;
                    break;
                case LineItem::Kind::glue: {
                    const auto& g = items_[item.index];
                    pen += g.width_px + (r > 0 ? r * g.stretch_px : r * g.shrink_px);
                    break;
                }
                case LineItem::Kind::chunk:
                    pen = place_chunk(c.chunks[item.index], kl.expansion, r, pen, line, line_anchors);
                    break;
            }
        }
        line.width_px = pen;
        line.ratio = (!ragged_ && !last) ? r : 0.0f;
        switch (spec_.align) {
            case Alignment::justify:
            case Alignment::left:
                line.x_px = 0;
                break;
            case Alignment::center:
                line.x_px = std::max(0.0f, (spec_.measure_px - pen) / 2);
                break;
            case Alignment::right:
                line.x_px = std::max(0.0f, spec_.measure_px - pen);
                break;
        }
        line.byte_begin = c.begin;
        line.byte_end = c.end;
        line.text = text_.substr(c.begin, c.end - c.begin);
        std::replace(line.text.begin(), line.text.end(), '\n', ' ');
        if (line.hyphenated) line.text += '-';
        out_.lines.push_back(std::move(line));
        anchors_.push_back(std::move(line_anchors));
    }

    // A chunk's glyphs from `pen`, with the line's letter spacing; its link, if its run
    // has one. Returns the pen after it.
    float place_chunk(const Chunk& ch, int expansion, float r, float pen, TypesetLine& line,
                      std::vector<GlyphAnchor>& anchors) {
        const auto& piece = pieces_[static_cast<std::size_t>(ch.piece)];
        const auto& st = style_of_run(piece.run);
        const float chunk_x = pen;
        const float tracking = ragged_ ? 0.0f : (r > 0 ? r * letter_stretch(piece.run) : r * letter_shrink(piece.run));
        for (const auto& g : ch.glyphs) {
            line.glyphs.push_back({piece.face, g.glyph_id, pen + g.x_offset_px, -(g.y_offset_px + st.baseline_shift_px),
                                   st.color_slot, static_cast<std::uint32_t>(piece.begin + g.cluster),
                                   g.x_advance_px + tracking, static_cast<std::int8_t>(expansion)});
            anchors.push_back({piece.begin + g.cluster, pen});
            pen += g.x_advance_px + tracking;
        }
        const auto& link = spec_.runs[static_cast<std::size_t>(piece.run)].link;
        if (!link.empty()) line.links.push_back({link, chunk_x, pen});
        return pen;
    }

    // ---- 4. markers: each on the last line starting at or before it, at the first
    // glyph at or after it (else at the line's end).
    void place_markers() {
        for (std::size_t m = 0; m < spec_.markers.size(); ++m) {
            const std::size_t at = spec_.markers[m];
            std::size_t li = 0;
            for (std::size_t l = 0; l < out_.lines.size(); ++l)
                if (out_.lines[l].byte_begin <= at) li = l;
            float x = out_.lines.empty() ? 0 : out_.lines[li].width_px;
            if (li < anchors_.size()) {
                for (const auto& a : anchors_[li]) {
                    if (a.byte >= at) {
                        x = a.x;
                        break;
                    }
                }
            }
            out_.markers.push_back({m, li, x});
        }
    }

    static constexpr float hyphen_penalty = 50;

    FontCache& fonts_;
    Shaper& shaper_;
    const Hyphenator* hyphenator_;
    const ParagraphSpec& spec_;
    const bool ragged_;
    TypesetParagraph out_;
    std::string text_;
    std::vector<std::size_t> run_begin_;
    std::map<int, float> space_width_, hyphen_width_;
    std::vector<Piece> pieces_;
    std::vector<KpItem> items_;
    std::vector<ItemSource> sources_;
    KpParams kp_;
    std::vector<std::vector<GlyphAnchor>> anchors_;
};

}  // namespace

TypesetParagraph ParagraphSetter::set(const ParagraphSpec& spec) {
    return ParagraphBuilder(fonts_, shaper_, hyphenator_, spec).build();
}

}  // namespace kiosk
