// What a kiosk is called in the fleet's metrics and in its visitor database.
#pragma once

#include <string>

namespace kiosk {

struct Config;

// [metrics] name, else the computer's host name, else "kiosk".
std::string kiosk_name(const Config& config);

}  // namespace kiosk
