#include "staff/export_destinations.hpp"

#include <array>
#include <fstream>
#include <sstream>
#include <string_view>

namespace intake::staff {
namespace {

// /proc/mounts escapes space, tab, newline and backslash as three octal digits.
std::string unescape_mount_path(const std::string& field) {
  std::string path;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 3 < field.size()) {
      const std::string digits = field.substr(i + 1, 3);
      if (digits.size() == 3 && digits.find_first_not_of("01234567") == std::string::npos) {
        path += static_cast<char>(std::stoi(digits, nullptr, 8));
        i += 3;
        continue;
      }
    }
    path += field[i];
  }
  return path;
}

bool under_export_root(const std::string& path, const std::vector<std::filesystem::path>& roots) {
  for (const auto& folder : roots) {
    std::string root = folder.string();
    if (root.empty()) continue;
    if (root.back() != '/') root += '/';
    if (path.size() > root.size() && path.compare(0, root.size(), root) == 0) return true;
  }
  return false;
}

bool is_network(const std::string& type) {
  constexpr std::array kinds = {"cifs", "smb3", "nfs", "nfs4", "sshfs", "fuse.sshfs", "davfs", "fuse.davfs2"};
  for (std::string_view kind : kinds)
    if (type == kind) return true;
  return false;
}

bool is_storage(const std::string& type) {
  constexpr std::array kinds = {"vfat", "exfat", "ntfs",  "ntfs3",   "fuseblk", "ext2",   "ext3",
                                "ext4", "xfs",   "btrfs", "hfsplus", "udf",     "iso9660"};
  for (std::string_view kind : kinds)
    if (type == kind) return true;
  return is_network(type);
}

}  // namespace

std::vector<ExportDestination> find_export_destinations(const ExportSearch& search) {
  std::vector<ExportDestination> found;
  std::ifstream in(search.mount_table);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string device, mount_point, type;
    if (!(fields >> device >> mount_point >> type)) continue;
    const std::string folder = unescape_mount_path(mount_point);
    if (!under_export_root(folder, search.roots) || !is_storage(type)) continue;
    ExportDestination destination;
    destination.folder = folder;
    destination.label = destination.folder.filename().string();
    destination.network = is_network(type);
    found.push_back(std::move(destination));
  }
  return found;
}

}  // namespace intake::staff
