#include "text/font_face.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_DRIVER_H
#include FT_MODULE_H
#include FT_SIZES_H
#include <hb-ot.h>
#include <hb.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cmath>

#include "core/limits.h"
#include "core/text_file.h"

namespace kiosk {

void FtLibraryDeleter::operator()(FT_LibraryRec_* lib) const {
    FT_Done_FreeType(lib);
}
void FtFaceDeleter::operator()(FT_FaceRec_* face) const {
    FT_Done_Face(face);
}
void HbFontDeleter::operator()(hb_font_t* font) const {
    hb_font_destroy(font);
}
void HbFaceDeleter::operator()(hb_face_t* face) const {
    hb_face_destroy(face);
}
void FtSizeDeleter::operator()(FT_SizeRec_* size) const {
    FT_Done_Size(size);
}

Result<std::shared_ptr<FontLibrary>> FontLibrary::create() {
    FT_Library raw = nullptr;
    if (FT_Init_FreeType(&raw) != 0) return Diagnostic{"", 0, 0, "FreeType could not start"};
    auto lib = std::shared_ptr<FontLibrary>(new FontLibrary());
    lib->library_.reset(raw);
    // Stem darkening keeps thin Garamond hairlines visible on screen at text sizes.
    FT_Bool no_darkening = 0;
    FT_Property_Set(raw, "cff", "no-stem-darkening", &no_darkening);
    return lib;
}

Result<std::shared_ptr<FontFile>> FontFile::open(std::shared_ptr<FontLibrary> library, const std::string& path) {
    std::shared_ptr<FontFile> file(new FontFile());
    {
        // Through the one door: a regular file, within the limit, never a folder, a pipe
        // or a device (each would throw, block or grow without end).
        auto bytes = read_text_file(path, limits::font_bytes, "the font");
        if (!bytes) return bytes.error();
        file->bytes_.assign(bytes.value().begin(), bytes.value().end());
    }
    FT_Face raw = nullptr;
    if (FT_New_Memory_Face(library->raw(), file->bytes_.data(), static_cast<FT_Long>(file->bytes_.size()), 0, &raw) !=
        0) {
        return Diagnostic{path, 0, 0, "not a font FreeType can read (expected an OpenType or TrueType file)"};
    }
    file->library_ = std::move(library);
    file->ft_face_.reset(raw);
    file->path_ = path;
    // HarfBuzz reads the same bytes; the blob does not copy them (the file outlives it).
    hb_blob_t* blob =
        hb_blob_create(reinterpret_cast<const char*>(file->bytes_.data()), static_cast<unsigned>(file->bytes_.size()),
                       HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    file->hb_face_.reset(hb_face_create(blob, 0));
    hb_blob_destroy(blob);
    hb_face_make_immutable(file->hb_face_.get());
    return file;
}

FontFile::~FontFile() {
    hb_face_.reset();
    ft_face_.reset();
}

bool FontFile::has_feature(const char tag[4]) const {
    const hb_tag_t wanted = HB_TAG(tag[0], tag[1], tag[2], tag[3]);
    unsigned count = 64;
    hb_tag_t tags[64];
    hb_ot_layout_table_get_feature_tags(hb_face_.get(), HB_OT_TAG_GSUB, 0, &count, tags);
    for (unsigned i = 0; i < count; ++i)
        if (tags[i] == wanted) return true;
    return false;
}

Result<std::unique_ptr<FontFace>> FontFace::open(std::shared_ptr<FontFile> file, float size_px) {
    FT_Size raw_size = nullptr;
    if (FT_New_Size(file->ft(), &raw_size) != 0)
        return Diagnostic{file->path(), 0, 0, "FreeType could not make a size for this font"};
    std::unique_ptr<FontFace> face(new FontFace());
    face->file_ = std::move(file);
    face->ft_size_.reset(raw_size);
    FT_Face ft = face->ft_at_size();
    // 26.6 fixed point at 72 dpi: one point is one pixel, so sizes stay in pixels.
    const auto size_26_6 = static_cast<FT_F26Dot6>(std::lround(size_px * 64.0f));
    FT_Set_Char_Size(ft, 0, size_26_6, 72, 72);
    // HarfBuzz's own OpenType functions give unhinted advances in 26.6, the same ones the
    // rasteriser uses with FT_LOAD_NO_HINTING, so shaping and drawing agree at any size.
    face->hb_font_.reset(hb_font_create(face->file_->hb()));
    hb_font_set_scale(face->hb_font_.get(), static_cast<int>(size_26_6), static_cast<int>(size_26_6));

    const float units = static_cast<float>(ft->units_per_EM);
    auto& m = face->metrics_;
    m.size_px = size_px;
    m.ascender_px = ft->ascender * size_px / units;
    m.descender_px = ft->descender * size_px / units;
    hb_position_t xh = 0, ch = 0;
    hb_ot_metrics_get_position(face->hb_font_.get(), HB_OT_METRICS_TAG_X_HEIGHT, &xh);
    hb_ot_metrics_get_position(face->hb_font_.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &ch);
    m.x_height_px = xh > 0 ? xh / 64.0f : 0.45f * size_px;
    m.cap_height_px = ch > 0 ? ch / 64.0f : 0.65f * size_px;
    return face;
}

FontFace::~FontFace() {
    hb_font_.reset();
    ft_size_.reset();  // before the file's face, which file_ (destroyed last) holds
}

FT_FaceRec_* FontFace::ft_at_size() const {
    FT_Activate_Size(ft_size_.get());
    return file_->ft();
}

bool FontFile::draws(std::string_view utf8) const {
    FT_Face face = ft_face_.get();
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(utf8.size());) {
        UChar32 c;
        U8_NEXT(utf8.data(), i, static_cast<std::int32_t>(utf8.size()), c);
        if (c < 0) return false;
        if (u_isUWhiteSpace(c) || u_charType(c) == U_CONTROL_CHAR || u_charType(c) == U_FORMAT_CHAR) continue;
        auto it = draws_.find(static_cast<char32_t>(c));
        if (it == draws_.end()) {
            const FT_UInt index = FT_Get_Char_Index(face, static_cast<FT_ULong>(c));
            bool ink = false;
            if (index != 0 &&
                FT_Load_Glyph(face, index, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0)
                ink = face->glyph->format != FT_GLYPH_FORMAT_OUTLINE || face->glyph->outline.n_contours > 0;
            it = draws_.emplace(static_cast<char32_t>(c), ink).first;
        }
        if (!it->second) return false;
    }
    return true;
}

}  // namespace kiosk
