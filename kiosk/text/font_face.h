// A font file opened once (FontFile: the FreeType face and the HarfBuzz face, whose
// parsed tables and layout accelerators are the heavy part) and used at any number of
// pixel sizes (FontFace: a FreeType size and a HarfBuzz font, a few hundred bytes each).
// Opening the whole file again per size cost ~230 KB a size, and a kiosk that sees many
// sizes over months (labels that shrink to fit, text steps, rotations) grew without end.
// FreeType and HarfBuzz headers stay in the .cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

struct FT_LibraryRec_;
struct FT_FaceRec_;
struct FT_SizeRec_;
struct hb_face_t;
struct hb_font_t;

namespace kiosk {

struct FtLibraryDeleter {
    void operator()(FT_LibraryRec_* lib) const;
};
using FtLibraryPtr = std::unique_ptr<FT_LibraryRec_, FtLibraryDeleter>;
struct FtFaceDeleter {
    void operator()(FT_FaceRec_* face) const;
};
using FtFacePtr = std::unique_ptr<FT_FaceRec_, FtFaceDeleter>;
struct HbFontDeleter {
    void operator()(hb_font_t* font) const;
};
using HbFontPtr = std::unique_ptr<hb_font_t, HbFontDeleter>;
struct HbFaceDeleter {
    void operator()(hb_face_t* face) const;
};
using HbFacePtr = std::unique_ptr<hb_face_t, HbFaceDeleter>;
struct FtSizeDeleter {
    void operator()(FT_SizeRec_* size) const;
};
using FtSizePtr = std::unique_ptr<FT_SizeRec_, FtSizeDeleter>;

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

// One font file, parsed once, shared by every size it is used at.
class FontFile {
public:
    static Result<std::shared_ptr<FontFile>> open(std::shared_ptr<FontLibrary> library, const std::string& path);
    ~FontFile();
    FontFile(const FontFile&) = delete;
    FontFile& operator=(const FontFile&) = delete;

    const std::string& path() const { return path_; }
    FT_FaceRec_* ft() const { return ft_face_.get(); }
    hb_face_t* hb() const { return hb_face_.get(); }
    bool has_feature(const char tag[4]) const;
    // Whether every character of `utf8` (spaces aside) has a glyph with ink in this
    // file. Mapped is not enough: EB Garamond's 8-point italic maps some Cyrillic
    // letters to empty placeholder glyphs, which would set words as blank gaps.
    bool draws(std::string_view utf8) const;

private:
    FontFile() = default;
    std::shared_ptr<FontLibrary> library_;  // outlives the face
    std::vector<unsigned char> bytes_;      // FreeType and HarfBuzz read from these
    FtFacePtr ft_face_;
    HbFacePtr hb_face_;
    std::string path_;
    mutable std::unordered_map<char32_t, bool> draws_;  // by code point, filled as asked
};

// A font file at one pixel size.
class FontFace {
public:
    static Result<std::unique_ptr<FontFace>> open(std::shared_ptr<FontFile> file, float size_px);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    hb_font_t* hb() const { return hb_font_.get(); }
    // The FreeType face set to this size, for rasterising; valid until another size of
    // the same file is activated.
    FT_FaceRec_* ft_at_size() const;
    const FontMetrics& metrics() const { return metrics_; }
    const std::string& path() const { return file_->path(); }
    float size_px() const { return metrics_.size_px; }
    bool has_feature(const char tag[4]) const { return file_->has_feature(tag); }
    bool draws(std::string_view utf8) const { return file_->draws(utf8); }

private:
    FontFace() = default;
    std::shared_ptr<FontFile> file_;  // declared first: destroyed after the size and font on it
    FtSizePtr ft_size_;
    HbFontPtr hb_font_;
    FontMetrics metrics_;
};

}  // namespace kiosk
