#include "render/png_writer.h"

#include <png.h>

#include <cstdio>
#include <memory>

namespace kiosk {
namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

// libpng reports errors by longjmp; nothing with a destructor lives across it.
bool write_rows(std::FILE* file, const std::uint32_t* argb, int width_px, int height_px, int pitch_bytes, std::string& why) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, &info);
        why = "libpng could not start";
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        why = "libpng failed while writing";
        return false;
    }
    png_init_io(png, file);
    // Screens are opaque: RGB is a quarter smaller than RGBA, and quicker to compress.
    png_set_IHDR(png, info, static_cast<png_uint_32>(width_px), static_cast<png_uint_32>(height_px), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    // The frame's own rows, written as they are (ARGB in memory is B, G, R, A bytes):
    // libpng swaps to RGB and drops the fourth byte, so no copy of the frame is made.
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
    for (int y = 0; y < height_px; ++y)
        png_write_row(png, reinterpret_cast<png_const_bytep>(argb) + static_cast<std::ptrdiff_t>(y) * pitch_bytes);
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

}  // namespace

Result<bool> write_png_rgb(const std::string& path, const std::uint32_t* argb, int width_px, int height_px, int pitch_bytes) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file) return Diagnostic{path, 0, 0, "cannot write the PNG: the file cannot be opened"};
    std::string why;
    if (!write_rows(file.get(), argb, width_px, height_px, pitch_bytes, why)) return Diagnostic{path, 0, 0, "cannot write the PNG: " + why};
    if (std::fflush(file.get()) != 0) return Diagnostic{path, 0, 0, "cannot write the PNG: the disk refused it"};
    return true;
}

}  // namespace kiosk
