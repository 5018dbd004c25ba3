// An image's pixel size from its header, before anything is decoded: a 1 MB PNG can
// claim 16000×16000 pixels (a gigabyte once decoded), and the kiosk must say no first.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

struct ImageHeader {
    std::string format;  // "PNG", "JPEG", "GIF", "BMP", "WebP"
    int width_px = 0, height_px = 0;
};

// From the file's bytes (its beginning suffices for all but JPEG, whose size comes
// after its metadata segments). Nothing if the format is not one of these or the
// header is damaged.
std::optional<ImageHeader> read_image_header(std::string_view bytes);

}  // namespace kiosk
