// One step of font expansion (hz), shared by the paragraph setter, which chooses each
// line's steps, and the glyph atlas, which rasterises glyphs widened by them.
#pragma once

namespace kiosk {

// A glyph is advanced and rasterised this fraction wider (or narrower) per step.
inline constexpr float glyph_expansion_step = 0.005f;

}  // namespace kiosk
