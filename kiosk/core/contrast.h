// Contrast between two colours as WCAG 2 measures it: relative luminance of sRGB,
// (lighter + 0.05) / (darker + 0.05), from 1 to 21. AA asks 4.5:1 for text, AAA 7:1.
#pragma once

#include "core/geometry.h"

namespace kiosk {

inline constexpr double wcag_aa_text = 4.5;
inline constexpr double wcag_aaa_text = 7.0;

double relative_luminance(Color c);
double contrast_ratio(Color a, Color b);
// `fg` drawn with its alpha over `bg`: the colour the eye sees.
Color blend_over(Color fg, Color bg);

}  // namespace kiosk
