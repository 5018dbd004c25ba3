// Sections: 1. running sums  2. one pass of the active-node algorithm  3. the passes.
#include "text/knuth_plass.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>

namespace kiosk {
namespace {

struct Sums {
    double width = 0, stretch = 0, shrink = 0, expandable = 0;
};

struct Node {
    std::size_t position = 0;  // item index of the break (0 for the paragraph start)
    int line = 0;              // lines before this break
    int fitness = 1;
    int expansion = 0;  // of the line ending here, in steps
    int hyphens_in_a_row = 0;
    bool hyphenated = false;
    Sums after;  // sums just after the break (discarded items skipped)
    double demerits = 0;
    float ratio = 0;
    bool overfull = false;
    int previous = -1;  // index in the pass's node arena; -1 for the paragraph start
};

// Every node a pass creates lives in one arena and links to its predecessor by index:
// no chain of owning pointers, whose destruction would recurse once per line (a huge
// paragraph overflowed the stack that way).
using Arena = std::vector<Node>;

enum class PassKind { tolerance, emergency, final_rescue };

bool is_forced(const KpItem& it) {
    return it.type == KpItem::Type::penalty && it.penalty <= -kp_infinity;
}

// Whether a line may be broken at item `b`: a penalty that is not infinite, or glue
// after a box (Knuth and Plass's legal breakpoints).
bool legal_break_at(const std::vector<KpItem>& items, std::size_t b) {
    const KpItem& item = items[b];
    if (item.type == KpItem::Type::penalty) return item.penalty < kp_infinity;
    if (item.type == KpItem::Type::glue) return b > 0 && items[b - 1].type == KpItem::Type::box;
    return false;
}

// Whether a line from break `a` to break `b` holds a legal breakpoint after its first box
// (from `a` itself: the paragraph's first line starts with item 0, and a break item is
// never a box).
bool legal_break_between(const std::vector<KpItem>& items, std::size_t a, std::size_t b) {
    bool seen_box = false;
    for (std::size_t i = a; i < b; ++i) {
        if (seen_box && legal_break_at(items, i)) return true;
        seen_box = seen_box || items[i].type == KpItem::Type::box;
    }
    return false;
}

float measure_of(const std::vector<float>& measures, int line) {
    assert(!measures.empty());
    return measures[std::min<std::size_t>(static_cast<std::size_t>(line), measures.size() - 1)];
}

// The adjustment ratio of a line's glue: > 0 stretches, < 0 shrinks (-1: all the way).
double adjustment_ratio(double natural, double measure, double stretch, double shrink) {
    if (natural < measure) return stretch > 0 ? (measure - natural) / stretch : INFINITY;
    if (natural > measure) return shrink > 0 ? (measure - natural) / shrink : -INFINITY;
    return 0;
}

// The expansion steps a line may take after the line ending at `before` (null: the
// paragraph's first line), within the limit and the jump. A line that cannot use
// expansion (fil glue ends it, or it has no glyphs) takes the allowed step nearest none.
std::pair<int, int> expansion_range(const KpParams& p, const Node* before, bool can_expand) {
    if (p.expansion_steps == 0) return {0, 0};
    const int lo = before ? std::max(-p.expansion_steps, before->expansion - p.expansion_max_jump) : -p.expansion_steps;
    const int hi = before ? std::min(p.expansion_steps, before->expansion + p.expansion_max_jump) : p.expansion_steps;
    if (can_expand) return {lo, hi};
    const int nearest_none = std::clamp(0, lo, hi);
    return {nearest_none, nearest_none};
}

// ---- 2. one pass ------------------------------------------------------------

// One way to reach a break: from the node `from`, with the line's demerits so far.
struct Candidate {
    double demerits = INFINITY;
    int from = -1;
    float ratio = 0;
    int expansion = 0;
    bool overfull = false;
};

// One pass of the active-node algorithm over a paragraph: each legal break in turn is
// reached from every active node, the best ways to reach it become nodes, and nodes that
// can reach no further leave the active list.
class PassRunner {
public:
    PassRunner(const std::vector<KpItem>& items, const std::vector<Sums>& sums, const std::vector<float>& measures,
               const KpParams& p, PassKind kind, Arena& nodes)
        : items_(items),
          sums_(sums),
          measures_(measures),
          p_(p),
          kind_(kind),
          nodes_(nodes),
          tolerance_(kind == PassKind::tolerance ? p.tolerance : p.emergency_tolerance),
          extra_stretch_(p.ragged_stretch_px + (kind == PassKind::tolerance ? 0.0 : p.emergency_stretch_px)),
          hyphen_states_(p.max_consecutive_hyphens + 1),
          expansion_states_(2 * p.expansion_steps + 1) {}

    // Returns the index of the best final node in the arena, or -1 if this pass finds none.
    int run() {
        nodes_.clear();
        nodes_.push_back(Node{});
        active_ = {0};
        for (std::size_t b = 0; b < items_.size(); ++b) {
            if (!legal_break_at(items_, b)) continue;
            // The best way to reach this break for each fitness class, each count of
            // hyphenated lines in a row and each expansion: with a hard limit on the first
            // and on the jump of the last, a path that is worse now may be the only one
            // allowed later, so it must be kept apart.
            best_.assign(static_cast<std::size_t>(4 * hyphen_states_ * expansion_states_), Candidate{});
            reach_from_active(b);
            add_nodes(b);
            if (active_.empty()) return -1;
        }
        return best_final_node();
    }

private:
    Candidate& slot(int fitness, int hyphens, int expansion) {
        return best_[static_cast<std::size_t>(((expansion + p_.expansion_steps) * 4 + fitness) * hyphen_states_ +
                                              std::min(hyphens, hyphen_states_ - 1))];
    }

    // Every active node tries a line ending at `b`, at every expansion step it may take;
    // a node that is too tight everywhere (or meets a forced break) is done.
    void reach_from_active(std::size_t b) {
        const KpItem& item = items_[b];
        const double penalty_width = item.type == KpItem::Type::penalty ? item.width_px : 0.0;
        for (auto it = active_.begin(); it != active_.end();) {
            const int a_index = *it;
            const Node& a = nodes_[static_cast<std::size_t>(a_index)];
            const double natural = sums_[b].width - a.after.width + penalty_width;
            const double stretch = sums_[b].stretch - a.after.stretch + extra_stretch_;
            const double shrink = sums_[b].shrink - a.after.shrink;
            const double measure = measure_of(measures_, a.line);
            // Font expansion (pdfTeX's hz): every step the line may take is tried, each a
            // path of its own, so total fit chooses the glyphs' widths together with the
            // breaks (a run of lines may widen step by step towards one that needs it
            // most); the word spaces take the rest, and the line's badness is theirs.
            const double expandable = p_.expansion_steps > 0 ? sums_[b].expandable - a.after.expandable : 0.0;
            const bool fil = (natural < measure ? stretch : shrink) >= kp_fil_stretch / 2;  // sums round
            const auto [e_lo, e_hi] = expansion_range(p_, a_index == 0 ? nullptr : &a, expandable > 0 && !fil);
            bool tight_everywhere = true;
            for (int expansion = e_lo; expansion <= e_hi; ++expansion) {
                const double ratio =
                    adjustment_ratio(natural + expansion * static_cast<double>(p_.expansion_step) * expandable, measure,
                                     stretch, shrink);
                tight_everywhere = tight_everywhere && ratio < -1.0;
                offer(b, a, a_index, expansion, ratio);
            }
            const bool deactivate = tight_everywhere || is_forced(item);
            // The rescue pass keeps a tight candidate (an overfull line beats none),
            // but never past a forced break.
            if (deactivate && (kind_ != PassKind::final_rescue || is_forced(item)))
                it = active_.erase(it);
            else
                ++it;
        }
    }

    // One way to end a line at `b`: from break `a`, its glyphs expanded by `expansion`
    // steps, its spaces adjusted by `ratio`. Kept if it is the best of its state.
    void offer(std::size_t b, const Node& a, int a_index, int expansion, double ratio) {
        const KpItem& item = items_[b];
        const bool flagged = item.type == KpItem::Type::penalty && item.flagged;
        const bool too_tight = ratio < -1.0;
        const double badness = std::isinf(ratio) ? 1.0e6 : std::min(1.0e6, 100.0 * std::abs(ratio) * ratio * ratio);
        bool feasible = !too_tight && badness <= tolerance_;
        bool overfull = false;
        if (kind_ == PassKind::final_rescue) {
            // Take any line that is not overfull; an overfull one only where it could
            // not be broken anywhere: a single box wider than the measure, or words
            // tied together (typographic_ties.h: «в 1921 г.») wider than a narrow one.
            feasible = !too_tight;
            if (too_tight) feasible = overfull = !legal_break_between(items_, a.position, b);
        }
        const int hyphens = flagged ? a.hyphens_in_a_row + 1 : 0;
        if (!feasible || hyphens > p_.max_consecutive_hyphens) return;
        const double line_badness = kind_ == PassKind::final_rescue && overfull ? 1.0e6 : badness;
        const int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1.0 ? 2 : 3;
        const double d = demerits(item, a, line_badness, fitness, expansion);
        Candidate& s = slot(fitness, hyphens, expansion);
        if (d < s.demerits) s = {d, a_index, static_cast<float>(ratio), expansion, overfull};
    }

    // Knuth and Plass's demerits of a path through `a` and a line ending at `item`.
    double demerits(const KpItem& item, const Node& a, double line_badness, int fitness, int expansion) const {
        const bool flagged = item.type == KpItem::Type::penalty && item.flagged;
        double d = (p_.line_penalty + line_badness) * (p_.line_penalty + line_badness);
        if (item.type == KpItem::Type::penalty) {
            if (item.penalty >= 0)
                d += static_cast<double>(item.penalty) * item.penalty;
            else if (item.penalty > -kp_infinity)
                d -= static_cast<double>(item.penalty) * item.penalty;
        }
        if (flagged && a.hyphenated) d += p_.adjacent_hyphen_demerits;
        if (is_forced(item) && a.hyphenated) d += p_.final_hyphen_demerits;
        if (std::abs(fitness - a.fitness) > 1) d += p_.fitness_demerits;
        d += static_cast<double>(p_.expansion_demerits) * expansion * expansion;  // no wider or narrower than it helps
        return d + a.demerits;
    }

    // The best candidates at `b` become active nodes. Knuth and Plass drop a candidate
    // more than \adjdemerits worse than the best: whatever follows, the best pays at
    // most that much more. With the hyphen limit that holds only against candidates with
    // no more hyphens in a row (they may go wherever this one may), and with the limit on
    // expansion's jump only against candidates of the same expansion; so the comparison
    // is with the best of those.
    void add_nodes(std::size_t b) {
        std::vector<double> least_upto(static_cast<std::size_t>(hyphen_states_ * expansion_states_), INFINITY);
        auto least = [&](int run, int e) -> double& {
            return least_upto[static_cast<std::size_t>((e + p_.expansion_steps) * hyphen_states_ + run)];
        };
        bool any = false;
        for (int e = -p_.expansion_steps; e <= p_.expansion_steps; ++e)
            for (int r = 0; r < hyphen_states_; ++r) {
                for (int f = 0; f < 4; ++f) least(r, e) = std::min(least(r, e), slot(f, r, e).demerits);
                if (r > 0) least(r, e) = std::min(least(r, e), least(r - 1, e));
                any = any || !std::isinf(least(r, e));
            }
        if (!any) return;
        const bool flagged = items_[b].type == KpItem::Type::penalty && items_[b].flagged;
        const Sums after = sums_after(b);
        for (std::size_t k = 0; k < best_.size(); ++k) {
            const int f = static_cast<int>(k) / hyphen_states_ % 4;
            const int run = static_cast<int>(k) % hyphen_states_;
            const auto& c = best_[k];
            if (std::isinf(c.demerits) || c.demerits > least(run, c.expansion) + p_.fitness_demerits) continue;
            const Node& from = nodes_[static_cast<std::size_t>(c.from)];
            Node n;
            n.position = b;
            n.line = from.line + 1;
            n.fitness = f;
            n.expansion = c.expansion;
            n.hyphenated = flagged;
            n.hyphens_in_a_row = flagged ? from.hyphens_in_a_row + 1 : 0;
            n.after = after;
            n.demerits = c.demerits;
            n.ratio = c.ratio;
            n.overfull = c.overfull;
            n.previous = c.from;
            nodes_.push_back(n);
            active_.push_back(static_cast<int>(nodes_.size()) - 1);
        }
    }

    // Sums after a break at b: skip glue and non-forced penalties up to the next box.
    Sums sums_after(std::size_t b) const {
        Sums s = sums_[b];
        for (std::size_t i = b; i < items_.size(); ++i) {
            if (items_[i].type == KpItem::Type::box) break;
            if (i > b && is_forced(items_[i])) break;
            s = sums_[i + 1];
        }
        return s;
    }

    // The last forced break made the only nodes at the end; the best of them.
    int best_final_node() const {
        int best = -1;
        for (int n : active_) {
            const Node& node = nodes_[static_cast<std::size_t>(n)];
            if (node.position == items_.size() - 1 &&
                (best < 0 || node.demerits < nodes_[static_cast<std::size_t>(best)].demerits))
                best = n;
        }
        return best;
    }

    const std::vector<KpItem>& items_;
    const std::vector<Sums>& sums_;
    const std::vector<float>& measures_;
    const KpParams& p_;
    const PassKind kind_;
    Arena& nodes_;
    const double tolerance_;
    const double extra_stretch_;
    const int hyphen_states_;
    const int expansion_states_;
    std::vector<int> active_;
    std::vector<Candidate> best_;
};

}  // namespace

// ---- 3. the passes ----------------------------------------------------------

KpResult break_lines(const std::vector<KpItem>& items, const std::vector<float>& measures_px, const KpParams& params) {
    assert(!items.empty() && is_forced(items.back()) && "a paragraph ends with a forced break");
    std::vector<Sums> sums(items.size() + 1);
    for (std::size_t i = 0; i < items.size(); ++i) {
        sums[i + 1] = sums[i];
        if (items[i].type == KpItem::Type::box) {
            // Boxes may carry a little stretch of their own (letter spacing).
            sums[i + 1].width += items[i].width_px;
            sums[i + 1].stretch += items[i].stretch_px;
            sums[i + 1].shrink += items[i].shrink_px;
            sums[i + 1].expandable += items[i].expandable_px;
        } else if (items[i].type == KpItem::Type::glue) {
            sums[i + 1].width += items[i].width_px;
            sums[i + 1].stretch += items[i].stretch_px;
            sums[i + 1].shrink += items[i].shrink_px;
        }
    }

    KpResult result;
    Arena nodes;
    int last = -1;
    const PassKind passes[] = {PassKind::tolerance, PassKind::emergency, PassKind::final_rescue};
    for (int i = 0; i < 3 && last < 0; ++i) {
        if (passes[i] == PassKind::emergency && params.emergency_stretch_px <= 0 && params.ragged_stretch_px <= 0)
            continue;
        last = PassRunner(items, sums, measures_px, params, passes[i], nodes).run();
        result.pass = i + 1;
    }
    assert(last >= 0 && "the rescue pass always finds a way");
    if (last < 0) return result;

    std::vector<const Node*> chain;
    for (int n = last; n >= 0 && nodes[static_cast<std::size_t>(n)].previous >= 0;
         n = nodes[static_cast<std::size_t>(n)].previous)
        chain.push_back(&nodes[static_cast<std::size_t>(n)]);
    std::reverse(chain.begin(), chain.end());
    std::size_t start = 0;
    for (const Node* n : chain) {
        KpLine line;
        // Skip discardable items at a line's start (never the paragraph's first item).
        if (start > 0) {
            while (start < n->position && items[start].type != KpItem::Type::box) ++start;
        }
        line.start_item = start;
        line.break_item = n->position;
        for (std::size_t i = start; i < n->position; ++i) {
            const auto& it = items[i];
            if (it.type == KpItem::Type::box) {
                line.natural_width_px += it.width_px + n->expansion * params.expansion_step * it.expandable_px;
                line.stretch_px += it.stretch_px;
                line.shrink_px += it.shrink_px;
            } else if (it.type == KpItem::Type::glue) {
                line.natural_width_px += it.width_px;
                line.stretch_px += it.stretch_px;
                line.shrink_px += it.shrink_px;
            }
        }
        line.expansion = n->expansion;
        const auto& brk = items[n->position];
        if (brk.type == KpItem::Type::penalty) line.natural_width_px += brk.width_px;
        line.hyphenated = brk.type == KpItem::Type::penalty && brk.flagged && brk.width_px > 0;
        line.overfull = n->overfull;
        const float measure = measure_of(measures_px, static_cast<int>(result.lines.size()));
        if (line.natural_width_px < measure)
            line.ratio = line.stretch_px > 0 ? (measure - line.natural_width_px) / line.stretch_px : 0;
        else if (line.natural_width_px > measure)
            line.ratio = line.shrink_px > 0 ? (measure - line.natural_width_px) / line.shrink_px : -1;
        result.lines.push_back(line);
        start = n->position + 1;
    }
    return result;
}

}  // namespace kiosk
