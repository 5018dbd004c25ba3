#include "text/font_cache.h"

#include <cmath>
#include <fstream>
#include <iterator>

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
    if (auto it = index_by_path_and_quarter_px_.find(key); it != index_by_path_and_quarter_px_.end())
        return it->second;
    auto& bytes = files_[path];
    if (!bytes) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            files_.erase(path);
            return Diagnostic{path, 0, 0, "font file not found or unreadable"};
        }
        bytes = std::make_shared<const std::vector<unsigned char>>(std::istreambuf_iterator<char>(in),
                                                                   std::istreambuf_iterator<char>());
    }
    auto face = FontFace::open(library_, bytes, path, quarter_px / 4.0f);
    if (!face) {
        files_.erase(path);
        return face.error();
    }
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
