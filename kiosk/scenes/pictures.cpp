#include "scenes/pictures.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace kiosk {

std::string localized_picture(const SceneContext& ctx, const std::string& path, const std::string& language) {
    const auto dot = path.rfind('.'), slash = path.rfind('/');
    if (language == "en" || dot == std::string::npos || (slash != std::string::npos && dot < slash)) return path;
    const std::string own = path.substr(0, dot) + "." + language + path.substr(dot);
    // Most pictures have no such variant: one that is not there is no problem to report.
    std::error_code ec;
    if (!std::filesystem::exists(own, ec)) return path;
    return ctx.image_size && ctx.image_size(own) ? own : path;
}

RectF contain(const RectF& frame, float w_px, float h_px) {
    if (w_px <= 0 || h_px <= 0) return frame;
    const float scale = std::min(frame.w / w_px, frame.h / h_px);
    const float w = w_px * scale, h = h_px * scale;
    return {frame.x + (frame.w - w) / 2, frame.y + (frame.h - h) / 2, w, h};
}

}  // namespace kiosk
