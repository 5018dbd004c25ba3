#include "core/route.h"

#include <array>
#include <charconv>
#include <utility>

namespace kiosk {
namespace {

constexpr std::array<std::pair<std::string_view, Route::Kind>, 8> prefixes = {{
    {"event:", Route::Kind::event},
    {"cluster:", Route::Kind::cluster},
    {"document:", Route::Kind::document},
    {"card-read:", Route::Kind::card_read},
    {"person:", Route::Kind::person},
    {"noteref:", Route::Kind::note_ref},
    {"noteback:", Route::Kind::note_back},
    {"pin:", Route::Kind::pin},
}};

}  // namespace

Route parse_route(std::string_view id) {
    Route r;
    r.id = std::string(id);
    for (const auto& [prefix, kind] : prefixes)
        if (id.substr(0, prefix.size()) == prefix) {
            r.kind = kind;
            r.arg = std::string(id.substr(prefix.size()));
            break;
        }
    return r;
}

int Route::number() const {
    int n = -1;
    const auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), n);
    return ec == std::errc() && end == arg.data() + arg.size() && n >= 0 ? n : -1;
}

std::vector<std::string> Route::ids() const {
    std::vector<std::string> out;
    for (std::size_t at = 0; at < arg.size();) {
        const std::size_t comma = std::min(arg.find(',', at), arg.size());
        if (comma > at) out.push_back(arg.substr(at, comma - at));
        at = comma + 1;
    }
    return out;
}

}  // namespace kiosk
