// Whether a path stays inside a folder once "..", and symbolic links, are resolved: a
// curator's file names a picture beside the content, never /etc/passwd.
#pragma once

#include <string>

namespace kiosk {

bool inside_folder(const std::string& folder, const std::string& path);

}  // namespace kiosk
