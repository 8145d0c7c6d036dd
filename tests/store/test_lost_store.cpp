// A store is never replaced: once a store has been made, its key (or audit key or audit head)
// without a written store.db means the store was lost. Every command, read-only ones too,
// refuses with one sentence and kExitStoreMissing, and nothing is created.
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/cli_context.hpp"
#include "cli/command_table.hpp"
#include "store/record_write.hpp"
#include "store/store_error.hpp"
#include "store_cli_support.hpp"
#include "store_test_support.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> directory_listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// Every command that opens the store, read-only ones first (submit, which reads its session
// first, is checked with the real binary in tests/submission/test_submit_cli.cpp).
const std::vector<std::vector<std::string>> kStoreCommands = {
    {"records", "list"},         {"records", "list", "--json"},
    {"audit", "verify"},         {"settings", "list"},
    {"staff", "list"},           {"backup", "/nonexistent/b.db"},
    {"export", "/tmp"},          {"print", "R-20260101-AAAAAA"},
    {"audit", "accept-restore"},
};

void check_every_command_refuses(const fs::path& data) {
  const auto before = directory_listing(data);
  for (const auto& words : kStoreCommands) {
    INFO(words[0] + " " + words[1]);
    const CliRun run = run_cli(data, words, "{}");
    CHECK(run.code == kExitStoreMissing);
    CHECK(run.err.find("store.db") != std::string::npos);
    CHECK(run.err.find("backup") != std::string::npos);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);  // one sentence, one line
    CHECK(run.out.empty());
    CHECK(directory_listing(data) == before);  // nothing was created
  }
}

struct Fixture : StoreWithRecords {
  Fixture() : StoreWithRecords(1) {}
};

}  // namespace

TEST_CASE("a deleted store.db is refused by every command and never recreated", "[store][lost]") {
  Fixture f;
  fs::remove(f.data / "store.db");
  fs::remove(f.data / "store.db-wal");
  fs::remove(f.data / "store.db-shm");
  check_every_command_refuses(f.data);
  CHECK_FALSE(fs::exists(f.data / "store.db"));
}

TEST_CASE("an emptied store.db is refused by every command and stays empty", "[store][lost]") {
  Fixture f;
  fs::remove(f.data / "store.db-wal");
  fs::remove(f.data / "store.db-shm");
  std::ofstream(f.data / "store.db", std::ios::trunc).close();
  check_every_command_refuses(f.data);
  CHECK(fs::file_size(f.data / "store.db") == 0);
}

TEST_CASE("a store.db that is not an intake store is refused by every command", "[store][lost]") {
  Fixture f;
  fs::remove(f.data / "store.db-wal");
  fs::remove(f.data / "store.db-shm");
  std::ofstream(f.data / "store.db", std::ios::trunc) << "hello, this is not a store\n";
  for (const auto& words : kStoreCommands) {
    INFO(words[0] + " " + words[1]);
    const CliRun run = run_cli(f.data, words, "{}");
    CHECK(run.code == kExitNotAStore);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
  }
}

TEST_CASE("only the audit key or audit head left behind still means a lost store", "[store][lost]") {
  Fixture f;
  for (const char* name : {"store.db", "store.db-wal", "store.db-shm", "store.key"})
    fs::remove(f.data / name);
  auto store = open_store(f.data, {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitStoreMissing);
  CHECK_FALSE(fs::exists(f.data / "store.key"));  // no new key either
  fs::remove(f.data / "audit.key");
  store = open_store(f.data, {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitStoreMissing);
  CHECK(store.error().message.find("audit.head") != std::string::npos);
}

TEST_CASE("first run makes the store, its key, its audit key and its audit head together", "[store][lost]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  { Store store = open_or_fail(data); }
  auto names = directory_listing(data);
  std::erase_if(names, [](const std::string& name) { return name.starts_with("store.db-"); });
  CHECK(names == std::vector<std::string>{"audit.head", "audit.key", "store.db", "store.key"});
  for (const char* name : {"audit.head", "audit.key", "store.key"}) {
    INFO(name);
    CHECK((fs::status(data / name).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
  }
}
