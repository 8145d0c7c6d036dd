#pragma once
// Writes a whole file or nothing: a temporary file in the same directory, fsync, then a
// link/rename into place, then fsync of the directory. A pulled USB stick or a SIGKILL leaves
// either the old state or the complete new file, never half a file.
#include <cstdint>
#include <filesystem>
#include <span>

#include "common/result.hpp"

namespace intake::store {

enum class ExistingFile { refuse, replace };

// mode: permission bits for the new file (0600 for keys and exported PDFs).
// With ExistingFile::refuse, an existing `path` is never touched (kExitAlreadyExists).
Status write_file_atomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                             unsigned mode, ExistingFile existing);

// The second half of the above for a file someone else wrote (e.g. SQLCipher's export):
// fsync `temporary`, move it to `path` (same directory) and remove it in any case.
Status publish_temporary_file(const std::filesystem::path& temporary, const std::filesystem::path& path,
                              ExistingFile existing);

// fsync of a directory, so a rename or new file in it survives a power cut.
Status sync_directory(const std::filesystem::path& directory);

}  // namespace intake::store
