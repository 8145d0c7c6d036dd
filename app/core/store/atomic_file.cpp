#include "store/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "store/store_error.hpp"

namespace intake::store {
namespace fs = std::filesystem;

namespace {

Error file_error(int error_number, const fs::path& path) {
  const std::string where = path.string();
  if (error_number == ENOSPC || error_number == EDQUOT || error_number == EFBIG)
    return store_error(kExitDiskFull, "The disk is full, so " + where + " was not written.");
  if (error_number == EROFS || error_number == EACCES || error_number == EPERM)
    return store_error(kExitReadOnly, "The directory of " + where + " is read-only, so it was not written.");
  if (error_number == EEXIST)
    return store_error(kExitAlreadyExists, where + " already exists and was left untouched.");
  return store_error(kExitStoreFailure,
                     "Writing " + where + " failed (" + std::string(std::strerror(error_number)) + ").");
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }
  int release_and_close() {
    int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }

 private:
  int fd_;
};

// Removes the temporary file unless it was moved into place.
struct TempFileGuard {
  fs::path path;
  bool keep = false;
  ~TempFileGuard() {
    if (!keep) ::unlink(path.c_str());
  }
};

}  // namespace

Status sync_directory(const fs::path& directory) {
  FileDescriptor dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.get() < 0) return file_error(errno, directory);
  if (::fsync(dir.get()) != 0 && errno != EINVAL) return file_error(errno, directory);
  return ok_status();
}

Status write_file_atomically(const fs::path& path, std::span<const std::uint8_t> bytes, unsigned mode,
                             ExistingFile existing) {
  const fs::path directory = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string pattern = (directory / ("." + path.filename().string() + ".partial-XXXXXX")).string();
  int raw_fd = ::mkstemp(pattern.data());
  if (raw_fd < 0) return file_error(errno, path);
  FileDescriptor fd(raw_fd);
  TempFileGuard guard{pattern};
  if (::fchmod(fd.get(), mode) != 0) return file_error(errno, path);

  std::size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return file_error(errno, path);
    }
    written += static_cast<std::size_t>(n);
  }
  if (fd.release_and_close() != 0) return file_error(errno, path);

  guard.keep = true;  // from here on publish_temporary_file owns the temporary file
  return publish_temporary_file(pattern, path, existing);
}

Status publish_temporary_file(const fs::path& temporary, const fs::path& path, ExistingFile existing) {
  TempFileGuard guard{temporary};
  {
    FileDescriptor fd(::open(temporary.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) return file_error(errno, path);
  }
  if (existing == ExistingFile::refuse) {
    // link() fails with EEXIST instead of replacing: never overwrite what is there.
    if (::link(temporary.c_str(), path.c_str()) != 0) {
      // FAT-formatted USB sticks have no hard links: fall back to a rename that refuses to
      // replace, and where even that is missing, to a checked rename.
      if (errno != EPERM && errno != EOPNOTSUPP && errno != EMLINK) return file_error(errno, path);
      if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) != 0) {
        if (errno != EINVAL && errno != ENOSYS) return file_error(errno, path);
        if (fs::exists(path)) return file_error(EEXIST, path);
        if (::rename(temporary.c_str(), path.c_str()) != 0) return file_error(errno, path);
      }
      guard.keep = true;
    }
  } else {
    if (::rename(temporary.c_str(), path.c_str()) != 0) return file_error(errno, path);
    guard.keep = true;
  }
  return sync_directory(path.has_parent_path() ? path.parent_path() : fs::path("."));
}

}  // namespace intake::store
