// Every face the kiosk uses, each file read and parsed once and used at the sizes asked for.
// A face's index is stable for the cache's life; glyph runs and the atlas refer to
// faces by index so that geometry stays plain data.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "text/font_face.h"

namespace kiosk {

class FontCache {
public:
    static Result<std::unique_ptr<FontCache>> create();

    // Sizes are rounded to a quarter pixel so that nearby requests share a face.
    Result<int> face_index(const std::string& path, float size_px);
    FontFace& face(int index) { return *faces_.at(static_cast<std::size_t>(index)); }
    const FontFace& face(int index) const { return *faces_.at(static_cast<std::size_t>(index)); }
    std::size_t face_count() const { return faces_.size(); }
    std::size_t file_count() const { return files_.size(); }  // each parsed once
    // A face to shape with instead where this one has no glyph (-1: none).
    void set_fallback(int face_index, int fallback_index);
    int fallback(int face_index) const;

private:
    std::shared_ptr<FontLibrary> library_;
    std::map<std::string, std::shared_ptr<FontFile>> files_;
    std::map<std::pair<std::string, int>, int> index_by_path_and_quarter_px_;
    std::vector<std::unique_ptr<FontFace>> faces_;
    std::map<int, int> fallback_;
};

}  // namespace kiosk
