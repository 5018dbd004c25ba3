// Whether a path stays inside a folder once "..", and symbolic links, are resolved: a
// curator's file names a picture beside the content, never /etc/passwd.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

bool inside_folder(const std::string& folder, const std::string& path);

// The kiosk's own data folders, those that exist, nearest first: beside an installed
// binary (PREFIX/share/kiosk), the install prefix it was built for, and the source tree
// it was built from. A content repository without fonts uses the kiosk's.
std::vector<std::string> kiosk_data_dirs();

}  // namespace kiosk
