#include "platform/image_file.h"

#include "core/image_header.h"
#include "core/limits.h"
#include "core/text_file.h"

namespace kiosk {

std::optional<std::pair<int, int>> image_file_size(const std::string& path, std::string& why) {
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
        why = "not a PNG, JPEG, GIF, BMP or WebP picture (or its header is damaged)";
        return std::nullopt;
    }
    const long long pixels = static_cast<long long>(header->width_px) * header->height_px;
    if (header->width_px > limits::image_side_px || header->height_px > limits::image_side_px ||
        pixels > limits::image_pixels) {
        why = "a " + header->format + " of " + std::to_string(header->width_px) + "×" +
              std::to_string(header->height_px) + " pixels; the limit is " + std::to_string(limits::image_side_px) +
              " a side and " + std::to_string(limits::image_pixels / 1'000'000) + " million pixels (scale it down)";
        return std::nullopt;
    }
    if (header->scans > limits::jpeg_scans) {
        why = "a JPEG of " + std::to_string(header->scans) + " scans; the limit is " +
              std::to_string(limits::jpeg_scans) + " (save it again as an ordinary JPEG)";
        return std::nullopt;
    }
    return std::make_pair(header->width_px, header->height_px);
}

}  // namespace kiosk
