// The curator's PIN, kept as a salted slow hash (libsodium's Argon2id): a copy of the
// configuration does not give the PIN away, and guessing it offline costs a second
// of work per try rather than a microsecond.
#pragma once

#include <optional>
#include <string>

namespace kiosk {

// "$argon2id$v=19$m=…" for `pin`, or nothing if libsodium could not start.
std::optional<std::string> hash_pin(const std::string& pin);
bool verify_pin(const std::string& pin, const std::string& hash);
bool looks_like_pin_hash(const std::string& s);

// Whether a PIN is fit to protect a kiosk: 4 to 12 digits, and not one anybody would try
// first (the year on the start screen, one digit repeated, a run like 1234).
std::optional<std::string> weak_pin_reason(const std::string& pin);

}  // namespace kiosk
