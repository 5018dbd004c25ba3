// HarfBuzz shaping of one run (one face, one set of OpenType features).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct hb_buffer_t;

namespace kiosk {

class FontFace;

struct ShapedGlyph {
    std::uint32_t glyph_id = 0;
    std::uint32_t cluster = 0;  // byte offset into the shaped text
    float x_advance_px = 0;
    float x_offset_px = 0;
    float y_offset_px = 0;  // positive up
    bool unsafe_to_break = false;
};

struct HbBufferDeleter {
    void operator()(hb_buffer_t* b) const;
};

class Shaper {
public:
    Shaper();
    // `features` in HarfBuzz's syntax, e.g. {"smcp", "c2sc", "-liga"}. `language`
    // is a BCP 47 tag ("en", "ru"); script and direction are guessed from the text.
    std::vector<ShapedGlyph> shape(const FontFace& face, std::string_view text,
                                   const std::vector<std::string>& features, std::string_view language = "en");
    float width_px(const FontFace& face, std::string_view text, const std::vector<std::string>& features,
                   std::string_view language = "en");

private:
    std::unique_ptr<hb_buffer_t, HbBufferDeleter> buffer_;
};

}  // namespace kiosk
