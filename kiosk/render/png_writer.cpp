#include "render/png_writer.h"

#include <png.h>

namespace kiosk {
namespace {

// libpng reports errors by longjmp: each function below sets its jump first, and
// nothing with a destructor lives across the libpng calls.
bool start(png_structp png, png_infop info, std::FILE* file, int width_px, int height_px) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_init_io(png, file);
    // Screens are opaque: RGB is a quarter smaller than RGBA, and quicker to compress.
    png_set_IHDR(png, info, static_cast<png_uint_32>(width_px), static_cast<png_uint_32>(height_px), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    // The frame's own rows, written as they are (ARGB in memory is B, G, R, A bytes):
    // libpng swaps to RGB and drops the fourth byte, so no copy of the frame is made.
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
    return true;
}

bool rows(png_structp png, const std::uint32_t* argb, int count, int pitch_bytes) {
    if (setjmp(png_jmpbuf(png))) return false;
    for (int y = 0; y < count; ++y)
        png_write_row(png, reinterpret_cast<png_const_bytep>(argb) + static_cast<std::ptrdiff_t>(y) * pitch_bytes);
    return true;
}

bool end(png_structp png) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_write_end(png, nullptr);
    return true;
}

}  // namespace

struct PngRowWriter::Png {
    png_structp write = nullptr;
    png_infop info = nullptr;
};

void PngRowWriter::PngFree::operator()(Png* png) const {
    png_destroy_write_struct(&png->write, &png->info);
    delete png;
}

PngRowWriter::PngRowWriter() = default;
PngRowWriter::~PngRowWriter() = default;

Result<bool> PngRowWriter::open(const std::string& path, int width_px, int height_px) {
    path_ = path;
    file_.reset(std::fopen(path.c_str(), "wb"));
    if (!file_) return Diagnostic{path, 0, 0, "cannot write the PNG: the file cannot be opened"};
    png_.reset(new Png);
    png_->write = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_->info = png_->write ? png_create_info_struct(png_->write) : nullptr;
    if (!png_->write || !png_->info) return Diagnostic{path, 0, 0, "cannot write the PNG: libpng could not start"};
    if (!start(png_->write, png_->info, file_.get(), width_px, height_px))
        return Diagnostic{path, 0, 0, "cannot write the PNG: libpng failed while writing"};
    rows_left_ = height_px;
    return true;
}

Result<bool> PngRowWriter::write(const std::uint32_t* argb, int count, int pitch_bytes) {
    if (!png_ || count > rows_left_)
        return Diagnostic{path_, 0, 0, "cannot write the PNG: more rows than the picture has"};
    if (!rows(png_->write, argb, count, pitch_bytes))
        return Diagnostic{path_, 0, 0, "cannot write the PNG: libpng failed while writing"};
    rows_left_ -= count;
    return true;
}

Result<bool> PngRowWriter::finish() {
    if (!png_ || rows_left_ != 0) return Diagnostic{path_, 0, 0, "cannot write the PNG: rows are missing"};
    if (!end(png_->write)) return Diagnostic{path_, 0, 0, "cannot write the PNG: libpng failed while writing"};
    if (std::fflush(file_.get()) != 0) return Diagnostic{path_, 0, 0, "cannot write the PNG: the disk refused it"};
    return true;
}

Result<bool> write_png_rgb(const std::string& path, const std::uint32_t* argb, int width_px, int height_px,
                           int pitch_bytes) {
    PngRowWriter w;
    if (auto r = w.open(path, width_px, height_px); !r) return r;
    if (auto r = w.write(argb, height_px, pitch_bytes); !r) return r;
    return w.finish();
}

}  // namespace kiosk
