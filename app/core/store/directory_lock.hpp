#pragma once
// An exclusive flock on the data directory itself (no extra lock file). open_store holds it
// while it decides "new store or existing one" and migrates, so two processes starting on an
// empty directory cannot each see the other's half-made store; the audit head is written
// under it, so concurrent commits never move the head file backwards.
#include <filesystem>

#include "common/result.hpp"

namespace intake::store {

class DirectoryLock {
 public:
  static Result<DirectoryLock> acquire(const std::filesystem::path& directory);
  DirectoryLock(DirectoryLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  DirectoryLock& operator=(DirectoryLock&&) = delete;
  DirectoryLock(const DirectoryLock&) = delete;
  ~DirectoryLock();

 private:
  explicit DirectoryLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace intake::store
