// Reading a content file whole, safely: only a regular file (a FIFO or a device would
// block the kiosk or never end), and no larger than its limit.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "core/result.h"

namespace kiosk {

// `what` names the file's kind in messages ("the timeline").
Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes, const std::string& what);

// A regular file's size, or an error naming what it is instead.
Result<std::size_t> regular_file_size(const std::string& path);

// The first control character (other than tab, line feed, carriage return) in `text`:
// its byte offset, or npos. NUL and friends in a content file mean damage.
std::size_t find_control_character(const std::string& text);

// "U+0000" for the character at `at`.
std::string control_character_name(const std::string& text, std::size_t at);

// The first place `text` is not valid UTF-8 (a stray byte, a sequence cut short, an
// overlong form, a surrogate): a warning at its line and column, which says the text
// shows a replacement mark there. Nothing when the text is sound.
std::optional<Diagnostic> invalid_utf8(const std::string& text, const std::string& path);

// `text` without the spaces, tabs and line breaks around it.
std::string trim_space(const std::string& text);

}  // namespace kiosk
