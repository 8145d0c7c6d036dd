#include "store/store_file_bytes.hpp"

#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace intake::store {

std::size_t read_store_file_bytes(const std::filesystem::path& database, std::uint64_t offset, void* out,
                                  std::size_t size) {
  sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
  if (vfs == nullptr || size == 0) return 0;
  auto storage = std::make_unique<unsigned char[]>(static_cast<std::size_t>(vfs->szOsFile));
  auto* file = reinterpret_cast<sqlite3_file*>(storage.get());
  std::memset(file, 0, static_cast<std::size_t>(vfs->szOsFile));
  int flags = 0;
  // MAIN_DB: the VFS shares the file's lock bookkeeping with the connections already open.
  if (vfs->xOpen(vfs, database.c_str(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags) !=
      SQLITE_OK) {
    if (file->pMethods != nullptr) file->pMethods->xClose(file);
    return 0;
  }
  sqlite3_int64 file_size = 0;
  std::size_t got = 0;
  if (file->pMethods->xFileSize(file, &file_size) == SQLITE_OK &&
      static_cast<std::uint64_t>(file_size) > offset) {
    got = static_cast<std::size_t>(
        std::min<std::uint64_t>(size, static_cast<std::uint64_t>(file_size) - offset));
    if (file->pMethods->xRead(file, out, static_cast<int>(got), static_cast<sqlite3_int64>(offset)) !=
        SQLITE_OK)
      got = 0;
  }
  file->pMethods->xClose(file);
  return got;
}

}  // namespace intake::store
