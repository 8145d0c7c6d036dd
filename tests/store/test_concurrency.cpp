// The kiosk and CLI commands share the store: a writer process, a reader process (whose views
// are audited, so it writes too) and backups at the same time, with no "database is locked".
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <cstdio>
#include <cstdlib>

#include "store/audit_verify.hpp"
#include "store/backup.hpp"
#include "store/record_read.hpp"
#include "store/record_write.hpp"
#include "store_test_support.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

// Runs `body` in a child process; the child's exit code is what body returns.
template <class Body>
pid_t spawn(Body body) {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(body());
  return pid;
}

int exit_code_of(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 200;
}

}  // namespace

TEST_CASE("a writer, a reader and backups run at once without lock errors", "[store][concurrency]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  { Store store = open_or_fail(data); }  // create it (and its key) once, before the children
  constexpr int kRecords = 120;

  const pid_t writer = spawn([&] {
    auto store = open_store(data, {}, intake::test::real_clock());
    if (!store) return 1;
    for (int i = 0; i < kRecords; ++i) {
      NewRecord record = sample_record(i);
      record.pdf = synthetic_pdf(32 * 1024);
      if (auto id = insert_submitted_record(*store, record); !id) {
        std::fprintf(stderr, "writer: %s\n", id.error().message.c_str());
        return 2;
      }
    }
    return 0;
  });
  const pid_t reader = spawn([&] {
    auto store = open_store(data, {}, intake::test::real_clock());
    if (!store) return 1;
    for (int round = 0; round < 150; ++round) {
      RecordQuery query;
      query.limit = 20;
      auto rows = list_records(*store, query);
      if (!rows) {
        std::fprintf(stderr, "reader: %s\n", rows.error().message.c_str());
        return 2;
      }
      if (!rows->empty()) {
        if (auto record = view_record(*store, rows->front().id, "reader"); !record) {
          std::fprintf(stderr, "reader: %s\n", record.error().message.c_str());
          return 3;
        }
        if (auto pdf =
                read_record_pdf(*store, rows->back().id, 1, PdfAccess::export_file, "reader", "stdout");
            !pdf) {
          std::fprintf(stderr, "reader: %s\n", pdf.error().message.c_str());
          return 4;
        }
      }
    }
    return 0;
  });
  {
    Store store = open_or_fail(data);
    for (int i = 0; i < 3; ++i) {
      ::usleep(150 * 1000);
      auto done = backup_store(store, tmp / ("backup-" + std::to_string(i) + ".db"), "backup");
      INFO((done ? std::string() : done.error().message));
      CHECK(done);
    }
  }
  CHECK(exit_code_of(writer) == 0);
  CHECK(exit_code_of(reader) == 0);

  Store store = open_or_fail(data);
  auto count = count_records(store, {});
  REQUIRE(count);
  CHECK(*count == kRecords);
  auto report = verify_audit_trail(store);
  REQUIRE(report);
  CHECK(report->ok());
}
