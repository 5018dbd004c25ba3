// The text engine as one object the scenes share: fonts by role (with fallbacks, so a
// missing font file degrades the look, never the kiosk), the shaper, hyphenation
// dictionaries and the glyph atlas.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>

#include "content/config.h"
#include "core/result.h"
#include "text/font_cache.h"
#include "text/glyph_atlas.h"
#include "text/hyphenator.h"
#include "text/paragraph.h"
#include "text/shaper.h"

namespace kiosk {

enum class FontRole { body, body_italic, display, display_italic, label, label_strong, count };

class TextEngine {
public:
    // Problems (a missing font, a missing dictionary) are appended to `problems`; the
    // engine is still made, using fallbacks, unless no font at all can be opened.
    static Result<std::unique_ptr<TextEngine>> create(const Config& config, Diagnostics& problems);

    // A face index for the role at a size; -1 only if no font could be opened at all.
    int face(FontRole role, float size_px);
    bool has_feature(FontRole role, const char tag[4]);

    FontCache& fonts() { return *fonts_; }
    Shaper& shaper() { return shaper_; }
    GlyphAtlas& atlas() { return *atlas_; }
    const GlyphAtlas& atlas() const { return *atlas_; }
    const Hyphenator* hyphenator(const std::string& language) const;
    ParagraphSetter setter(const std::string& language);

    // One line of text, unbroken (labels, buttons).
    TypesetLine set_line(const std::string& text, const TextStyle& style, const std::string& language = "en");

private:
    int face_without_fallback(FontRole role, float size_px);
    std::unique_ptr<FontCache> fonts_;
    Shaper shaper_;
    std::unique_ptr<GlyphAtlas> atlas_;
    std::optional<Hyphenator> hyphen_en_, hyphen_ru_;
    std::array<std::string, static_cast<std::size_t>(FontRole::count)> paths_;
};

}  // namespace kiosk
