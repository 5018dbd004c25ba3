#include "platform/image_file.h"

#include "core/image_header.h"
#include "core/limits.h"
#include "core/text_file.h"

namespace kiosk {

std::optional<ImageFile> read_image_file(const std::string& path, std::string& why) {
    // Only a regular file (a FIFO would block), no larger than a picture needs to be,
    // and no more pixels than the screen could use: all known before decoding.
    constexpr std::size_t max_file_bytes = 32u << 20;
    auto bytes = read_text_file(path, max_file_bytes, "the picture");
    if (!bytes) {
        why = bytes.error().message;
        return std::nullopt;
    }
    const auto header = read_image_header(bytes.value());
    if (!header) {
        why = "not a PNG, JPEG, BMP or WebP picture (or its header is damaged)";
        return std::nullopt;
    }
    why = image_refusal(*header);
    if (!why.empty()) return std::nullopt;
    return ImageFile{std::move(bytes).value(), *header};
}

std::optional<std::pair<int, int>> image_file_size(const std::string& path, std::string& why) {
    const auto file = read_image_file(path, why);
    if (!file) return std::nullopt;
    return std::make_pair(file->header.width_px, file->header.height_px);
}

}  // namespace kiosk
