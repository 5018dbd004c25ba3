// A picture as a curator could give one, in one format (KIOSK_FUZZ_FORMAT: "PNG", "JPEG",
// "GIF", "BMP" or "WebP"; one target each, seeded with real files of that format). The
// kiosk measures every size field a decoder will use before decoding (core/image_header);
// what SDL_image then makes must never be larger than what was measured (a GIF's 20000²
// image block behind a 10×10 screen was, and cost 2 GB).
#include <SDL.h>
#include <SDL_image.h>

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/image_header.h"
#include "platform/sdl_handles.h"
#if KIOSK_FUZZ_OWN_PNG
#include <string>

#include "render/png_reader.h"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto header = kiosk::read_image_header(bytes);
    if (!header || header->format != KIOSK_FUZZ_FORMAT) return 0;
    // Decoded only where the kiosk would decode it (no GIF: core/image_header.h says why),
    // and small, so that each run stays fast.
    const long long pixels = static_cast<long long>(header->width_px) * header->height_px;
    if (!kiosk::image_refusal(*header).empty() || pixels > 512LL * 512) return 0;
#if KIOSK_FUZZ_OWN_PNG
    std::string why;
    const kiosk::SdlSurfacePtr surface = kiosk::read_png(bytes, why);
    SDL_Surface* decoded = surface.get();
#else
    const kiosk::SdlSurfacePtr surface(IMG_Load_RW(SDL_RWFromConstMem(data, static_cast<int>(size)), 1));
    SDL_Surface* decoded = surface.get();
#endif
    if (!decoded) return 0;
    const bool larger = decoded->w > header->width_px || decoded->h > header->height_px;
    if (larger) std::abort();  // the decoder was asked for more than the header measured
    return 0;
}
