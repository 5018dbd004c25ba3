#include "platform/image_file.h"

#include <SDL_image.h>

#include "platform/sdl_handles.h"

namespace kiosk {

std::optional<std::pair<int, int>> image_file_size(const std::string& path, std::string& why) {
    SdlSurfacePtr surface(IMG_Load(path.c_str()));
    if (!surface) {
        why = IMG_GetError();
        return std::nullopt;
    }
    return std::make_pair(surface->w, surface->h);
}

}  // namespace kiosk
