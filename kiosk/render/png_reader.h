// PNG pictures decoded by libpng with the kiosk's own limits (issue 27): no side past
// limits::image_side_px and no ancillary chunk past a few megabytes, enforced by libpng
// as it reads, whatever the header checked before said. SDL_image sets none of them.
#pragma once

#include <string>
#include <string_view>

#include "platform/sdl_handles.h"

namespace kiosk {

// The picture in `bytes` (a whole PNG file's bytes) as a 32-bit surface with alpha, or
// null with libpng's reason in `why`.
SdlSurfacePtr read_png(std::string_view bytes, std::string& why);

}  // namespace kiosk
