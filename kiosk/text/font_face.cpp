#include "text/font_face.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_DRIVER_H
#include FT_MODULE_H
#include <hb-ft.h>
#include <hb-ot.h>
#include <hb.h>

#include <cmath>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kiosk {

void FtLibraryDeleter::operator()(FT_LibraryRec_* lib) const { FT_Done_FreeType(lib); }
void FtFaceDeleter::operator()(FT_FaceRec_* face) const { FT_Done_Face(face); }
void HbFontDeleter::operator()(hb_font_t* font) const { hb_font_destroy(font); }

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

Result<std::unique_ptr<FontFace>> FontFace::open(std::shared_ptr<FontLibrary> library,
                                                 std::shared_ptr<const std::vector<unsigned char>> bytes,
                                                 const std::string& path, float size_px) {
    FT_Face raw = nullptr;
    if (FT_New_Memory_Face(library->raw(), bytes->data(), static_cast<FT_Long>(bytes->size()), 0, &raw) != 0) {
        return Diagnostic{path, 0, 0, "not a font FreeType can read (expected an OpenType or TrueType file)"};
    }
    std::unique_ptr<FontFace> face(new FontFace());
    face->library_ = std::move(library);
    face->bytes_ = std::move(bytes);
    face->ft_face_.reset(raw);
    face->path_ = path;
    // 26.6 fixed point at 72 dpi: one point is one pixel, so sizes stay in pixels.
    const auto size_26_6 = static_cast<FT_F26Dot6>(std::lround(size_px * 64.0f));
    FT_Set_Char_Size(raw, 0, size_26_6, 72, 72);
    face->hb_font_.reset(hb_ft_font_create_referenced(raw));
    // Unhinted advances in 26.6 so shaping and rasterising agree at fractional sizes.
    hb_ft_font_set_load_flags(face->hb_font_.get(), FT_LOAD_NO_HINTING);
    hb_font_set_scale(face->hb_font_.get(), static_cast<int>(size_26_6), static_cast<int>(size_26_6));

    const float units = static_cast<float>(raw->units_per_EM);
    auto& m = face->metrics_;
    m.size_px = size_px;
    m.ascender_px = raw->ascender * size_px / units;
    m.descender_px = raw->descender * size_px / units;
    hb_position_t xh = 0, ch = 0;
    hb_ot_metrics_get_position(face->hb_font_.get(), HB_OT_METRICS_TAG_X_HEIGHT, &xh);
    hb_ot_metrics_get_position(face->hb_font_.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &ch);
    m.x_height_px = xh > 0 ? xh / 64.0f : 0.45f * size_px;
    m.cap_height_px = ch > 0 ? ch / 64.0f : 0.65f * size_px;
    return face;
}

FontFace::~FontFace() {
    hb_font_.reset();  // refers to the FT face
    ft_face_.reset();
}

bool FontFace::has_feature(const char tag[4]) const {
    hb_face_t* face = hb_font_get_face(hb_font_.get());
    const hb_tag_t wanted = HB_TAG(tag[0], tag[1], tag[2], tag[3]);
    unsigned count = 64;
    hb_tag_t tags[64];
    hb_ot_layout_table_get_feature_tags(face, HB_OT_TAG_GSUB, 0, &count, tags);
    for (unsigned i = 0; i < count; ++i)
        if (tags[i] == wanted) return true;
    return false;
}

bool FontFace::draws(std::string_view utf8) const {
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
            if (index != 0 && FT_Load_Glyph(face, index, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0)
                ink = face->glyph->format != FT_GLYPH_FORMAT_OUTLINE || face->glyph->outline.n_contours > 0;
            it = draws_.emplace(static_cast<char32_t>(c), ink).first;
        }
        if (!it->second) return false;
    }
    return true;
}

}  // namespace kiosk
