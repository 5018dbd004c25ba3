#include "platform/pin_hash.h"

#include <sodium.h>

#include <algorithm>

namespace kiosk {
namespace {

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

}  // namespace

std::optional<std::string> hash_pin(const std::string& pin) {
    if (!sodium_ready()) return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    // The "interactive" cost: about a tenth of a second and 64 MB on a small computer,
    // paid once per PIN entered.
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::nullopt;
    return std::string(out);
}

bool verify_pin(const std::string& pin, const std::string& hash) {
    if (!sodium_ready() || !looks_like_pin_hash(hash) || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

bool looks_like_pin_hash(const std::string& s) {
    return s.rfind("$argon2id$", 0) == 0 || s.rfind("$argon2i$", 0) == 0;
}

std::optional<std::string> weak_pin_reason(const std::string& pin) {
    if (pin.size() < 4 || pin.size() > 12 ||
        !std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return "a PIN is 4 to 12 digits";
    if (pin == "1921") return "1921 is the year on the start screen, the first PIN anyone would try";
    if (std::all_of(pin.begin(), pin.end(), [&](char c) { return c == pin[0]; }))
        return "one digit repeated is the second thing anyone tries";
    bool up = true, down = true;
    for (std::size_t i = 1; i < pin.size(); ++i) {
        up = up && pin[i] == pin[i - 1] + 1;
        down = down && pin[i] == pin[i - 1] - 1;
    }
    if (up || down) return "a run of digits like 1234 is among the first tried";
    return std::nullopt;
}

}  // namespace kiosk
