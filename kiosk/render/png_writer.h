// Writing a frame as PNG with libpng's simplified API, favouring speed: a 1920×1080
// screenshot must not cost more than drawing it (GUIDE.md measured SDL_image's default
// compression at about 60 ms).
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace kiosk {

// `argb`: 32-bit pixels as SDL's ARGB8888 (B, G, R, A in memory), `pitch_bytes` a row.
Result<bool> write_png_rgb(const std::string& path, const std::uint32_t* argb, int width_px, int height_px, int pitch_bytes);

}  // namespace kiosk
