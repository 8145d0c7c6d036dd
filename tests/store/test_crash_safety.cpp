// Crash safety: a child process streams inserts and reports each id only after its commit;
// the parent SIGKILLs it at many points. Afterwards the store opens, both integrity checks
// are clean, every reported record is there with its PDF and audit entry, none is half there.
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <map>
#include <string>

#include "common/sha256.hpp"
#include "kill_child.hpp"
#include "store/audit_verify.hpp"
#include "store/record_write.hpp"
#include "store_test_support.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

[[noreturn]] void insert_until_killed(const fs::path& data, int write_fd, int round) {
  auto store = open_store(data, {}, intake::test::real_clock());
  if (!store) ::_exit(1);
  for (int i = 0;; ++i) {
    NewRecord record = sample_record(round * 100000 + i);
    record.pdf = synthetic_pdf(48 * 1024 + (i % 7) * 4096);  // big enough to span many pages
    auto id = insert_submitted_record(*store, record);
    if (!id) ::_exit(2);
    const std::string line = *id + " " + intake::sha256_hex(record.pdf) + "\n";
    // One write() per line, after the commit: a line read by the parent was committed.
    if (::write(write_fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) ::_exit(3);
  }
}

}  // namespace

TEST_CASE("SIGKILL during a stream of inserts never loses or half-stores a record", "[store][crash]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  { Store store = open_or_fail(data); }

  std::map<std::string, std::string> reported;  // id -> PDF sha256
  constexpr int kKills = 20;
  for (int round = 0; round < kKills; ++round) {
    // Spread the kills over the child's life: opening, first insert, mid-stream.
    const auto killed =
        intake::testing::run_until_killed([&](int write_fd) { insert_until_killed(data, write_fd, round); },
                                          std::chrono::milliseconds(5 + (round * 37) % 260));
    CHECK(killed.killed);
    for (const std::string& line : killed.lines) reported[line.substr(0, 17)] = line.substr(18);
  }
  INFO("records reported stored: " << reported.size());
  REQUIRE(reported.size() > 0);

  Store store = open_or_fail(data);
  REQUIRE(check_store_integrity(store));  // cipher_integrity_check and integrity_check
  for (const auto& [id, pdf_sha256] : reported) {
    auto row =
        Statement::prepare(store.handle(),
                           "SELECT p.sha256, p.bytes, (SELECT count(*) FROM audit a WHERE a.record_id = r.id "
                           "AND a.action = 'record.create') FROM records r JOIN record_pdfs p "
                           "ON p.record_id = r.id AND p.version = 1 WHERE r.id = ?1");
    REQUIRE(row);
    row->bind(1, id);
    auto found = row->step("check");
    REQUIRE(found);
    INFO(id);
    REQUIRE(*found);
    CHECK(row->text(0) == pdf_sha256);
    CHECK(intake::sha256_hex(row->blob_view(1)) == pdf_sha256);
    CHECK(row->integer(2) == 1);
  }
  // None half there: every record has its PDF and its audit entry and vice versa, and at most
  // one record per kill committed without being reported.
  auto report = verify_audit_trail(store);
  REQUIRE(report);
  INFO(report->first_problem);
  CHECK(report->ok());
  CHECK(report->records_checked >= static_cast<std::int64_t>(reported.size()));
  CHECK(report->records_checked <= static_cast<std::int64_t>(reported.size()) + kKills);
  CHECK(report->pdfs_checked == report->records_checked);
}
