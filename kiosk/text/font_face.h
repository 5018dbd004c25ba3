// A font file opened at one pixel size: a FreeType face for rasterising and a
// HarfBuzz font on it for shaping. FreeType and HarfBuzz headers stay in the .cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

struct FT_LibraryRec_;
struct FT_FaceRec_;
struct hb_font_t;

namespace kiosk {

struct FtLibraryDeleter { void operator()(FT_LibraryRec_* lib) const; };
using FtLibraryPtr = std::unique_ptr<FT_LibraryRec_, FtLibraryDeleter>;
struct FtFaceDeleter { void operator()(FT_FaceRec_* face) const; };
using FtFacePtr = std::unique_ptr<FT_FaceRec_, FtFaceDeleter>;
struct HbFontDeleter { void operator()(hb_font_t* font) const; };
using HbFontPtr = std::unique_ptr<hb_font_t, HbFontDeleter>;

// One FreeType library for the process's text engine.
class FontLibrary {
public:
    static Result<std::shared_ptr<FontLibrary>> create();
    FT_LibraryRec_* raw() const { return library_.get(); }

private:
    FtLibraryPtr library_;
};

// Vertical metrics in pixels, positive up from the baseline (descender negative).
struct FontMetrics {
    float size_px = 0;
    float ascender_px = 0;
    float descender_px = 0;
    float x_height_px = 0;
    float cap_height_px = 0;
};

class FontFace {
public:
    // The font bytes are shared between faces of the same file at other sizes.
    static Result<std::unique_ptr<FontFace>> open(std::shared_ptr<FontLibrary> library,
                                                  std::shared_ptr<const std::vector<unsigned char>> bytes,
                                                  const std::string& path, float size_px);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    hb_font_t* hb() const { return hb_font_.get(); }
    FT_FaceRec_* ft() const { return ft_face_.get(); }
    const FontMetrics& metrics() const { return metrics_; }
    const std::string& path() const { return path_; }
    float size_px() const { return metrics_.size_px; }
    bool has_feature(const char tag[4]) const;
    // Whether every character of `utf8` (spaces aside) has a glyph with ink in this
    // face. Mapped is not enough: EB Garamond's 8-point italic maps some Cyrillic
    // letters to empty placeholder glyphs, which would set words as blank gaps.
    bool draws(std::string_view utf8) const;

private:
    FontFace() = default;
    std::shared_ptr<FontLibrary> library_;  // outlives the face
    std::shared_ptr<const std::vector<unsigned char>> bytes_;
    FtFacePtr ft_face_;
    HbFontPtr hb_font_;
    FontMetrics metrics_;
    std::string path_;
    mutable std::unordered_map<char32_t, bool> draws_;  // by code point, filled as asked
};

}  // namespace kiosk
