// "Did you mean …?": the closest known name to a misspelt one.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kiosk {

std::size_t edit_distance(const std::string& a, const std::string& b);

// The known name within a few edits of `wrong` (closest first), or empty.
std::string closest_name(const std::string& wrong, const std::vector<std::string>& known);

// " (did you mean \"x\"?)" or "".
std::string did_you_mean(const std::string& wrong, const std::vector<std::string>& known);

}  // namespace kiosk
