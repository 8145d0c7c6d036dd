#pragma once
// Raw bytes of store.db for the checks made before a key is tried (is it a store at all, do
// later pages match the key). They are read through SQLite's own unix VFS, never an ifstream:
// on Linux, close() of ANY descriptor of a file drops every POSIX lock the process holds on
// it, so an ifstream closed in a process that already has a connection open (the kiosk's
// submission service, staff mode, its FHIR delivery worker) would silently drop that
// connection's locks. Another process could then take the store for its last user, checkpoint
// and delete the WAL under it (sqlite.org/howtocorrupt.html, 2.2). SQLite's VFS keeps such a
// descriptor open until the process's last lock on the file goes.
#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace intake::store {

// Reads up to `size` bytes at `offset`; returns how many were read (0 when the file cannot
// be opened or is shorter).
std::size_t read_store_file_bytes(const std::filesystem::path& database, std::uint64_t offset, void* out,
                                  std::size_t size);

}  // namespace intake::store
