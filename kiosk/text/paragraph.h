// Setting one paragraph: styled runs in, lines of positioned glyphs out.
// ICU gives the break opportunities, libhyphen the hyphenation points, HarfBuzz the
// widths, Knuth–Plass the breaks; then each line is shaped for real and justified.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "text/font_expansion.h"
#include "text/knuth_plass.h"

namespace kiosk {

class FontCache;
class Shaper;
class Hyphenator;

struct TextStyle {
    int face_index = 0;
    std::vector<std::string> features;  // HarfBuzz syntax: "smcp", "c2sc", "-liga"
    float baseline_shift_px = 0;        // positive raises (superior figures)
    std::uint8_t color_slot = 0;        // 0: the line's colour; 1: the accent (links)
};

struct StyledRun {
    std::string text;
    int style = 0;        // index into ParagraphSpec::styles
    std::string link;     // target id for a tap (footnote refs), or empty
    bool silent = false;  // shown but not read aloud (a footnote's number)
};

enum class Alignment { justify, left, center, right };
enum class Hyphenation { off, on };

struct ParagraphSpec {
    std::vector<StyledRun> runs;
    std::vector<TextStyle> styles;
    Alignment align = Alignment::justify;
    Hyphenation hyphenation = Hyphenation::on;
    float measure_px = 600;
    float first_indent_px = 0;
    std::vector<std::size_t> markers;  // byte offsets to locate on the lines (page breaks)
    std::string language = "en";
    // Interword glue relative to the space's natural width. TeX's cmr10 allows 1/2 and
    // 1/3 of its space. Stretch is held to 2/5 of EB Garamond's 0.21 em space: at 3/4 (the
    // same 0.16 em as cmr10's) a line at ratio 0.7 still looked fine to the breaker while
    // its spaces stood half as wide again as the page's (issue 15 measured it on
    // screenshots); with less stretch the breaker gives such a line to hz expansion,
    // letter spacing and a hyphen instead. Shrinking is held to 3/10 (0.06 em), since
    // below 0.145 em the words of a screen text start to run together.
    float space_stretch = 0.4f;
    float space_shrink = 0.3f;
    // Letter spacing may vary a little too, per glyph in ems (microtype's tracking; 0.8%
    // of an em is invisible as such but gives a narrow measure room to justify).
    float letter_stretch_em = 0.008f;
    float letter_shrink_em = 0.006f;
    // Font expansion of justified lines (hz): glyphs widened or narrowed by up to 2%, in
    // steps of 0.5%, the line breaker choosing each line's step with its breaks. Outlines
    // are scaled horizontally when rasterised, so letters keep their shapes' proportions
    // within what the eye cannot tell. 0: off.
    float max_expansion = 0.02f;
    KpParams kp;
};

struct GlyphPlacement {
    int face_index = 0;
    std::uint32_t glyph_id = 0;
    float x_px = 0;  // pen position from the line's left edge
    float y_px = 0;  // from the baseline, positive down (screen direction)
    std::uint8_t color_slot = 0;
    // Where the glyph's cluster starts in the paragraph's text, and how far the pen
    // moved after it: enough to find a word on the line (the word being read aloud).
    std::uint32_t byte = 0;
    float advance_px = 0;
    std::int8_t expansion = 0;  // the line's font expansion, in steps of glyph_expansion_step
};

struct LinkSpan {
    std::string link;
    float x0_px = 0, x1_px = 0;
};

struct TypesetLine {
    std::string text;     // what the line shows, with its hyphen if it has one
    float x_px = 0;       // left edge inside the measure (alignment)
    float width_px = 0;   // inked advance width after justification
    float ratio = 0;      // adjustment ratio of the word spaces (after expansion); 0 for lines set ragged or last lines
    float expansion = 0;  // the glyphs' widening as a fraction (0.01: 1% wider; <0 narrower)
    bool hyphenated = false;
    bool overfull = false;
    std::size_t byte_begin = 0, byte_end = 0;
    std::vector<GlyphPlacement> glyphs;
    std::vector<LinkSpan> links;
};

struct MarkerPlacement {
    std::size_t marker = 0;  // index into ParagraphSpec::markers
    std::size_t line = 0;
    float x_px = 0;  // from the line's left edge
};

struct TypesetParagraph {
    std::string text;  // the runs joined: what byte offsets in lines and glyphs index
    std::vector<std::pair<std::size_t, std::size_t>> silent;  // byte ranges of silent runs
    std::vector<TypesetLine> lines;
    std::vector<MarkerPlacement> markers;
    int pass = 0;  // Knuth–Plass pass that succeeded
};

class ParagraphSetter {
public:
    ParagraphSetter(FontCache& fonts, Shaper& shaper, const Hyphenator* hyphenator)
        : fonts_(fonts), shaper_(shaper), hyphenator_(hyphenator) {}
    TypesetParagraph set(const ParagraphSpec& spec);

private:
    FontCache& fonts_;
    Shaper& shaper_;
    const Hyphenator* hyphenator_;
};

}  // namespace kiosk
