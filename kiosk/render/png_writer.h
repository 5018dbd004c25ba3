// Writing a frame as PNG with libpng, favouring speed: a 1920×1080 screenshot must not
// cost more than drawing it (GUIDE.md measured SDL_image's default compression at about
// 60 ms). Rows may come a band at a time, so that a whole frame need never be held.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "core/result.h"

namespace kiosk {

// `argb`: 32-bit pixels as SDL's ARGB8888 (B, G, R, A in memory), `pitch_bytes` a row.
Result<bool> write_png_rgb(const std::string& path, const std::uint32_t* argb, int width_px, int height_px,
                           int pitch_bytes);

// The same, row band by row band: open, give every row top to bottom, finish.
class PngRowWriter {
public:
    PngRowWriter();
    ~PngRowWriter();
    PngRowWriter(const PngRowWriter&) = delete;
    PngRowWriter& operator=(const PngRowWriter&) = delete;

    Result<bool> open(const std::string& path, int width_px, int height_px);
    Result<bool> write(const std::uint32_t* argb, int count, int pitch_bytes);
    Result<bool> finish();  // the file is complete only after this

private:
    struct FileCloser {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    struct Png;  // libpng's write and info handles, made and freed together (png_writer.cpp)
    struct PngFree {
        void operator()(Png* png) const;
    };
    std::string path_;
    std::unique_ptr<std::FILE, FileCloser> file_;
    std::unique_ptr<Png, PngFree> png_;
    int rows_left_ = 0;
};

}  // namespace kiosk
