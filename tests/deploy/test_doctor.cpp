// `intake-kiosk doctor` run as IT runs it: the real binary, one line per check, exit 1 when one
// fails (a plaintext store.key fails "keys"), 0 with sealed-style credentials, and never a
// patient's name in its output.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <cstdlib>
#include <fstream>

#include "store/record_write.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
using Catch::Matchers::ContainsSubstring;
namespace fs = std::filesystem;

namespace {

std::string doctor(const std::string& environment, const fs::path& data, const fs::path& backups, int& code) {
  return run_shell("env " + environment + " TZ=Europe/Madrid " + INTAKE_KIOSK_BINARY + " --data-dir " +
                       data.string() + " doctor --backup-dir " + backups.string() + " 2>&1",
                   &code);
}

}  // namespace

TEST_CASE("doctor checks a store and reports a plaintext key as a failure", "[deploy][doctor]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  {
    Store store = open_or_fail(data);
    REQUIRE(insert_submitted_record(store, sample_record(1, "Zelda", "Doctorcheck")));
  }
  int code = 0;
  const std::string out = doctor("-u CREDENTIALS_DIRECTORY", data, tmp / "none", code);
  INFO(out);
  CHECK(code == 1);
  CHECK_THAT(out, ContainsSubstring("ok    store"));
  CHECK_THAT(out, ContainsSubstring("FAIL  keys"));
  CHECK_THAT(out, ContainsSubstring("ok    audit   chain intact"));
  CHECK_THAT(out, ContainsSubstring("time zone Europe/Madrid"));
  CHECK_THAT(out, ContainsSubstring("ok    forms"));
  CHECK_THAT(out, ContainsSubstring("1 check FAILED"));
  CHECK(out.find("Doctorcheck") == std::string::npos);
  CHECK(out.find("Zelda") == std::string::npos);
}

TEST_CASE("doctor passes with the keys as credentials and none in the data directory", "[deploy][doctor]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  const fs::path credentials = tmp / "credentials";
  const fs::path backups = tmp / "backups";
  {
    Store store = open_or_fail(data);
    REQUIRE(insert_submitted_record(store, sample_record(2, "Yara", "Doctorcheck")));
  }
  fs::create_directories(credentials);
  fs::create_directories(backups);
  fs::rename(data / "store.key", credentials / "store-key");
  fs::rename(data / "audit.key", credentials / "audit-key");
  // No check-in was signed here, so there is no signing key yet; the credential only has to be there.
  if (fs::exists(data / "signing.key"))
    fs::rename(data / "signing.key", credentials / "signing-key");
  else
    std::ofstream(credentials / "signing-key") << "test secret\n";
  int code = 0;
  const std::string out = doctor("CREDENTIALS_DIRECTORY=" + credentials.string(), data, backups, code);
  INFO(out);
  CHECK(code == 0);
  CHECK_THAT(out, ContainsSubstring("ok    keys    3 sealed credentials, none in plaintext"));
  CHECK_THAT(out, ContainsSubstring("warn  backup  no backup yet"));
  CHECK_THAT(out, ContainsSubstring("all checks passed"));
  CHECK(out.find("Doctorcheck") == std::string::npos);

  // Without the credential the store is not opened and doctor says so.
  const std::string missing = doctor("-u CREDENTIALS_DIRECTORY", data, backups, code);
  CHECK(code == 1);
  CHECK_THAT(missing, ContainsSubstring("FAIL  store"));
}
