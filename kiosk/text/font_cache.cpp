#include "text/font_cache.h"

#include <cmath>

namespace kiosk {

Result<std::unique_ptr<FontCache>> FontCache::create() {
    auto lib = FontLibrary::create();
    if (!lib) return lib.error();
    auto cache = std::make_unique<FontCache>();
    cache->library_ = std::move(lib).value();
    return cache;
}

Result<int> FontCache::face_index(const std::string& path, float size_px) {
    const int quarter_px = std::max(4, static_cast<int>(std::lround(size_px * 4.0f)));
    const auto key = std::make_pair(path, quarter_px);
    if (auto it = index_by_path_and_quarter_px_.find(key); it != index_by_path_and_quarter_px_.end()) return it->second;
    auto& file = files_[path];
    if (!file) {
        auto opened = FontFile::open(library_, path);
        if (!opened) {
            files_.erase(path);
            return opened.error();
        }
        file = std::move(opened).value();
    }
    auto face = FontFace::open(file, quarter_px / 4.0f);
    if (!face) return face.error();
    faces_.push_back(std::move(face).value());
    const int index = static_cast<int>(faces_.size()) - 1;
    index_by_path_and_quarter_px_[key] = index;
    return index;
}

void FontCache::set_fallback(int face_index, int fallback_index) {
    if (face_index != fallback_index) fallback_[face_index] = fallback_index;
}

int FontCache::fallback(int face_index) const {
    const auto it = fallback_.find(face_index);
    return it == fallback_.end() ? -1 : it->second;
}

}  // namespace kiosk
