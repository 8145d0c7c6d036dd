#pragma once
// Where staff can export to without typing a path: the removable disks and network shares
// mounted under /media, /run/media or /mnt (a USB stick, the clinic's archive share), read from
// the kernel's mount table. Staff can still type any other folder.
#include <filesystem>
#include <string>
#include <vector>

namespace intake::staff {

struct ExportDestination {
  std::string label;             // the mount's last path part, e.g. "KINGSTON" or "archive"
  std::filesystem::path folder;  // its mount point
  bool network = false;          // a share (cifs, nfs...) rather than a local disk
};

// Where to look: the mount table and the folders removable disks and shares are mounted under
// (a test passes a table of its own and a temporary folder).
struct ExportSearch {
  std::filesystem::path mount_table = "/proc/self/mounts";
  std::vector<std::filesystem::path> roots = {"/media", "/run/media", "/mnt"};
};

// Reads a mount table in /proc/mounts format (fields separated by spaces, "\040" for a space
// in a path). Pseudo file systems and mounts outside the roots are left out; the order is the
// table's. A table that cannot be read gives an empty list.
std::vector<ExportDestination> find_export_destinations(const ExportSearch& search);
inline std::vector<ExportDestination> find_export_destinations(
    const std::filesystem::path& mount_table = "/proc/self/mounts") {
  return find_export_destinations(ExportSearch{mount_table});
}

}  // namespace intake::staff
