// The kiosk holds several connections in one process (the submission service, staff mode, the
// FHIR delivery worker). Opening one must not drop another's POSIX locks on store.db: on
// Linux any close() of the file does that, and another process would then take the store for
// unused, checkpoint and delete the WAL under the open connection (a "damaged page" later).
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>

#include "store/record_write.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;

namespace {

// SQLite's unix VFS: a SHARED lock is a read lock on these bytes (PENDING_BYTE + 2, 510).
constexpr off_t kSharedFirst = 0x40000000 + 2;
constexpr off_t kSharedSize = 510;

// From another process: is any read lock held on store.db's shared range? (F_GETLK only asks.)
bool another_process_sees_a_shared_lock(const std::filesystem::path& database) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int fd = ::open(database.c_str(), O_RDWR | O_CLOEXEC);
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = kSharedFirst;
    probe.l_len = kSharedSize;
    const bool locked = fd >= 0 && ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::_exit(locked ? 0 : 1);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

TEST_CASE("opening and closing a second connection keeps the first connection's locks",
          "[store][concurrency]") {
  TempDir tmp;
  const auto data = tmp / "data";
  Store first = open_or_fail(data);
  REQUIRE(insert_submitted_record(first, sample_record(1)));
  REQUIRE(another_process_sees_a_shared_lock(first.database_path()));
  {
    Store second = open_or_fail(data);
    REQUIRE(insert_submitted_record(second, sample_record(2)));
  }
  CHECK(another_process_sees_a_shared_lock(first.database_path()));
  CHECK(insert_submitted_record(first, sample_record(3)));
}
