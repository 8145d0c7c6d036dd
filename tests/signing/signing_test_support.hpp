#pragma once
// A kiosk's data directory with a store, records submitted through the real path, a
// practitioner's review, and the independent checkers run on the stored bytes.
#include <filesystem>
#include <string>
#include <vector>

#include "store/store.hpp"
#include "submission_test_support.hpp"

namespace intake::signing::test {

using submission::test::Shell;
using submission::test::TempDir;

struct Kiosk {
  TempDir tmp;
  std::filesystem::path data = tmp / "data";
  store::Store store = submission::test::open_store_or_fail(data);

  // A complete adult check-in through submit_session; returns the record id.
  std::string check_in(const std::string& given_name = "Ana", const std::string& family_name = "García");
  // A practitioner's review through staff::record_review; returns the new version.
  int review(const std::string& record_id);
  std::vector<std::uint8_t> pdf(const std::string& record_id, int version);
  // The bytes written to a file in this kiosk's temporary directory.
  std::filesystem::path write(const std::string& name, const std::vector<std::uint8_t>& bytes);
};

// pdfsig's report (it exits 0 whatever it finds).
std::string pdfsig(const std::filesystem::path& file);
// `intake-kiosk --data-dir DATA verify ARGS`.
Shell verify(const std::filesystem::path& data, const std::string& args);

}  // namespace intake::signing::test
