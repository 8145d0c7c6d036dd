#include "fhir_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include "intake/build_paths.hpp"
#include "staff/staff_review.hpp"
#include "store/record_read.hpp"
#include "store/staff.hpp"
#include "submission/session_json.hpp"
#include "submission/submit_session.hpp"
#include "submission_test_support.hpp"

namespace intake::fhir::test {

using nlohmann::json;
using submission::test::complete_session;

json adult_session(const std::string& given, const std::string& family) {
  json session = complete_session("en", given, family);
  session["consent"]["photo_consent"] = true;
  return session;
}

json minor_with_guardian_session(const std::string& given, const std::string& family) {
  json session = submission::test::minor_session(given, family);
  session["language"] = "es";
  return session;
}

json heavily_flagged_session(const std::string& given, const std::string& family) {
  json session = complete_session("en", given, family);
  json& answers = session["answers"];
  for (auto& [id, value] : answers.items())
    if (value.is_boolean()) value = true;
  answers["skin_condition"] = {"eczema", "rosacea"};
  answers["skin_condition_flare"] = true;
  answers["isotretinoin"] = true;
  answers["isotretinoin_last_dose"] = "2026-09-01";
  answers["previous_microneedling"] = true;
  answers["previous_reaction"] = "Redness for a week";
  answers["other_allergies"] = "Penicillin; latex";
  return session;
}

std::string submit(store::Store& store, const json& session_json) {
  auto session = submission::session_from_json(submission::test::shipped_forms(), session_json);
  REQUIRE(session);
  submission::SubmitOptions options;
  options.actor = "test";
  options.visit_date = submission::test::kVisitDate;
  options.time_zone = "Europe/Madrid";
  auto id = submission::submit_session(store, submission::test::shipped_forms(),
                                       submission::test::source_fonts(), *session, options);
  session->wipe();
  REQUIRE(id);
  return *id;
}

void review(store::Store& store, const std::string& record_id, const std::string& note) {
  auto reviewer = store::find_staff(store, "Dr Ines Castro");
  if (!reviewer) {
    REQUIRE(store::add_staff(store, "Dr Ines Castro", store::StaffRole::practitioner, "482913", "test"));
    reviewer = store::find_staff(store, "Dr Ines Castro");
  }
  REQUIRE(reviewer);
  staff::ReviewRequest request;
  request.record_id = record_id;
  request.reviewer = *reviewer;
  request.decision = intake::ReviewDecision::treat_with_changes;
  request.note = note;
  // Treating despite a STOP or REVIEW flag takes a reason for each (the core refuses otherwise).
  auto record = store::view_record(store, record_id, "test");
  REQUIRE(record);
  for (const auto& flag : record->flags)
    if (flag.severity != Severity::note) request.reasons[flag.code] = "Discussed with the patient; " + note;
  store::secure_wipe(*record);
  request.countersignature = {900.f, 300.f, {{{10.f, 10.f, 0}, {200.f, 120.f, 40}, {400.f, 60.f, 80}}}};
  auto version =
      staff::record_review(store, submission::test::shipped_forms(), INTAKE_SOURCE_FONTS_DIR, request);
  INFO((version ? std::string() : version.error().message));
  REQUIRE(version);
}

std::filesystem::path tools_dir() { return INTAKE_FHIR_TOOLS_DIR; }

std::string node_binary() { return INTAKE_NODE_BINARY; }

Validation validate_files(const std::vector<std::filesystem::path>& files) {
  INFO("the validators come from `npm ci` in " << tools_dir().string() << " (deploy/install-deps)");
  REQUIRE(std::filesystem::exists(tools_dir() / "node_modules" / "@medplum" / "core"));
  REQUIRE(std::filesystem::exists(tools_dir() / "node_modules" / "fhir"));
  std::string command =
      submission::test::quoted(node_binary()) + " " + submission::test::quoted(tools_dir() / "validate.js");
  for (const auto& file : files) command += " " + submission::test::quoted(file);
  const submission::test::Shell shell = submission::test::run_shell(command);
  Validation validation;
  validation.exit_code = shell.exit_code;
  validation.output = shell.out + shell.err;
  validation.report = json::parse(shell.out, nullptr, false);
  return validation;
}

}  // namespace intake::fhir::test
