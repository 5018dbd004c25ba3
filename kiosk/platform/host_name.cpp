#include "platform/host_name.h"

#include <unistd.h>

#include "content/config.h"

namespace kiosk {

std::string kiosk_name(const Config& config) {
    if (!config.metrics.name.empty()) return config.metrics.name;
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0 && host[0]) return host;
    return "kiosk";
}

}  // namespace kiosk
