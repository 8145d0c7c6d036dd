// Every read of patient data is audited, `records list` included (the command, its filters and
// how many, never the contents); exported PDFs and manifests are private whatever the umask.
#include <sys/stat.h>

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "store/audit.hpp"
#include "store/record_write.hpp"
#include "store_cli_support.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

struct Fixture : StoreWithRecords {
  Fixture() : StoreWithRecords(3, [](int n) { return sample_record(n, "Wilhelmina", "Quarrendon"); }) {}
};

// Restores the process umask at the end of a test.
struct ScopedUmask {
  mode_t old;
  explicit ScopedUmask(mode_t mask) : old(::umask(mask)) {}
  ~ScopedUmask() { ::umask(old); }
};

}  // namespace

TEST_CASE("records list is audited with its command, filters and count, never names",
          "[store][cli][audit][reads]") {
  Fixture f;
  for (const auto& words : std::vector<std::vector<std::string>>{
           {"records", "list"}, {"records", "list", "--json"}, {"records", "list", "--flagged"}}) {
    INFO(words.back());
    const CliRun run = run_cli(f.data, words);
    REQUIRE(run.code == 0);
    const AuditEntry entry = f.newest();
    CHECK(entry.action == audit_action::kRecordList);
    CHECK(entry.actor.starts_with("cli:"));
    const auto details = nlohmann::json::parse(entry.details);
    CHECK(details.at("command") == "records list");
    CHECK(details.at("filters").at("flagged") == (words.back() == "--flagged"));
    CHECK(details.at("filters").at("json") == (words.back() == "--json"));
    if (words.back() != "--flagged") CHECK(details.at("count") == 3);
    CHECK(entry.details.find("Wilhelmina") == std::string::npos);
    CHECK(entry.details.find("Quarrendon") == std::string::npos);
  }
}

TEST_CASE("exported PDFs and manifests are 0600 whatever the umask", "[store][cli][export]") {
  Fixture f;
  ScopedUmask open_umask(0);
  const fs::path folder = f.tmp / "stick";
  fs::create_directories(folder);
  fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace);
  const CliRun run = run_cli(f.data, {"export", folder.string(), "--record", f.ids[0]});
  INFO(run.err);
  REQUIRE(run.code == 0);
  int files = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    INFO(entry.path());
    ++files;
    CHECK((entry.status().permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
  }
  CHECK(files >= 2);  // the PDF and its manifest
}
