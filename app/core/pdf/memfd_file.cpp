#include "pdf/memfd_file.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace intake::pdf {

Result<MemfdFile> MemfdFile::create(const char* debug_name, const void* data, std::size_t size) {
  const int fd = memfd_create(debug_name, MFD_CLOEXEC);
  if (fd < 0) return Error{"Could not create an in-memory file for a PDF font."};
  MemfdFile file(fd, size);
  const auto* bytes = static_cast<const char*>(data);
  std::size_t written = 0;
  while (written < size) {
    const ssize_t n = ::write(fd, bytes + written, size - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Error{"Could not write a PDF font into memory."};
    written += static_cast<std::size_t>(n);
  }
  return file;
}

MemfdFile::MemfdFile(MemfdFile&& other) noexcept : fd_(std::exchange(other.fd_, -1)), size_(other.size_) {}

MemfdFile& MemfdFile::operator=(MemfdFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    size_ = other.size_;
  }
  return *this;
}

MemfdFile::~MemfdFile() {
  if (fd_ >= 0) ::close(fd_);
}

std::string MemfdFile::proc_path() const { return "/proc/self/fd/" + std::to_string(fd_); }

}  // namespace intake::pdf
