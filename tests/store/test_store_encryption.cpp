// Nothing readable at rest: no patient name in any file of the data directory (WAL and
// shared-memory files included) or of the temp directory; plain sqlite3 cannot read the store;
// the standard sqlcipher shell can, with the key, so a clinic is never locked into our binary.
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <string_view>

#include "store/record_write.hpp"
#include "store/store.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

bool contains(const std::vector<std::uint8_t>& bytes, std::string_view needle) {
  return std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end();
}

// Every regular file under `dir` that contains `needle` in its raw bytes.
std::vector<std::string> files_containing(const fs::path& dir, std::string_view needle) {
  std::vector<std::string> hits;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && contains(read_file_bytes(entry.path()), needle))
      hits.push_back(entry.path().string());
  return hits;
}

}  // namespace

TEST_CASE("no patient name is on disk in plaintext, even in WAL, SHM or temp files", "[store][encryption]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  const fs::path temp = tmp / "tmp";
  fs::create_directories(temp);
  // SQLite reads these once, at its first use in this process: set them before opening.
  ScopedEnv tmpdir("TMPDIR", temp.string());
  ScopedEnv sqlite_tmpdir("SQLITE_TMPDIR", temp.string());
  const std::vector<std::string> names = {"Zoltanbergstrom", "Quintessaveld", "Ñuñezcarmona"};
  {
    Store store = open_or_fail(data);
    for (int i = 0; i < 30; ++i) {
      NewRecord record = sample_record(i, names[i % 3] + "given", names[(i + 1) % 3]);
      REQUIRE(insert_submitted_record(store, record));
    }
    // While the store is open the newest pages live in store.db-wal: check it too.
    REQUIRE(fs::exists(data / "store.db-wal"));
    for (const std::string& name : names) {
      INFO(name);
      CHECK(files_containing(data, name).empty());
      CHECK(files_containing(temp, name).empty());
    }
  }
  for (const std::string& name : names) {
    INFO(name);
    CHECK(files_containing(data, name).empty());
    CHECK(files_containing(temp, name).empty());
  }
  // The plaintext really is in the store: the check above would catch a leak.
  CHECK(run_sqlcipher(data, "SELECT family_name FROM records;").find("Quintessaveld") != std::string::npos);
}

TEST_CASE("plain sqlite3 cannot read the store", "[store][encryption]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  {
    Store store = open_or_fail(data);
    REQUIRE(insert_submitted_record(store, sample_record(1)));
  }
  int rc = 0;
  const std::string out =
      run_shell("sqlite3 " + (data / "store.db").string() + " 'SELECT count(*) FROM records;'", &rc);
  CHECK(rc != 0);
  CHECK(out.find("not a database") != std::string::npos);
}

TEST_CASE("the standard sqlcipher shell opens the store with PRAGMA key x'...'", "[store][encryption]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  {
    Store store = open_or_fail(data);
    REQUIRE(insert_submitted_record(store, sample_record(1, "Ana", "Díaz")));
  }
  int rc = 0;
  const std::string out = run_sqlcipher(
      data, "SELECT given_name || ' ' || family_name FROM records; PRAGMA cipher_integrity_check;", &rc);
  CHECK(rc == 0);
  CHECK(out.find("Ana Díaz") != std::string::npos);
  // Without the key the same shell sees nothing.
  const std::string keyless =
      run_shell("sqlcipher " + (data / "store.db").string() + " 'SELECT count(*) FROM records;'", &rc);
  CHECK(rc != 0);
}
