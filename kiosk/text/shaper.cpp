#include "text/shaper.h"

#include <hb.h>

#include "text/font_face.h"

namespace kiosk {

void HbBufferDeleter::operator()(hb_buffer_t* b) const {
    hb_buffer_destroy(b);
}

Shaper::Shaper() : buffer_(hb_buffer_create()) {}

std::vector<ShapedGlyph> Shaper::shape(const FontFace& face, std::string_view text,
                                       const std::vector<std::string>& features, std::string_view language) {
    hb_buffer_t* buf = buffer_.get();
    hb_buffer_clear_contents(buf);
    hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_set_language(buf, hb_language_from_string(language.data(), static_cast<int>(language.size())));
    hb_buffer_guess_segment_properties(buf);

    std::vector<hb_feature_t> hb_features;
    hb_features.reserve(features.size());
    for (const auto& f : features) {
        hb_feature_t feature;
        if (hb_feature_from_string(f.c_str(), static_cast<int>(f.size()), &feature)) hb_features.push_back(feature);
    }
    hb_shape(face.hb(), buf, hb_features.data(), static_cast<unsigned>(hb_features.size()));

    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &count);
    std::vector<ShapedGlyph> out(count);
    for (unsigned i = 0; i < count; ++i) {
        out[i].glyph_id = info[i].codepoint;
        out[i].cluster = info[i].cluster;
        out[i].x_advance_px = pos[i].x_advance / 64.0f;
        out[i].x_offset_px = pos[i].x_offset / 64.0f;
        out[i].y_offset_px = pos[i].y_offset / 64.0f;
        out[i].unsafe_to_break = (hb_glyph_info_get_glyph_flags(&info[i]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0;
    }
    return out;
}

float Shaper::width_px(const FontFace& face, std::string_view text, const std::vector<std::string>& features,
                       std::string_view language) {
    float w = 0;
    for (const auto& g : shape(face, text, features, language)) w += g.x_advance_px;
    return w;
}

}  // namespace kiosk
