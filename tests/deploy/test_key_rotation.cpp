// `key rotate`: PRAGMA rekey to a new key, audited, and crash-safe. A SIGKILL after each durable
// step, and at many moments inside the rekey itself, leaves a store that opens (with the old
// key before the rekey committed, with the new one after), loses no record, and a second run
// finishes the rotation with one "store.key_rotated" entry.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <chrono>
#include <cstdlib>

#include "kill_child.hpp"
#include "store/audit.hpp"
#include "store/audit_verify.hpp"
#include "store/key_rotation.hpp"
#include "store/record_read.hpp"
#include "store/record_write.hpp"
#include "store_test_support.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

constexpr int kRecords = 6;

void fill_store(const fs::path& data, int records) {
  Store store = open_or_fail(data);
  for (int i = 0; i < records; ++i) {
    NewRecord record = sample_record(i);
    record.pdf = synthetic_pdf(32 * 1024);
    REQUIRE(insert_submitted_record(store, record));
  }
}

std::int64_t record_count(const fs::path& data) {
  Store store = open_or_fail(data);
  auto count = count_records(store, RecordQuery{});
  REQUIRE(count);
  return *count;
}

int count_action(const fs::path& data, const std::string& action) {
  Store store = open_or_fail(data);
  auto entries = recent_audit_entries(store, 100000);
  REQUIRE(entries);
  int n = 0;
  for (const AuditEntry& entry : *entries) n += entry.action == action ? 1 : 0;
  return n;
}

void require_verified(const fs::path& data) {
  Store store = open_or_fail(data);
  REQUIRE(check_store_integrity(store));
  auto report = verify_audit_trail(store);
  REQUIRE(report);
  INFO(report->first_problem);
  CHECK(report->ok());
}

// The sqlcipher shell, an independent reader, with a given key.
bool shell_opens_with(const fs::path& data, const std::string& hex) {
  int code = 0;
  const std::string out = run_shell("printf '%s\\n' \"PRAGMA key = \\\"x'" + hex +
                                        "'\\\";\" 'SELECT count(*) FROM records;' | sqlcipher " +
                                        (data / "store.db").string() + " 2>&1",
                                    &code);
  return out.find(std::to_string(kRecords)) != std::string::npos && code == 0;
}

// Runs the rotation in a child that SIGKILLs itself right after `kill_at`.
void rotate_and_die_after(const fs::path& data, RotationStep kill_at) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    auto result = rotate_store_key(data, "cli:test", intake::test::real_clock(), [&](RotationStep step) {
      if (step == kill_at) ::raise(SIGKILL);
    });
    ::_exit(result ? 0 : 1);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(WTERMSIG(status) == SIGKILL);
}

}  // namespace

TEST_CASE("key rotate re-encrypts the store: the new key opens it, the old one no longer does",
          "[deploy][key]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  fill_store(data, kRecords);
  const std::string old_key = read_key_hex(data);
  REQUIRE(shell_opens_with(data, old_key));

  auto rotated = rotate_store_key(data, "cli:test", intake::test::real_clock());
  REQUIRE(rotated);
  CHECK_FALSE(rotated->finished_earlier_rotation);
  CHECK_FALSE(rotated->key_is_credential);
  const std::string new_key = read_key_hex(data);
  CHECK(new_key != old_key);
  CHECK_FALSE(fs::exists(data / "store.key.next"));
  CHECK((fs::status(data / "store.key").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(shell_opens_with(data, new_key));
  CHECK_FALSE(shell_opens_with(data, old_key));
  CHECK(record_count(data) == kRecords);
  CHECK(count_action(data, "store.key_rotation_begun") == 1);
  CHECK(count_action(data, "store.key_rotated") == 1);
  require_verified(data);
}

TEST_CASE("SIGKILL after each step of a key rotation: the store opens and a rerun finishes it",
          "[deploy][key][crash]") {
  for (RotationStep step : {RotationStep::next_key_ready, RotationStep::rekeyed, RotationStep::audited}) {
    DYNAMIC_SECTION("killed after step " << static_cast<int>(step)) {
      TempDir tmp;
      const fs::path data = tmp / "data";
      fill_store(data, kRecords);
      const std::string old_key = read_key_hex(data);
      rotate_and_die_after(data, step);
      REQUIRE(fs::exists(data / "store.key.next"));
      const std::string next_key = [&] {
        std::string hex = run_shell("cat " + (data / "store.key.next").string());
        return hex.substr(0, 64);
      }();
      if (step == RotationStep::next_key_ready) {
        // Before the rekey: the old key still owns the store.
        CHECK(shell_opens_with(data, old_key));
        CHECK(record_count(data) == kRecords);
        CHECK(read_key_hex(data) == old_key);
      } else {
        // After the rekey committed: the new key owns it, and opening promotes store.key.next.
        CHECK(shell_opens_with(data, next_key));
        CHECK_FALSE(shell_opens_with(data, old_key));
        CHECK(record_count(data) == kRecords);
        CHECK(read_key_hex(data) == next_key);
        CHECK_FALSE(fs::exists(data / "store.key.next"));
      }
      auto again = rotate_store_key(data, "cli:test", intake::test::real_clock());
      REQUIRE(again);
      CHECK(read_key_hex(data) != old_key);
      CHECK_FALSE(fs::exists(data / "store.key.next"));
      CHECK(record_count(data) == kRecords);
      CHECK(count_action(data, "store.key_rotated") >= 1);
      require_verified(data);
    }
  }
}

TEST_CASE("SIGKILL at many moments inside PRAGMA rekey never loses the store", "[deploy][key][crash]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  fill_store(data, 120);  // ~4 MB, so the rekey takes long enough to be hit part-way
  for (int round = 0; round < 12; ++round) {
    auto child = intake::testing::run_until_killed(
        [&](int write_fd) {
          auto result = rotate_store_key(data, "cli:test", intake::test::real_clock());
          const std::string line = result ? "rotated\n" : "failed\n";
          if (::write(write_fd, line.data(), line.size()) < 0) ::_exit(3);
          while (true) ::pause();
        },
        std::chrono::milliseconds(2 + round * 7));
    INFO("round " << round << (child.lines.empty() ? " killed mid-rotation" : " after it"));
    if (!child.lines.empty()) CHECK(child.lines.front() == "rotated");
    // Whatever moment it died at, the store opens with the key files as they are now.
    Store store = open_or_fail(data);
    auto count = count_records(store, RecordQuery{});
    REQUIRE(count);
    CHECK(*count == 120);
  }
  REQUIRE(rotate_store_key(data, "cli:test", intake::test::real_clock()));
  CHECK_FALSE(fs::exists(data / "store.key.next"));
  require_verified(data);
}
