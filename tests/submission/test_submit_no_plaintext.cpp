// Nothing in plaintext: after a run of submits, in-process and through the CLI, no
// file in the data directory or in the (private) temp directory holds a patient's name or
// phone number, and plain sqlite3 cannot read the store.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "child_environment.hpp"
#include "intake/build_paths.hpp"
#include "submit_fixture.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using Catch::Matchers::ContainsSubstring;

namespace {

std::vector<std::string> files_containing(const std::filesystem::path& root,
                                          const std::vector<std::string>& needles) {
  std::vector<std::string> hits;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const std::vector<std::uint8_t> bytes = read_bytes(entry.path());
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    for (const std::string& needle : needles)
      if (text.find(needle) != std::string_view::npos)
        hits.push_back(entry.path().string() + " holds " + needle);
  }
  return hits;
}

}  // namespace

TEST_CASE("after a run of submits no file holds a patient's name and sqlite3 cannot read the store",
          "[submission][plaintext]") {
  TempDir outer;
  const auto tmp = outer / "tmp";
  std::filesystem::create_directory(tmp);
  const auto data = tmp / "data";  // inside the private TMPDIR: one scan covers both
  const std::vector<std::string> needles = {"Wojciechowska", "Bartholomew", "Quixotella", "600 123 456"};

  // In-process submits in a child whose own TMPDIR is the private one, so everything they
  // might write "temporarily" lands where the test can look; this process's environment stays.
  const intake::test::ChildRun in_process =
      intake::test::run_in_child({{"TMPDIR", tmp.string()}}, [&](const intake::test::ReportLine& report) {
        auto store = store::open_store(data, {}, intake::test::real_clock());
        if (!store) {
          report("open_store failed: " + store.error().message);
          return 1;
        }
        for (const nlohmann::json& session : {complete_session("en", "Bartholomew", "Wojciechowska"),
                                              complete_session("es", "Quixotella", "Wojciechowska"),
                                              minor_session("Bartholomew", "Quixotella")}) {
          auto id = submit_json(*store, session);
          if (!id) {
            report("submit failed: " + id.error().message);
            return 1;
          }
        }
        // While its store is open (WAL and shared-memory files present) ...
        for (const std::string& hit : files_containing(tmp, needles)) report(hit);
        return 0;
      });
  INFO(in_process.joined());
  REQUIRE(in_process.exit_code == 0);
  CHECK(in_process.lines.empty());

  std::size_t files_seen = 0;
  {
    store::Store store = open_store_or_fail(data);
    write_text(tmp / "cli-session.json", complete_session("en", "Quixotella", "Bartholomew").dump());
    const Shell cli = run_shell(kiosk_command(data, "TMPDIR=" + quoted(tmp)) + "submit - < " +
                                quoted(tmp / "cli-session.json"));
    REQUIRE(cli.exit_code == 0);
    std::filesystem::remove(tmp / "cli-session.json");  // the test's own input, not the program's

    // While the store is open (WAL and shared-memory files present) ...
    for (const auto& entry : std::filesystem::recursive_directory_iterator(tmp))
      files_seen += entry.is_regular_file();
    CHECK(files_containing(tmp, needles).empty());

    const Shell plain =
        run_shell("sqlite3 " + quoted(data / "store.db") + " 'SELECT count(*) FROM records;'");
    CHECK(plain.exit_code != 0);
    CHECK_THAT(plain.err, ContainsSubstring("not a database"));
    CHECK(record_count(store) == 4);
  }
  CHECK(files_seen >= 2);  // store.db and store.key at least: the scan looked at real files
  // ... and after it was closed.
  CHECK(files_containing(tmp, needles).empty());
}
