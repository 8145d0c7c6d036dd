#pragma once
// The one temporary directory for tests: made fresh (mkdtemp under $TMPDIR, else /tmp) and
// removed with everything in it when the test ends, even parts a test made read-only.
// Throws rather than REQUIREs, so benchmarks can use it outside a Catch2 test.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace intake::test {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "intake-test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  // Writes `bytes` to <dir>/<name> and returns that path.
  std::filesystem::path write(const std::string& name, const std::vector<std::uint8_t>& bytes) const;

 private:
  std::filesystem::path path_;
};

}  // namespace intake::test
