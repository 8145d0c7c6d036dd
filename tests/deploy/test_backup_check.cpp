// `intake-kiosk backup DIR --keep N` (the nightly timer's command): each copy is read back and
// checked after writing, named by time, and only the newest N stay. A damaged copy is caught.
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <cstdlib>
#include <fstream>

#include "store/backup.hpp"
#include "store/record_write.hpp"
#include "store/store_error.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
using Catch::Matchers::ContainsSubstring;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> backups_in(const fs::path& dir) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(dir)) found.push_back(entry.path());
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

TEST_CASE("backup into a folder checks each copy and keeps the newest N", "[deploy][backup]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  const fs::path media = tmp / "media";
  fs::create_directories(media);
  {
    Store store = open_or_fail(data);
    for (int i = 0; i < 4; ++i) REQUIRE(insert_submitted_record(store, sample_record(i)));
  }
  const std::string command = std::string("env -u CREDENTIALS_DIRECTORY ") + INTAKE_KIOSK_BINARY +
                              " --data-dir " + data.string() + " backup " + media.string() + " --keep 2 2>&1";
  for (int run = 0; run < 3; ++run) {
    int code = 0;
    const std::string out = run_shell(command, &code);
    INFO(out);
    REQUIRE(code == 0);
    CHECK_THAT(out, ContainsSubstring("read it back"));
  }
  const auto kept = backups_in(media);
  REQUIRE(kept.size() == 2);
  for (const fs::path& file : kept) {
    CHECK(file.filename().string().starts_with("intake-kiosk-"));
    CHECK((fs::status(file).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
  }
  // The copy opens in the independent sqlcipher shell with the store's key.
  const fs::path restored = tmp / "restored";
  fs::create_directories(restored);
  fs::copy_file(kept.back(), restored / "store.db");
  fs::copy_file(data / "store.key", restored / "store.key");
  int code = 0;
  CHECK(run_sqlcipher(restored, "SELECT count(*) FROM records;", &code).find("4") != std::string::npos);
  CHECK(code == 0);
}

TEST_CASE("a backup damaged after writing fails its check", "[deploy][backup]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  const fs::path copy = tmp / "copy.db";
  Store store = open_or_fail(data);
  for (int i = 0; i < 20; ++i) {
    NewRecord record = sample_record(i);
    record.pdf = synthetic_pdf(16 * 1024);
    REQUIRE(insert_submitted_record(store, record));
  }
  REQUIRE(backup_store(store, copy, "cli:test"));
  auto good = verify_backup(store, copy);
  INFO((good ? std::string() : good.error().message));
  REQUIRE(good);
  {
    // One byte flipped in the middle of the file: a page whose HMAC no longer matches.
    std::fstream file(copy, std::ios::in | std::ios::out | std::ios::binary);
    file.seekg(static_cast<std::streamoff>(fs::file_size(copy) / 2));
    char byte = 0;
    file.read(&byte, 1);
    file.seekp(static_cast<std::streamoff>(fs::file_size(copy) / 2));
    byte = static_cast<char>(byte ^ 0x5a);
    file.write(&byte, 1);
  }
  auto checked = verify_backup(store, copy);
  REQUIRE_FALSE(checked);
  CHECK(checked.error().code == kExitCorrupt);
}
