// `intake-kiosk submit` as an integration runs it: the real binary, a session file or stdin,
// the record id on stdout, refusals on stderr with their exit codes and nothing stored.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <regex>

#include "intake/build_paths.hpp"
#include "store/store_error.hpp"
#include "submission/submission_error.hpp"
#include "submission_test_support.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using Catch::Matchers::ContainsSubstring;

namespace {

const std::regex kRecordIdLine("R-[0-9]{8}-[0-9A-Z]{6}\n");

}  // namespace

TEST_CASE("intake-kiosk submit stores a session file and prints the new record id", "[submission][cli]") {
  TempDir tmp;
  const auto data = tmp / "data";
  write_text(tmp / "session.json", complete_session("en", "Ana", "Díaz").dump());
  const Shell run = run_shell(kiosk_command(data) + "submit " + quoted(tmp / "session.json"));
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(std::regex_match(run.out, kRecordIdLine));

  const Shell list = run_shell(kiosk_command(data) + "records list --json");
  REQUIRE(list.exit_code == 0);
  const auto records = nlohmann::json::parse(list.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["id"].get<std::string>() + "\n" == run.out);
  CHECK(records[0]["name"] == "Ana Díaz");
}

TEST_CASE("intake-kiosk submit - reads the session from stdin", "[submission][cli]") {
  TempDir tmp;
  write_text(tmp / "session.json", complete_session("es", "Zoë", "Łukasiewicz").dump());
  const Shell run = run_shell(kiosk_command(tmp / "data") + "submit - < " + quoted(tmp / "session.json"));
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(std::regex_match(run.out, kRecordIdLine));
}

TEST_CASE("intake-kiosk submit refuses an incomplete session with its exit code and stores nothing",
          "[submission][cli]") {
  TempDir tmp;
  const auto data = tmp / "data";
  nlohmann::json session = complete_session("en", "Secretgiven", "Secretfamily");
  session["answers"].erase("metal_allergy");
  write_text(tmp / "session.json", session.dump());
  const Shell run = run_shell(kiosk_command(data) + "submit " + quoted(tmp / "session.json"));
  CHECK(run.exit_code == kExitAnswersMissing);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, ContainsSubstring("Required answers are missing: metal_allergy."));
  CHECK_THAT(run.err, !ContainsSubstring("Secret"));
  const Shell list = run_shell(kiosk_command(data) + "records list --json");
  CHECK(nlohmann::json::parse(list.out).empty());
}

TEST_CASE("intake-kiosk submit explains a file that is not JSON and a missing argument",
          "[submission][cli]") {
  TempDir tmp;
  write_text(tmp / "broken.json", "{\"form\": ");
  const Shell broken = run_shell(kiosk_command(tmp / "data") + "submit " + quoted(tmp / "broken.json"));
  CHECK(broken.exit_code == kExitSessionMalformed);
  CHECK_THAT(broken.err, ContainsSubstring("not valid JSON"));
  const Shell usage = run_shell(kiosk_command(tmp / "data") + "submit");
  CHECK(usage.exit_code == 2);
  CHECK_THAT(usage.err, ContainsSubstring("usage: intake-kiosk submit"));
}

TEST_CASE("intake-kiosk submit never stores into a new store when the old one was lost",
          "[submission][cli][lost]") {
  TempDir tmp;
  const auto data = tmp / "data";
  write_text(tmp / "session.json", complete_session("en", "Ana", "Díaz").dump());
  REQUIRE(run_shell(kiosk_command(data) + "submit " + quoted(tmp / "session.json")).exit_code == 0);
  for (const char* name : {"store.db", "store.db-wal", "store.db-shm"}) std::filesystem::remove(data / name);
  const Shell run = run_shell(kiosk_command(data) + "submit " + quoted(tmp / "session.json"));
  CHECK(run.exit_code == store::kExitStoreMissing);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, ContainsSubstring("put store.db back from a backup"));
  CHECK_FALSE(std::filesystem::exists(data / "store.db"));
}

TEST_CASE(
    "intake-kiosk submit refuses an answer to a question the form does not have, naming only the question",
    "[submission][cli]") {
  TempDir tmp;
  const auto data = tmp / "data";
  nlohmann::json session = complete_session("en", "Secretgiven", "Secretfamily");
  session["answers"]["implanted_device"] = true;  // an RF question, sent to the plain form
  write_text(tmp / "session.json", session.dump());
  const Shell run = run_shell(kiosk_command(data) + "submit " + quoted(tmp / "session.json"));
  CHECK(run.exit_code == kExitAnswerInvalid);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, ContainsSubstring("has no question 'implanted_device'"));
  CHECK_THAT(run.err, !ContainsSubstring("Secret"));
  // The same session on the RF form is stored.
  session["form"] = "rf-microneedling";
  session["answers"]["metal_in_area"] = false;
  session["answers"]["collagen_disease"] = false;
  write_text(tmp / "rf.json", session.dump());
  const Shell rf = run_shell(kiosk_command(data) + "submit " + quoted(tmp / "rf.json"));
  INFO(rf.err);
  CHECK(rf.exit_code == 0);
  const Shell list = run_shell(kiosk_command(data) + "records list --json");
  const auto records = nlohmann::json::parse(list.out);
  REQUIRE(records.size() == 1);
}
