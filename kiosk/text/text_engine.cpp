#include "text/text_engine.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <vector>

#include "core/log.h"
#include "core/paths.h"

namespace kiosk {
namespace {

struct Candidates {
    std::vector<std::string> paths;
    std::size_t configured = 0;  // the first paths are the configured font's
};

Candidates candidates(const Config& c, FontRole role) {
    const auto& t = c.theme;
    const ThemeConfig defaults;
    std::string configured, bundled, system;
    switch (role) {
        case FontRole::body:
            configured = t.font_body;
            bundled = defaults.font_body;
            system = "/usr/share/fonts/opentype/ebgaramond/EBGaramond08-Regular.otf";
            break;
        case FontRole::body_italic:
            configured = t.font_body_italic;
            bundled = defaults.font_body_italic;
            system = "/usr/share/fonts/opentype/ebgaramond/EBGaramond08-Italic.otf";
            break;
        case FontRole::display:
            configured = t.font_display;
            bundled = defaults.font_display;
            system = "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf";
            break;
        case FontRole::display_italic:
            configured = t.font_display_italic;
            bundled = defaults.font_display_italic;
            system = "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Italic.otf";
            break;
        case FontRole::label:
            configured = t.font_label;
            bundled = defaults.font_label;
            system = "/usr/share/fonts/opentype/inter/Inter-Medium.otf";
            break;
        case FontRole::label_strong:
            configured = t.font_label_strong;
            bundled = defaults.font_label_strong;
            system = "/usr/share/fonts/opentype/inter/Inter-SemiBold.otf";
            break;
        case FontRole::count:
            break;
    }
    // The configured font in the content, else under the same name among the kiosk's own
    // fonts (a content repository need not carry them); then the bundled one, then the
    // system's.
    Candidates out;
    auto add = [&](const std::string& name) {
        out.paths.push_back(c.resolve(name));
        if (!std::filesystem::path(name).is_absolute())
            for (const auto& dir : kiosk_data_dirs()) out.paths.push_back(dir + "/" + name);
    };
    add(configured);
    out.configured = out.paths.size();
    add(bundled);
    for (const std::string& p : {system, std::string("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
                                 std::string("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")})
        out.paths.push_back(p);
    return out;
}

}  // namespace

Result<std::unique_ptr<TextEngine>> TextEngine::create(const Config& config, Diagnostics& problems) {
    auto fonts = FontCache::create();
    if (!fonts) return fonts.error();
    auto engine = std::unique_ptr<TextEngine>(new TextEngine());
    engine->fonts_ = std::move(fonts).value();
    engine->atlas_ = std::make_unique<GlyphAtlas>(*engine->fonts_);
    bool any = false;
    for (int r = 0; r < static_cast<int>(FontRole::count); ++r) {
        const Candidates list = candidates(config, static_cast<FontRole>(r));
        std::optional<Diagnostic> first_failure;
        bool opened = false;
        for (std::size_t i = 0; i < list.paths.size() && !opened; ++i) {
            auto idx = engine->fonts_->face_index(list.paths[i], 16.0f);
            if (!idx) {
                if (i == 0) first_failure = idx.error();
                continue;
            }
            opened = true;
            engine->paths_[static_cast<std::size_t>(r)] = list.paths[i];
            any = true;
            // The configured font did not open in the content nor among the kiosk's own:
            // the text is shown in another, which the curator should know.
            if (i >= list.configured && first_failure) {
                Diagnostic d = *first_failure;
                d.message += "; shown in " + list.paths[i] + " instead";
                d.severity = Diagnostic::Severity::warning;
                problems.push_back(d);
            }
        }
        if (!opened && first_failure) problems.push_back(*first_failure);
    }
    if (!any) return Diagnostic{config.resolve(config.theme.font_body), 0, 0, "no font could be opened at all"};

    // TeX's minimums for English (2 and 3 letters); Russian typesetting keeps 2 and 2.
    auto hyph = Hyphenator::load(config.content.hyphenation_en, 2, 3);
    if (hyph)
        engine->hyphen_en_ = std::move(hyph).value();
    else {
        Diagnostic d = hyph.error();
        d.message += "; English text is set without hyphenation (install the hyphen-en-us package)";
        problems.push_back(d);
    }
    auto ru = Hyphenator::load(config.content.hyphenation_ru, 2, 2);
    if (ru)
        engine->hyphen_ru_ = std::move(ru).value();
    else {
        Diagnostic d = ru.error();
        d.message += "; Russian text is set without hyphenation (install the hyphen-ru package)";
        problems.push_back(d);
    }
    return engine;
}

int TextEngine::face(FontRole role, float size_px) {
    const int index = face_without_fallback(role, size_px);
    // EB Garamond's 8-point italic has no Cyrillic, its 12-point cut has: shape missing
    // letters with the nearest face that has them.
    const FontRole fallback = role == FontRole::body_italic ? FontRole::display_italic
                              : role == FontRole::body      ? FontRole::display
                                                            : FontRole::count;
    if (index >= 0 && fallback != FontRole::count && fonts_->fallback(index) < 0) {
        const int fb = face_without_fallback(fallback, size_px);
        if (fb >= 0) fonts_->set_fallback(index, fb);
    }
    return index;
}

int TextEngine::face_without_fallback(FontRole role, float size_px) {
    const auto& path = paths_[static_cast<std::size_t>(role)];
    if (path.empty()) {
        for (const auto& p : paths_)
            if (!p.empty()) {
                auto idx = fonts_->face_index(p, size_px);
                return idx ? idx.value() : -1;
            }
        return -1;
    }
    auto idx = fonts_->face_index(path, size_px);
    return idx ? idx.value() : -1;
}

bool TextEngine::has_feature(FontRole role, const char tag[4]) {
    const int f = face(role, 16.0f);
    return f >= 0 && fonts_->face(f).has_feature(tag);
}

const Hyphenator* TextEngine::hyphenator(const std::string& language) const {
    if (language.rfind("en", 0) == 0 && hyphen_en_) return &*hyphen_en_;
    if (language.rfind("ru", 0) == 0 && hyphen_ru_) return &*hyphen_ru_;
    return nullptr;
}

ParagraphSetter TextEngine::setter(const std::string& language) {
    return ParagraphSetter(*fonts_, shaper_, hyphenator(language));
}

TypesetLine TextEngine::set_line(const std::string& text, const TextStyle& style, const std::string& language) {
    TypesetLine line;
    line.text = text;
    line.byte_end = text.size();
    if (style.face_index < 0) return line;
    float pen = 0;
    int face = style.face_index;
    auto glyphs = shaper_.shape(fonts_->face(face), text, style.features, language);
    const int fb = fonts_->fallback(face);
    if (fb >= 0 && !fonts_->face(face).draws(text)) {
        face = fb;
        glyphs = shaper_.shape(fonts_->face(face), text, style.features, language);
    }
    for (const auto& g : glyphs) {
        line.glyphs.push_back(
            {face, g.glyph_id, pen + g.x_offset_px, -(g.y_offset_px + style.baseline_shift_px), style.color_slot});
        pen += g.x_advance_px;
    }
    line.width_px = pen;
    return line;
}

}  // namespace kiosk
