// Reading an image file's pixel size (SDL_image), for laying out cards before drawing.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "core/image_header.h"

namespace kiosk {

// A picture's file read once through the door (a regular file, within its size), with
// its header measured and checked against the limits before anything decodes it.
struct ImageFile {
    std::string bytes;
    ImageHeader header;
};
std::optional<ImageFile> read_image_file(const std::string& path, std::string& why);

// The width and height of the image at `path`, or nothing with `why` set.
std::optional<std::pair<int, int>> image_file_size(const std::string& path, std::string& why);

}  // namespace kiosk
