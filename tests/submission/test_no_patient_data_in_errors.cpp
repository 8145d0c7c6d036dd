// No patient data in errors or logs: every field a patient fills carries distinctive text, each
// session is refused for a different reason, and neither stdout nor stderr (the journal-bound
// log of `intake-kiosk submit`) repeats any of it. A message names the field or question and
// what is wrong, never the answer.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <functional>

#include "intake/build_paths.hpp"
#include "submission/submission_error.hpp"
#include "submission_test_support.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using nlohmann::json;

namespace {

constexpr const char* kMark = "Qzx";  // every patient value below contains it

// A session in which every value the patient gives is distinctive.
json marked_session() {
  json session = complete_session("en", "Qzxgiven", "Qzxfamily");
  session["patient"]["phone"] = "+34 600 123 456";  // phone and e-mail get marks in their own cases
  session["answers"]["other_allergies"] = "Qzx penicillin";
  session["answers"]["other_notes"] = "Qzx nervous about needles";
  session["consent"]["initials"] = "QZ";
  return session;
}

struct Refusal {
  const char* what;
  std::function<void(json&)> change;
};

std::string kiosk(const std::filesystem::path& data) {
  return "env -u CREDENTIALS_DIRECTORY INTAKE_KIOSK_FONTS=" + quoted(INTAKE_SOURCE_FONTS_DIR) + " " +
         quoted(INTAKE_KIOSK_BINARY) + " --data-dir " + quoted(data) + " --forms-dir " +
         quoted(INTAKE_SOURCE_FORMS_DIR) + " ";
}

}  // namespace

TEST_CASE("no refusal of a session repeats anything the patient gave", "[submission][privacy]") {
  const std::vector<Refusal> refusals = {
      {"free text typed into a choice",
       [](json& s) { s["answers"]["treatment_areas"] = {"Qzx my chin please"}; }},
      {"free text for a yes/no question", [](json& s) { s["answers"]["pregnant"] = "Qzx maybe, not sure"; }},
      {"free text for a single choice",
       [](json& s) { s["answers"]["skin_condition"] = {"Qzx eczema on arms"}; }},
      {"a number for a text answer", [](json& s) { s["answers"]["other_notes"] = 4242; }},
      {"too long a note", [](json& s) { s["answers"]["other_notes"] = std::string(5000, 'Q') + "zx"; }},
      {"a note that reorders text", [](json& s) { s["answers"]["other_notes"] = "Qzx\u202Ehidden"; }},
      {"a line break in a one-line answer", [](json& s) { s["answers"]["other_allergies"] = "Qzx\nnuts"; }},
      {"a date of birth that is not a date", [](json& s) { s["patient"]["date_of_birth"] = "Qzx 10 May"; }},
      {"a phone that is not a phone", [](json& s) { s["patient"]["phone"] = "Qzx call me"; }},
      {"an e-mail that is not one", [](json& s) { s["patient"]["email"] = "Qzx at home"; }},
      {"a name with a bidi override", [](json& s) { s["patient"]["given_name"] = "Qzx\u202Egiven"; }},
      {"a name with an escape", [](json& s) { s["patient"]["family_name"] = "Qzx\x1b[2J"; }},
      {"too long a name", [](json& s) { s["patient"]["family_name"] = "Qzx" + std::string(300, 'y'); }},
      {"initials too long", [](json& s) { s["consent"]["initials"] = "Qzxqzxqzx"; }},
      {"a guardian for an adult",
       [](json& s) {
         s["guardian"] = {{"name", "Qzx guardian"}, {"relationship", "Qzx aunt"}};
       }},
      {"consent not accepted", [](json& s) { s["consent"]["accepted"] = false; }},
      {"no signature", [](json& s) { s.erase("signature"); }},
      {"a required answer missing", [](json& s) { s["answers"].erase("diabetes"); }},
      {"an unknown language", [](json& s) { s["language"] = "xx"; }},
  };
  TempDir tmp;
  const auto data = tmp / "data";
  for (const Refusal& refusal : refusals) {
    INFO(refusal.what);
    json session = marked_session();
    refusal.change(session);
    write_text(tmp / "session.json", session.dump());
    const Shell run = run_shell(kiosk(data) + "submit " + quoted(tmp / "session.json"));
    INFO(run.err);
    CHECK(run.exit_code != 0);
    CHECK_FALSE(run.err.empty());
    CHECK(run.err.find(kMark) == std::string::npos);
    CHECK(run.err.find("penicillin") == std::string::npos);
    CHECK(run.out.find(kMark) == std::string::npos);
  }
}

TEST_CASE("evaluate's refusals do not repeat an answer either", "[submission][privacy]") {
  TempDir tmp;
  write_text(tmp / "answers.json", R"({"treatment_areas": ["Qzx my chin"], "pregnant": false})");
  const Shell run = run_shell(kiosk(tmp / "data") + "evaluate microneedling " + quoted(tmp / "answers.json"));
  CHECK(run.exit_code != 0);
  CHECK(run.err.find(kMark) == std::string::npos);
  CHECK_THAT(run.err, Catch::Matchers::ContainsSubstring("treatment_areas"));
}
