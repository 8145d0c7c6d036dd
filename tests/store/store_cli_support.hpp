#pragma once
// For the store's CLI tests: one command run in-process on a data directory (no credentials
// directory), as IT would type it.
#include <filesystem>
#include <string>
#include <vector>

namespace intake::store::test {

struct CliRun {
  int code = -1;
  std::string out;
  std::string err;
};
CliRun run_cli(const std::filesystem::path& data, const std::vector<std::string>& words,
               const std::string& input = "");

}  // namespace intake::store::test
