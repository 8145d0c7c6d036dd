// Names and free text: NFC, nothing that reorders or hides text, and a name with nothing
// visible in it is missing. Staff names follow the same rules, and `staff list` prints a stored
// name's control characters as escapes, never raw.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "intake/build_paths.hpp"
#include "session/session_checks.hpp"
#include "store/record_read.hpp"
#include "store/sqlite_handle.hpp"
#include "store/staff.hpp"
#include "store/store_error.hpp"
#include "submission/session_json.hpp"
#include "submission/submission_error.hpp"
#include "submission/submit_session.hpp"
#include "submission_test_support.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using Catch::Matchers::ContainsSubstring;

namespace {

Error refusal_for_given_name(const std::string& given_name) {
  auto session = session_from_json(shipped_forms(), complete_session("en", given_name, "Díaz"));
  REQUIRE(session.ok());
  auto checked = session::check_session(shipped_forms(), *session, kVisitDate);
  session->wipe();
  REQUIRE_FALSE(checked.ok());
  return checked.error();
}

}  // namespace

TEST_CASE("a name with nothing visible is missing", "[submission][text]") {
  for (const std::string& blank : {std::string("\u200B\u200B"), std::string("\u00A0\u00A0"),
                                   std::string("\u3000"), std::string(" \u2060 ")}) {
    const Error error = refusal_for_given_name(blank);
    CHECK(error.code == kExitIdentityIncomplete);
    CHECK(error.message == "patient.given_name is missing.");
  }
}

TEST_CASE("names that reorder or break text are refused, naming the field and not the name",
          "[submission][text]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Ana\u202Eabc", "reorders text"},      // right-to-left override
      {"Ana\u2066x\u2069", "reorders text"},  // isolate
      {"Ana\u2028Bea", "line break"},         // line separator
      {"Ana\x1b[2J", "control character"}};
  for (const auto& [name, says] : cases) {
    const Error error = refusal_for_given_name(name);
    CHECK(error.code == kExitIdentityIncomplete);
    CHECK_THAT(error.message, ContainsSubstring("patient.given_name contains"));
    CHECK_THAT(error.message, ContainsSubstring(says));
    CHECK_THAT(error.message, !ContainsSubstring("Ana"));
  }
}

TEST_CASE("a guardian name and the initials follow the same rules", "[submission][text]") {
  nlohmann::json json = minor_session("Lía", "Pérez");
  json["guardian"]["name"] = "Marta\u202Ez";
  auto session = session_from_json(shipped_forms(), json);
  REQUIRE(session.ok());
  auto checked = session::check_session(shipped_forms(), *session, kVisitDate);
  REQUIRE_FALSE(checked.ok());
  CHECK_THAT(checked.error().message,
             ContainsSubstring("guardian.name contains a character that reorders text"));
  session->wipe();

  json = complete_session("en", "Ana", "Díaz");
  json["consent"]["initials"] = "\u200B";
  session = session_from_json(shipped_forms(), json);
  REQUIRE(session.ok());
  checked = session::check_session(shipped_forms(), *session, kVisitDate);
  REQUIRE_FALSE(checked.ok());
  CHECK(checked.error().code == kExitConsentIncomplete);
}

TEST_CASE("names are stored NFC-normalized, so decomposed and composed find the same patient",
          "[submission][text]") {
  TempDir tmp;
  store::Store store = open_store_or_fail(tmp / "data");
  auto session = session_from_json(shipped_forms(), complete_session("en", "Jose\u0301", "Nun\u0303ez"));
  REQUIRE(session.ok());
  SubmitOptions options;
  options.actor = "test";
  options.visit_date = kVisitDate;
  auto id = submit_session(store, shipped_forms(), source_fonts(), *session, options);
  INFO((id.ok() ? std::string() : id.error().message));
  REQUIRE(id.ok());
  auto record = store::view_record(store, *id, "test");
  REQUIRE(record.ok());
  CHECK(record->patient.given_name == "José");
  CHECK(record->patient.family_name == "Nu\u00F1ez");
}

TEST_CASE("staff names: the same rules, and staff list never prints a raw escape",
          "[submission][text][staff]") {
  TempDir tmp;
  const auto data = tmp / "data";
  {
    store::Store store = open_store_or_fail(data);
    for (const std::string& name : {std::string("mallory\u202Enimda"), std::string("\u200B"),
                                    std::string("eve\x1b[31m"), std::string("a\u2028b")}) {
      auto added = store::add_staff(store, name, store::StaffRole::admin, "2580", "cli:root");
      REQUIRE_FALSE(added.ok());
      CHECK(added.error().code == store::kExitInvalidInput);
    }
    // A name written before these rules (straight into the table) still prints safely.
    REQUIRE(store::add_staff(store, "Old Name", store::StaffRole::front_desk, "2580", "cli:root"));
    auto rename = store::Statement::prepare(store.handle(), "UPDATE staff SET name = ?1");
    REQUIRE(rename);
    rename->bind(1, std::string("old\x1b]0;pwned\x07name"));
    REQUIRE(rename->run("renaming"));
  }
  const Shell list = run_shell("env -u CREDENTIALS_DIRECTORY " + quoted(INTAKE_KIOSK_BINARY) +
                               " --data-dir " + quoted(data) + " staff list");
  CHECK(list.exit_code == 0);
  CHECK(list.out.find('\x1b') == std::string::npos);
  CHECK(list.out.find('\x07') == std::string::npos);
  CHECK_THAT(list.out, ContainsSubstring("old\\u{001B}]0;pwned\\u{0007}name"));
}
