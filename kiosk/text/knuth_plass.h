// Total-fit line breaking (Knuth & Plass, "Breaking Paragraphs into Lines", 1981) over
// abstract boxes, glue and penalties. Pure: widths in pixels, no fonts, no text.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace kiosk {

struct KpItem {
    enum class Type { box, glue, penalty };
    Type type = Type::box;
    float width_px = 0;
    float stretch_px = 0;  // glue; boxes too when letter spacing may vary
    float shrink_px = 0;
    float penalty = 0;        // penalty only; <= -kp_infinity forces, >= kp_infinity forbids
    bool flagged = false;     // penalty only: a hyphen
    float expandable_px = 0;  // box only: the glyph width font expansion scales (0: none)

    static KpItem box(float w, float stretch = 0, float shrink = 0) {
        return {Type::box, w, stretch, shrink, 0, false, 0};
    }
    // A box of glyphs, whose width may be widened or narrowed with the line's expansion.
    static KpItem glyphs(float w, float stretch = 0, float shrink = 0) {
        return {Type::box, w, stretch, shrink, 0, false, w};
    }
    static KpItem glue(float w, float stretch, float shrink) { return {Type::glue, w, stretch, shrink, 0, false, 0}; }
    static KpItem penalty_item(float w, float p, bool flagged) { return {Type::penalty, w, 0, 0, p, flagged, 0}; }
};

inline constexpr float kp_infinity = 10000.0f;
// "fil" glue (\parfillskip): so large that any finite glue is as nothing beside it.
inline constexpr float kp_fil_stretch = 1.0e6f;

struct KpParams {
    // Plain TeX's defaults, except the limit on hyphens in a row (see GUIDE.md: 10,000
    // double-hyphen demerits still let four through at a 28-em measure).
    float tolerance = 200;
    float line_penalty = 10;
    float adjacent_hyphen_demerits = 10000;  // \doublehyphendemerits
    float final_hyphen_demerits = 5000;      // \finalhyphendemerits
    float fitness_demerits = 10000;          // \adjdemerits
    int max_consecutive_hyphens = 2;
    // Pass 2: extra stretch counted on every line for badness only (\emergencystretch).
    float emergency_stretch_px = 0;
    float emergency_tolerance = 1000;
    // Ragged (not justified) setting: spaces neither stretch nor shrink, and each line
    // may fall short of the measure by about this much at badness 100.
    float ragged_stretch_px = 0;
    // Font expansion (pdfTeX's hz, microtype's defaults in spirit): each line's glyphs
    // may be widened or narrowed by up to `expansion_steps` steps of `expansion_step`
    // (a fraction of their width), chosen by total fit with the breaks: every step
    // allowed is a path of its own, the word spaces take the rest of the adjustment and
    // the badness is theirs. A line's expansion differs from the one before by at most
    // `expansion_max_jump` steps (1%: neighbours never stand at opposite extremes), and
    // each step costs `expansion_demerits` times its square, so glyphs keep their own
    // widths where that sets the spaces as well. At 30, a line expanded by 1% (2 steps)
    // costs 120: less than the ~400 that ratio 0.5 adds to a line's demerits, so a
    // visibly loose space loses to an invisible 1%. 0 steps: off.
    int expansion_steps = 0;
    float expansion_step = 0.005f;
    int expansion_max_jump = 2;
    float expansion_demerits = 30;
};

struct KpLine {
    std::size_t start_item = 0;  // first item on the line (after discarded glue)
    std::size_t break_item = 0;  // the glue or penalty it ends at (not on the line, save a penalty's width)
    float natural_width_px = 0;  // boxes (expanded) and glue at natural width (+ hyphen)
    float stretch_px = 0;
    float shrink_px = 0;
    float ratio = 0;    // adjustment ratio of the glue, after the expansion: <0 shrinks, >0 stretches
    int expansion = 0;  // steps of KpParams::expansion_step the glyphs are widened (<0: narrowed)
    bool hyphenated = false;
    bool overfull = false;  // only when a single box is wider than the measure
};

struct KpResult {
    std::vector<KpLine> lines;
    int pass = 0;  // 1: within tolerance; 2: emergency stretch; 3: anything that fits
};

// `line_width_px(i)` is the measure of line i (0-based); lines past the vector's end
// take its last value. The item list must end with a forced break (penalty -inf).
KpResult break_lines(const std::vector<KpItem>& items, const std::vector<float>& measures_px, const KpParams& params);

}  // namespace kiosk
