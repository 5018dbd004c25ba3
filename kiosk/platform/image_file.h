// Reading an image file's pixel size (SDL_image), for laying out cards before drawing.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace kiosk {

// The width and height of the image at `path`, or nothing with `why` set.
std::optional<std::pair<int, int>> image_file_size(const std::string& path, std::string& why);

}  // namespace kiosk
