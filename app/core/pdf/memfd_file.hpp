#pragma once
// An anonymous in-memory file (memfd_create). libharu 2.3 loads TrueType fonts only from a path,
// so a font subset goes into a memfd and libharu opens it as /proc/self/fd/N: nothing touches
// the disk. The descriptor closes when the owner goes away.
#include <cstddef>
#include <string>

#include "common/result.hpp"

namespace intake::pdf {

class MemfdFile {
 public:
  static Result<MemfdFile> create(const char* debug_name, const void* data, std::size_t size);

  MemfdFile(MemfdFile&& other) noexcept;
  MemfdFile& operator=(MemfdFile&& other) noexcept;
  MemfdFile(const MemfdFile&) = delete;
  MemfdFile& operator=(const MemfdFile&) = delete;
  ~MemfdFile();

  std::string proc_path() const;  // "/proc/self/fd/N"
  std::size_t size() const { return size_; }

 private:
  MemfdFile(int fd, std::size_t size) : fd_(fd), size_(size) {}
  int fd_ = -1;
  std::size_t size_ = 0;
};

}  // namespace intake::pdf
