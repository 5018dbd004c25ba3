#include "render/png_writer.h"

#include <png.h>

#include <vector>

namespace kiosk {

Result<bool> write_png_rgb(const std::string& path, const std::uint32_t* argb, int width_px, int height_px, int pitch_bytes) {
    // Screens are opaque: RGB is a quarter smaller than RGBA, and quicker to compress.
    std::vector<unsigned char> rgb(static_cast<std::size_t>(width_px) * static_cast<std::size_t>(height_px) * 3);
    for (int y = 0; y < height_px; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(reinterpret_cast<const unsigned char*>(argb) +
                                                                 static_cast<std::ptrdiff_t>(y) * pitch_bytes);
        unsigned char* out = rgb.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width_px) * 3;
        for (int x = 0; x < width_px; ++x) {
            const std::uint32_t p = row[x];
            out[3 * x] = static_cast<unsigned char>(p >> 16);
            out[3 * x + 1] = static_cast<unsigned char>(p >> 8);
            out[3 * x + 2] = static_cast<unsigned char>(p);
        }
    }
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(width_px);
    image.height = static_cast<png_uint_32>(height_px);
    image.format = PNG_FORMAT_RGB;
    image.flags = PNG_IMAGE_FLAG_FAST;
    if (!png_image_write_to_file(&image, path.c_str(), 0, rgb.data(), width_px * 3, nullptr)) {
        const std::string why = image.message;
        png_image_free(&image);
        return Diagnostic{path, 0, 0, "cannot write the PNG: " + why};
    }
    return true;
}

}  // namespace kiosk
