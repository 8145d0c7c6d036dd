// The session JSON as integrations send it (submission/session_json.hpp): every field read into
// IntakeSession, the documented defaults, and one clear error per wrong field that names it and never repeats
// the patient's value.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <functional>

#include "submission/session_json.hpp"
#include "submission/submission_error.hpp"
#include "submission_test_support.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using Catch::Matchers::ContainsSubstring;
using nlohmann::json;

namespace {

Error parse_error(const json& session) {
  auto parsed = session_from_json(shipped_forms(), session);
  REQUIRE_FALSE(parsed.ok());
  return parsed.error();
}

}  // namespace

TEST_CASE("session_from_json reads every field of a complete session", "[submission][json]") {
  json input = complete_session("es", "Nguyễn Thị", "Ánh");
  input["guardian"] = {{"name", "Lan Nguyễn"}, {"relationship", "madre"}};
  input["guardian_signature"] = signature_json(600, 200);
  input["consent"]["photo_consent"] = true;
  input["kiosk_build"] = "ignored";  // other keys are allowed
  auto parsed = session_from_json(shipped_forms(), input);
  REQUIRE(parsed.ok());
  const IntakeSession& session = *parsed;
  CHECK(session.form_id == "microneedling");
  CHECK(session.language == "es");
  CHECK(session.patient.given_name == "Nguyễn Thị");
  CHECK(session.patient.family_name == "Ánh");
  CHECK(session.patient.birth_date() == CalendarDate{1990, 5, 10});
  CHECK(session.patient.phone == "+34 600 123 456");
  CHECK(session.patient.email == "patient@example.org");
  REQUIRE(session.guardian);
  CHECK(session.guardian->relationship == "madre");
  CHECK(std::get<bool>(session.answers.at("pregnant")) == false);
  CHECK(std::get<forms::ChoiceIds>(session.answers.at("treatment_areas")) ==
        forms::ChoiceIds{"face", "neck"});
  CHECK(session.consent.accepted);
  CHECK(session.consent.certified);
  CHECK(session.consent.initials == "AD");
  CHECK(session.consent.photo_consent == true);
  CHECK(session.signature.width == 900.f);
  REQUIRE(session.signature.strokes.size() == 2);
  CHECK(session.signature.strokes[0].size() == 80);
  CHECK(session.signature.strokes[1][1].t_ms == 1416);
  REQUIRE(session.guardian_signature);
  CHECK(session.guardian_signature->height == 200.f);
  CHECK(session.signed_at == "2026-11-21T10:47:02+01:00");
}

TEST_CASE("without consent.sections every section counts as initialled at signed_at", "[submission][json]") {
  auto parsed = session_from_json(shipped_forms(), complete_session("en", "Ana", "Díaz"));
  REQUIRE(parsed.ok());
  const forms::Document& consent = shipped_forms().find("microneedling")->consent_document("en");
  REQUIRE(parsed->consent.sections.size() == consent.sections.size());
  for (std::size_t i = 0; i < consent.sections.size(); ++i) {
    CHECK(parsed->consent.sections[i].section_id == consent.sections[i].id);
    CHECK(parsed->consent.sections[i].initialled_at == "2026-11-21T10:47:02+01:00");
  }
}

TEST_CASE("given consent.sections are kept as sent", "[submission][json]") {
  json input = complete_session("en", "Ana", "Díaz");
  input["consent"]["sections"] =
      json::array({{{"id", "procedure"}, {"initialled_at", "2026-11-21T10:41:05+01:00"}}});
  auto parsed = session_from_json(shipped_forms(), input);
  REQUIRE(parsed.ok());
  REQUIRE(parsed->consent.sections.size() == 1);
  CHECK(parsed->consent.sections[0].initialled_at == "2026-11-21T10:41:05+01:00");
}

TEST_CASE("a session without signed_at is signed now, in local time with an offset", "[submission][json]") {
  json input = complete_session("en", "Ana", "Díaz");
  input.erase("signed_at");
  const Clock clock = intake::test::machine_clock();
  auto parsed = session_from_json(shipped_forms(), input, clock.offset_now());
  REQUIRE(parsed.ok());
  CHECK(parsed->signed_at.size() == 25);  // 2026-11-21T10:47:02+01:00
  CHECK(parsed->signed_at.substr(0, 10) == to_iso(clock.today()));
}

TEST_CASE("null guardian and guardian_signature mean none", "[submission][json]") {
  json input = complete_session("en", "Ana", "Díaz");
  input["guardian"] = nullptr;
  input["guardian_signature"] = nullptr;
  auto parsed = session_from_json(shipped_forms(), input);
  REQUIRE(parsed.ok());
  CHECK_FALSE(parsed->guardian);
  CHECK_FALSE(parsed->guardian_signature);
}

TEST_CASE("each wrongly typed field is refused with an error naming that field", "[submission][json]") {
  struct Case {
    const char* what;
    std::function<void(json&)> change;
    int code;
    const char* names;
  };
  const std::vector<Case> cases = {
      {"not an object", [](json& s) { s = json::array(); }, kExitSessionMalformed, "JSON object"},
      {"form missing", [](json& s) { s.erase("form"); }, kExitSessionMalformed, "form is missing"},
      {"unknown form", [](json& s) { s["form"] = "tattoo_removal"; }, kExitUnknownForm, "tattoo_removal"},
      {"language number", [](json& s) { s["language"] = 1; }, kExitSessionMalformed,
       "language must be a string"},
      {"language not offered", [](json& s) { s["language"] = "fr"; }, kExitLanguageNotOffered, "not offered"},
      {"patient array", [](json& s) { s["patient"] = json::array(); }, kExitSessionMalformed,
       "patient must be an object"},
      {"given_name number", [](json& s) { s["patient"]["given_name"] = 7; }, kExitSessionMalformed,
       "patient.given_name"},
      {"family_name missing", [](json& s) { s["patient"].erase("family_name"); }, kExitSessionMalformed,
       "patient.family_name is missing"},
      {"date_of_birth not a date", [](json& s) { s["patient"]["date_of_birth"] = "1990-02-30"; },
       kExitSessionMalformed, "patient.date_of_birth"},
      {"phone number", [](json& s) { s["patient"]["phone"] = 600123456; }, kExitSessionMalformed,
       "patient.phone"},
      {"email bool", [](json& s) { s["patient"]["email"] = true; }, kExitSessionMalformed, "patient.email"},
      {"guardian string", [](json& s) { s["guardian"] = "mum"; }, kExitSessionMalformed,
       "guardian must be an object"},
      {"guardian relationship",
       [](json& s) {
         s["guardian"] = {{"name", "Marta"}};
       },
       kExitSessionMalformed, "guardian.relationship"},
      {"answers array", [](json& s) { s["answers"] = json::array(); }, kExitSessionMalformed,
       "answers must be an object"},
      {"answer wrong type", [](json& s) { s["answers"]["pregnant"] = "no"; }, kExitAnswerInvalid,
       "'pregnant'"},
      {"unknown question", [](json& s) { s["answers"]["tattoo_colour"] = "red"; }, kExitAnswerInvalid,
       "tattoo_colour"},
      {"unknown choice", [](json& s) { s["answers"]["treatment_areas"] = {"scalp"}; }, kExitAnswerInvalid,
       "'treatment_areas'"},
      {"answers date_of_birth differs", [](json& s) { s["answers"]["date_of_birth"] = "1991-01-01"; },
       kExitSessionMalformed, "answers.date_of_birth"},
      {"consent missing", [](json& s) { s.erase("consent"); }, kExitSessionMalformed, "consent is missing"},
      {"accepted string", [](json& s) { s["consent"]["accepted"] = "yes"; }, kExitSessionMalformed,
       "consent.accepted"},
      {"initials number", [](json& s) { s["consent"]["initials"] = 1; }, kExitSessionMalformed,
       "consent.initials"},
      {"photo_consent string", [](json& s) { s["consent"]["photo_consent"] = "no"; }, kExitSessionMalformed,
       "consent.photo_consent"},
      {"sections object", [](json& s) { s["consent"]["sections"] = json::object(); }, kExitSessionMalformed,
       "consent.sections"},
      {"section id missing",
       [](json& s) {
         s["consent"]["sections"] = {{{"initialled_at", "2026-11-21T10:00:00Z"}}};
       },
       kExitSessionMalformed, "consent.sections[0].id"},
      {"signature missing", [](json& s) { s.erase("signature"); }, kExitSessionMalformed,
       "signature is missing"},
      {"signature width string", [](json& s) { s["signature"]["width"] = "900"; }, kExitSessionMalformed,
       "signature.width"},
      {"strokes object", [](json& s) { s["signature"]["strokes"] = json::object(); }, kExitSessionMalformed,
       "signature.strokes"},
      {"point of two numbers",
       [](json& s) {
         s["signature"]["strokes"][1][3] = {1, 2};
       },
       kExitSessionMalformed, "signature.strokes[1][3]"},
      {"guardian signature point",
       [](json& s) {
         s["guardian_signature"] = signature_json();
         s["guardian_signature"]["strokes"][0][0] = "x";
       },
       kExitSessionMalformed, "guardian_signature.strokes[0][0]"},
      {"signed_at number", [](json& s) { s["signed_at"] = 1; }, kExitSessionMalformed, "signed_at"},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.what) {
      json input = complete_session("en", "Secretgiven", "Secretfamily");
      c.change(input);
      const Error error = parse_error(input);
      CHECK(error.code == c.code);
      CHECK_THAT(error.message, ContainsSubstring(c.names));
      CHECK_THAT(error.message, !ContainsSubstring("Secret"));
      CHECK_THAT(error.message, !ContainsSubstring("600 123"));
    }
  }
}

TEST_CASE("text that is not JSON is refused as malformed", "[submission][json]") {
  auto parsed = session_from_json_text(shipped_forms(), "{\"form\": \"microneedling\", ");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().code == kExitSessionMalformed);
}

TEST_CASE("the store's JSON keeps the session's shapes", "[submission][json]") {
  auto parsed = session_from_json(shipped_forms(), complete_session("en", "Ana", "Díaz"));
  REQUIRE(parsed.ok());
  const json signature = json::parse(signature_json_for_store(parsed->signature));
  CHECK(signature["width"] == 900);
  CHECK(signature["strokes"].size() == 2);
  CHECK(signature["strokes"][0][5] ==
        json::array({parsed->signature.strokes[0][5].x, parsed->signature.strokes[0][5].y, 80}));

  const forms::Document& shown = shipped_forms().find("microneedling")->consent_document("en");
  const json consent = json::parse(consent_json_for_store(parsed->consent, shown));
  CHECK(consent["accepted"] == true);
  CHECK(consent["initials"] == "AD");
  CHECK(consent["photo_consent"] == false);
  CHECK(consent["document"]["sha256"] == shown.sha256_hex);
  REQUIRE(consent["sections"].size() == shown.sections.size());
  CHECK(consent["sections"][0]["id"] == shown.sections[0].id);
}
