// Nothing readable at rest: no patient name in any file of the data directory (WAL and
// shared-memory files included) or of the temp directory; plain sqlite3 cannot read the store;
// the standard sqlcipher shell can, with the key, so a clinic is never locked into our binary.
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <string_view>

#include "child_environment.hpp"
#include "store/record_write.hpp"
#include "store/store.hpp"
#include "store_test_support.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using namespace intake::store::test;
using namespace intake::test;  // child_environment.hpp
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
  const std::vector<std::string> names = {"Zoltanbergstrom", "Quintessaveld", "Ñuñezcarmona"};
  // SQLite reads these once, at its first use in a process: a child of its own gets them from
  // the start, and this process's environment stays as it was.
  const ChildRun child = run_in_child(
      {{"TMPDIR", temp.string()}, {"SQLITE_TMPDIR", temp.string()}}, [&](const ReportLine& report) {
        auto store = open_store(data, {}, intake::test::real_clock());
        if (!store) {
          report("open_store failed: " + store.error().message);
          return 1;
        }
        for (int i = 0; i < 30; ++i) {
          NewRecord record = sample_record(i, names[i % 3] + "given", names[(i + 1) % 3]);
          if (!insert_submitted_record(*store, record)) {
            report("insert " + std::to_string(i) + " failed");
            return 1;
          }
        }
        // While the store is open the newest pages live in store.db-wal: check it too.
        if (!fs::exists(data / "store.db-wal")) report("no store.db-wal while the store is open");
        for (const std::string& name : names)
          for (const fs::path& dir : {data, temp})
            for (const std::string& hit : files_containing(dir, name)) report(hit + " holds " + name);
        return 0;
      });
  INFO(child.joined());
  REQUIRE(child.exit_code == 0);
  CHECK(child.lines.empty());
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
