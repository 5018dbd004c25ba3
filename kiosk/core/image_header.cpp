#include "core/image_header.h"

#include <cstdint>

namespace kiosk {
namespace {

std::uint32_t be32(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8 |
           static_cast<unsigned char>(b[at + 3]);
}
std::uint32_t be16(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 8 | static_cast<unsigned char>(b[at + 1]);
}
std::uint32_t le16(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 | static_cast<unsigned char>(b[at]);
}
std::uint32_t le24(std::string_view b, std::size_t at) {
    return le16(b, at) | static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16;
}
std::uint32_t le32(std::string_view b, std::size_t at) {
    return le16(b, at) | le16(b, at + 2) << 16;
}

std::optional<ImageHeader> sized(const char* format, long long w, long long h) {
    if (w <= 0 || h <= 0 || w > 1'000'000 || h > 1'000'000) return std::nullopt;
    return ImageHeader{format, static_cast<int>(w), static_cast<int>(h)};
}

}  // namespace

std::optional<ImageHeader> read_image_header(std::string_view b) {
    if (b.size() >= 24 && b.substr(0, 8) == "\x89PNG\r\n\x1a\n" && b.substr(12, 4) == "IHDR")
        return sized("PNG", be32(b, 16), be32(b, 20));
    if (b.size() >= 10 && (b.substr(0, 6) == "GIF87a" || b.substr(0, 6) == "GIF89a"))
        return sized("GIF", le16(b, 6), le16(b, 8));
    if (b.size() >= 26 && b.substr(0, 2) == "BM") {
        const auto h = static_cast<std::int32_t>(le32(b, 22));  // negative: stored top-down
        return sized("BMP", static_cast<std::int32_t>(le32(b, 18)), h < 0 ? -static_cast<long long>(h) : h);
    }
    if (b.size() >= 30 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") {
        const std::string_view chunk = b.substr(12, 4);
        if (chunk == "VP8X") return sized("WebP", le24(b, 24) + 1LL, le24(b, 27) + 1LL);
        if (chunk == "VP8L" && static_cast<unsigned char>(b[20]) == 0x2f) {
            const std::uint32_t bits = le32(b, 21);
            return sized("WebP", (bits & 0x3fff) + 1LL, ((bits >> 14) & 0x3fff) + 1LL);
        }
        if (chunk == "VP8 " && b.size() >= 30) return sized("WebP", le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
        return std::nullopt;
    }
    if (b.size() >= 4 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8) {
        // Walk the segments to the first start-of-frame (SOF0..SOF15 but DHT, JPG, DAC).
        std::size_t at = 2;
        while (at + 9 < b.size()) {
            if (static_cast<unsigned char>(b[at]) != 0xFF) return std::nullopt;
            const auto marker = static_cast<unsigned char>(b[at + 1]);
            if (marker == 0xFF) {
                ++at;
                continue;
            }  // fill bytes
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2;
                continue;
            }
            const std::uint32_t length = be16(b, at + 2);
            if (length < 2) return std::nullopt;
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
                return sized("JPEG", be16(b, at + 7), be16(b, at + 5));
            at += 2 + length;
        }
    }
    return std::nullopt;
}

}  // namespace kiosk
