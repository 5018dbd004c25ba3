#include "core/image_header.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "core/limits.h"

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

// A GIF's blocks (GIF89a, section 17 on): every image descriptor's extent, not only the
// logical screen's, is what SDL_image allocates.
std::optional<ImageHeader> gif_header(std::string_view b) {
    long long w = le16(b, 6), h = le16(b, 8);
    const auto colour_table = [](unsigned flags) { return (flags & 0x80) ? 3u << ((flags & 7) + 1) : 0u; };
    std::size_t at = 13 + colour_table(static_cast<unsigned char>(b[10]));
    const auto skip_sub_blocks = [&]() {
        while (at < b.size()) {
            const auto n = static_cast<unsigned char>(b[at]);
            at += 1 + n;
            if (n == 0) return true;
        }
        return false;
    };
    while (at < b.size()) {
        const auto block = static_cast<unsigned char>(b[at]);
        if (block == 0x3B) break;  // the trailer
        if (block == 0x21) {       // an extension: its label, then sub-blocks
            at += 2;
            if (!skip_sub_blocks()) break;
        } else if (block == 0x2C && at + 10 <= b.size()) {  // an image descriptor
            w = std::max<long long>(w, static_cast<long long>(le16(b, at + 1)) + le16(b, at + 5));
            h = std::max<long long>(h, static_cast<long long>(le16(b, at + 3)) + le16(b, at + 7));
            at += 10 + colour_table(static_cast<unsigned char>(b[at + 9])) + 1;  // + the LZW code size
            if (!skip_sub_blocks()) break;
        } else {
            break;  // damage: what was read so far is what a decoder would see
        }
    }
    return sized("GIF", w, h);
}

// The entropy-coded data after a JPEG scan's header runs to the next marker that is not
// a stuffed 0xFF00 or a restart (RSTn): where the next segment starts.
std::size_t after_scan_data(std::string_view b, std::size_t at) {
    for (; at + 1 < b.size(); ++at) {
        if (static_cast<unsigned char>(b[at]) != 0xFF) continue;
        const auto next = static_cast<unsigned char>(b[at + 1]);
        if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) return at;
    }
    return b.size();
}

std::optional<ImageHeader> jpeg_header(std::string_view b) {
    // Walk the segments: the first start-of-frame (SOF0..SOF15 but DHT, JPG, DAC) gives
    // the size; every start-of-scan is counted (a scan repeated 20,000 times never
    // finished decoding).
    std::optional<ImageHeader> out;
    int scans = 0;
    std::size_t at = 2;
    while (at + 3 < b.size()) {
        if (static_cast<unsigned char>(b[at]) != 0xFF) break;
        const auto marker = static_cast<unsigned char>(b[at + 1]);
        if (marker == 0xFF) {  // fill bytes
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        if (marker == 0xD9) break;  // end of image
        const std::uint32_t length = be16(b, at + 2);
        if (length < 2) break;
        if (!out && marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            if (at + 9 > b.size()) break;
            out = sized("JPEG", be16(b, at + 7), be16(b, at + 5));
            if (!out) return std::nullopt;
        }
        at += 2 + length;
        if (marker == 0xDA) {
            ++scans;
            at = after_scan_data(b, at);
        }
    }
    if (out) out->scans = scans;
    return out;
}

}  // namespace

std::string image_refusal(const ImageHeader& h) {
    const long long pixels = static_cast<long long>(h.width_px) * h.height_px;
    if (h.width_px > limits::image_side_px || h.height_px > limits::image_side_px || pixels > limits::image_pixels)
        return "a " + h.format + " of " + std::to_string(h.width_px) + "×" + std::to_string(h.height_px) +
               " pixels; the limit is " + std::to_string(limits::image_side_px) + " a side and " +
               std::to_string(limits::image_pixels / 1'000'000) + " million pixels (scale it down)";
    if (h.scans > limits::jpeg_scans)
        return "a JPEG of " + std::to_string(h.scans) + " scans; the limit is " + std::to_string(limits::jpeg_scans) +
               " (save it again as an ordinary JPEG)";
    if (h.format == "GIF") return "a GIF, which the kiosk does not show (its decoder is not safe): save it as PNG";
    return {};
}

std::optional<ImageHeader> read_image_header(std::string_view b) {
    if (b.size() >= 24 && b.substr(0, 8) == "\x89PNG\r\n\x1a\n" && b.substr(12, 4) == "IHDR")
        return sized("PNG", be32(b, 16), be32(b, 20));
    if (b.size() >= 13 && (b.substr(0, 6) == "GIF87a" || b.substr(0, 6) == "GIF89a")) return gif_header(b);
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
    if (b.size() >= 4 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8)
        return jpeg_header(b);
    return std::nullopt;
}

}  // namespace kiosk
