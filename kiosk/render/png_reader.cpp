#include "render/png_reader.h"

#include <png.h>

#include <cstring>
#include <string>
#include <vector>

#include "core/limits.h"

namespace kiosk {
namespace {

// The bytes libpng reads from, and the message of its last error.
struct PngSource {
    std::string_view bytes;
    std::size_t at = 0;
    char error[200] = {};
    char warning[200] = {};  // libpng says why in a warning before "Invalid IHDR data"
    std::string reason() const { return warning[0] ? std::string(error) + " (" + warning + ")" : std::string(error); }
};

void read_bytes(png_structp png, png_bytep out, png_size_t count) {
    auto* src = static_cast<PngSource*>(png_get_io_ptr(png));
    if (count > src->bytes.size() - src->at) png_error(png, "the file ends inside the picture");
    std::memcpy(out, src->bytes.data() + src->at, count);
    src->at += count;
}

void on_error(png_structp png, png_const_charp message) {
    auto* src = static_cast<PngSource*>(png_get_error_ptr(png));
    std::strncpy(src->error, message, sizeof src->error - 1);
    png_longjmp(png, 1);
}

// A damaged ancillary chunk: shown all the same; the words are kept for an error after.
void on_warning(png_structp png, png_const_charp message) {
    auto* src = static_cast<PngSource*>(png_get_error_ptr(png));
    std::strncpy(src->warning, message, sizeof src->warning - 1);
}

// libpng reports errors by longjmp: each function below sets its jump first, and
// nothing with a destructor lives across the libpng calls.
bool read_header(png_structp png, png_infop info, png_uint_32& w, png_uint_32& h) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_read_info(png, info);
    // Any PNG to 8-bit B, G, R, A bytes (SDL's BGRA32): palettes and small greys expanded,
    // transparency to alpha, 16 bits to 8, grey to colour, opaque ones given full alpha.
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_bgr(png);
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    w = png_get_image_width(png, info);
    h = png_get_image_height(png, info);
    return true;
}

bool read_rows(png_structp png, png_bytepp rows) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_read_image(png, rows);
    png_read_end(png, nullptr);
    return true;
}

struct PngReadHandles {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~PngReadHandles() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

}  // namespace

SdlSurfacePtr read_png(std::string_view bytes, std::string& why) {
    PngSource src{bytes};
    PngReadHandles h;
    h.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, on_error, on_warning);
    h.info = h.png ? png_create_info_struct(h.png) : nullptr;
    if (!h.png || !h.info) {
        why = "libpng could not start";
        return nullptr;
    }
    png_set_read_fn(h.png, &src, read_bytes);
    // The limits, enforced by libpng itself as it reads: a side (the header was checked
    // before, but the decoder must not take its word), the text and colour-profile chunks
    // that inflate (a zTXt bomb), and how many of them it keeps.
    const auto side = static_cast<png_uint_32>(limits::image_side_px);
    png_set_user_limits(h.png, side, side);
    png_set_chunk_malloc_max(h.png, 4u << 20);
    png_set_chunk_cache_max(h.png, 64);
    png_uint_32 w = 0, ht = 0;
    if (!read_header(h.png, h.info, w, ht)) {
        why = "not a picture libpng can read: " + src.reason();
        return nullptr;
    }
    if (static_cast<long long>(w) * ht > limits::image_pixels) {
        why = "more pixels than a picture may have";
        return nullptr;
    }
    SdlSurfacePtr surface(
        SDL_CreateRGBSurfaceWithFormat(0, static_cast<int>(w), static_cast<int>(ht), 32, SDL_PIXELFORMAT_BGRA32));
    if (!surface) {
        why = std::string("no memory for the picture (") + SDL_GetError() + ")";
        return nullptr;
    }
    std::vector<png_bytep> rows(ht);
    for (png_uint_32 y = 0; y < ht; ++y)
        rows[y] = static_cast<png_bytep>(surface->pixels) + static_cast<std::ptrdiff_t>(y) * surface->pitch;
    if (!read_rows(h.png, rows.data())) {
        why = "the picture is damaged: " + src.reason();
        return nullptr;
    }
    return surface;
}

}  // namespace kiosk
