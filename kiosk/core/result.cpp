#include "core/result.h"

namespace kiosk {

std::string Diagnostic::to_string() const {
    std::string out = file.empty() ? std::string("<unknown>") : file;
    if (line > 0) {
        out += ":" + std::to_string(line);
        if (column > 0) out += ":" + std::to_string(column);
    }
    out += ": ";
    if (severity == Severity::warning) out += "warning: ";
    out += message;
    return out;
}

}  // namespace kiosk
