// An image's pixel size from its header, before anything is decoded: a 1 MB PNG can
// claim 16000×16000 pixels (a gigabyte once decoded), and the kiosk must say no first.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

struct ImageHeader {
    std::string format;  // "PNG", "JPEG", "GIF", "BMP", "WebP"
    // What a decoder will allocate: for a GIF, the largest of its screen and every image
    // block it holds (a 44-byte GIF can say 10×10 on its screen and 20000² in a block).
    int width_px = 0, height_px = 0;
    int scans = 0;  // a JPEG's scans (a progressive one has about ten; each costs a pass)
};

// From the file's bytes (its beginning suffices for PNG, BMP and WebP; a JPEG's segments
// and a GIF's blocks are walked to the end). Nothing if the format is not one of these
// or the header is damaged.
std::optional<ImageHeader> read_image_header(std::string_view bytes);

// Why a picture with this header is not decoded, or "" when it may be: more pixels than
// limits.h allows, more JPEG scans, or a GIF at all (SDL_image 2.6's GIF decoder, fuzzed,
// crashed and freed memory it had not allocated after a run of damaged GIFs: its state
// outlives one picture; a museum's pictures are PNG, JPEG or WebP).
std::string image_refusal(const ImageHeader& header);

}  // namespace kiosk
