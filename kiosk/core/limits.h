// What a file may ask of the kiosk. Each limit is far above what an exhibit needs (the
// telegram is 6 KB, the timeline 40 KB) and far below what would exhaust a small
// computer; a file past one is refused with a message naming the limit, and the last
// good content stays on screen.
#pragma once

#include <cstddef>

namespace kiosk::limits {

constexpr std::size_t document_bytes = 8u << 20;    // a TEI file (a whole FRUS volume is ~5 MB)
constexpr std::size_t timeline_bytes = 4u << 20;    // the timeline CSV
constexpr std::size_t config_bytes = 1u << 20;      // kiosk.toml, a translations file
constexpr std::size_t replay_bytes = 16u << 20;     // a replay script
constexpr std::size_t script_bytes = 4u << 20;      // a narration's WebVTT
constexpr std::size_t font_bytes = 32u << 20;       // a font (EB Garamond is 1 MB; a CJK face 20 MB)
constexpr std::size_t dictionary_bytes = 8u << 20;  // a hyphenation dictionary (Russian: 0.1 MB)
constexpr std::size_t audio_bytes = 256u << 20;     // a recorded narration (an hour of Ogg Vorbis: 30 MB)
constexpr std::size_t lock_file_bytes = 64u << 10;  // the PIN pad's lock-out (a line of JSON)
constexpr int xml_depth = 64;                       // elements inside elements
constexpr int toml_depth = 16;                      // tables, dotted keys, arrays inside each other
constexpr int json_depth = 32;                      // a TimelineJS timeline nests four deep
constexpr std::size_t paragraph_chars = 20000;      // one paragraph or one cell (~8 pages)
constexpr std::size_t timeline_rows = 2000;         // events and eras
constexpr int image_side_px = 8192;                 // a picture's width or height
// A picture's area: 12 million pixels (4000×3000) is more than a 4K screen shows. At
// 24 million a picture took 213 MB at its peak (decoded, converted, scaled), more than
// half of the kiosk's MemoryMax; at 12 million, about half of that.
constexpr long long image_pixels = 12'000'000;
// Decoding one picture, off the frame loop: a 12-megapixel JPEG takes a Pi 4 about a
// second; one that takes longer than this is given up and shown without.
constexpr double picture_decode_ms = 15000;
constexpr int jpeg_scans = 1000;                        // a progressive JPEG has ~10; Chromium stops at 1,000
constexpr std::size_t log_message_chars = 600;          // one log line
constexpr std::size_t glyph_atlas_pages = 32;           // 512x512 coverage pages (8 MiB) before starting afresh
constexpr std::size_t picture_cache_bytes = 32u << 20;  // pictures kept scaled to their drawn sizes

}  // namespace kiosk::limits
