// Records and the form as FHIR R4, checked by two validators this project did not write
// (@medplum/core validateResource and FHIR.js with errorOnUnexpected), and read back: the
// answers, identity and PDFs in the Bundle are the stored record's.
#include <sys/stat.h>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>
#include <map>
#include <set>

#include "common/calendar_date.hpp"
#include "common/sha256.hpp"
#include "fhir/fhir_options.hpp"
#include "fhir/questionnaire.hpp"
#include "fhir/record_fhir_export.hpp"
#include "fhir_test_support.hpp"
#include "intake/build_paths.hpp"
#include "store/audit.hpp"
#include "store/record_read.hpp"
#include "submission_test_support.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::fhir::test;
using intake::submission::test::quoted;
using intake::submission::test::read_bytes;
using intake::submission::test::run_shell;
using intake::submission::test::shipped_forms;
using intake::submission::test::TempDir;
using intake::submission::test::write_text;
using nlohmann::json;

namespace {

struct Records {
  TempDir tmp;
  store::Store store = submission::test::open_store_or_fail(tmp / "data");
  std::string adult, minor, flagged, reviewed;

  Records() {
    adult = submit(store, adult_session("Ana", "Díaz-Moreno"));
    minor = submit(store, minor_with_guardian_session("Lucía", "Quintero"));
    flagged = submit(store, heavily_flagged_session("Bram", "Okafor"));
    reviewed = submit(store, heavily_flagged_session("Wen", "Liu"));
    review(store, reviewed, "Treat the forehead only; skip the cheeks.");
    review(store, reviewed, "Seen again: cleared for the forehead.");
  }

  json bundle(const std::string& id) {
    auto bundle = fhir::load_record_bundle(store, id, &shipped_forms(), fhir::FhirOptions{}, "test", "test");
    REQUIRE(bundle);
    return *bundle;
  }
};

std::vector<json> resources_of(const json& bundle, const std::string& type) {
  std::vector<json> out;
  for (const json& entry : bundle["entry"])
    if (entry["resource"]["resourceType"] == type) out.push_back(entry["resource"]);
  return out;
}

// The stored answers JSON from the QuestionnaireResponse, read the way any FHIR client would:
// a choice question's codings as a list when the Questionnaire says it repeats.
void read_answers(const json& items, const std::set<std::string>& repeating, json& out) {
  for (const json& item : items) {
    if (item.contains("item")) read_answers(item["item"], repeating, out);
    if (!item.contains("answer")) continue;
    json values = json::array();
    for (const json& answer : item["answer"]) {
      if (answer.contains("valueBoolean")) values.push_back(answer["valueBoolean"]);
      if (answer.contains("valueInteger")) values.push_back(answer["valueInteger"]);
      if (answer.contains("valueDecimal")) values.push_back(answer["valueDecimal"]);
      if (answer.contains("valueDate")) values.push_back(answer["valueDate"]);
      if (answer.contains("valueString")) values.push_back(answer["valueString"]);
      if (answer.contains("valueCoding")) values.push_back(answer["valueCoding"]["code"]);
    }
    out[item["linkId"].get<std::string>()] = repeating.count(item["linkId"]) ? values : values.at(0);
  }
}

std::set<std::string> repeating_items(const json& items) {
  std::set<std::string> out;
  for (const json& item : items) {
    if (item.value("repeats", false)) out.insert(item["linkId"].get<std::string>());
    if (item.contains("item"))
      for (const std::string& id : repeating_items(item["item"])) out.insert(id);
  }
  return out;
}

std::filesystem::path write_json(const std::filesystem::path& path, const json& value) {
  write_text(path, value.dump(2));
  return path;
}

}  // namespace

TEST_CASE("an adult, a minor with a guardian, a heavily flagged and a reviewed record pass both validators",
          "[fhir]") {
  Records records;
  std::vector<std::filesystem::path> files;
  for (const std::string& id : {records.adult, records.minor, records.flagged, records.reviewed})
    files.push_back(write_json(records.tmp / (id + ".json"), records.bundle(id)));
  const auto questionnaire =
      fhir::form_questionnaire(*shipped_forms().find("microneedling"), fhir::FhirOptions{}).questionnaire;
  files.push_back(write_json(records.tmp / "questionnaire.json", questionnaire));

  const Validation validation = validate_files(files);
  INFO(validation.output);
  REQUIRE(validation.report.is_object());
  CHECK(validation.report["problems"] == json::array());
  CHECK(validation.exit_code == 0);
  const json& validated = validation.report["validated"];
  // Every resource type the export produces was seen by both validators.
  for (const char* type : {"Bundle", "Patient", "RelatedPerson", "Practitioner", "QuestionnaireResponse",
                           "Consent", "DocumentReference", "Flag", "Provenance", "Questionnaire"})
    CHECK(validated.value(type, 0) > 0);
  CHECK(validated["Bundle"] == 4);
  CHECK(validated["RelatedPerson"] == 1);
  CHECK(validated["DocumentReference"] == 3 + 3);  // three originals, the reviewed one has v1, v2, v3
}

TEST_CASE("a validator really refuses a broken Bundle", "[fhir]") {
  Records records;
  json bundle = records.bundle(records.adult);
  for (json& entry : bundle["entry"])
    if (entry["resource"]["resourceType"] == "Patient") entry["resource"]["birthDate"] = "10 May 1990";
  bundle["entry"][0]["resource"]["unexpectedField"] = true;
  const Validation validation = validate_files({write_json(records.tmp / "broken.json", bundle)});
  CHECK(validation.exit_code == 1);
  const std::string problems = validation.report["problems"].dump();
  CHECK_THAT(problems, Catch::Matchers::ContainsSubstring("medplum"));
  CHECK_THAT(problems, Catch::Matchers::ContainsSubstring("fhir.js"));
}

TEST_CASE("the answers, the people and the PDFs read back from a Bundle are the stored record's", "[fhir]") {
  Records records;
  const json questionnaire =
      fhir::form_questionnaire(*shipped_forms().find("microneedling"), fhir::FhirOptions{}).questionnaire;
  const std::set<std::string> repeating = repeating_items(questionnaire["item"]);
  for (const std::string& id : {records.adult, records.minor, records.flagged, records.reviewed}) {
    INFO(id);
    auto record = store::view_record(records.store, id, "test");
    REQUIRE(record);
    const json bundle = records.bundle(id);
    CHECK(bundle["type"] == "transaction");
    for (const json& entry : bundle["entry"]) {
      CHECK(entry["request"]["method"] == "POST");
      CHECK_FALSE(entry["request"].value("ifNoneExist", "").empty());
    }

    const auto responses = resources_of(bundle, "QuestionnaireResponse");
    REQUIRE(responses.size() == 1);
    json answers = json::object();
    read_answers(responses[0]["item"], repeating, answers);
    CHECK(answers == json::parse(record->answers_json));
    CHECK(responses[0]["questionnaire"] ==
          fhir::FhirOptions{}.questionnaire_url("microneedling") + "|" + record->form_version);
    CHECK(responses[0]["identifier"]["value"] == id);

    const json patient = resources_of(bundle, "Patient").at(0);
    CHECK(patient["name"][0]["family"] == record->patient.family_name);
    CHECK(patient["name"][0]["given"][0] == record->patient.given_name);
    CHECK(patient["birthDate"] == record->patient.date_of_birth);
    CHECK(patient["identifier"][0]["value"] == id);
    CHECK(resources_of(bundle, "RelatedPerson").size() == (record->guardian ? 1u : 0u));
    if (record->guardian)
      CHECK(resources_of(bundle, "RelatedPerson")[0]["name"][0]["text"] == record->guardian->name);

    const json consent = resources_of(bundle, "Consent").at(0);
    CHECK_THAT(consent["policy"][0]["uri"].get<std::string>(),
               Catch::Matchers::ContainsSubstring(record->consent_sha256));
    CHECK(consent["provision"]["provision"][0]["type"] == (record->photo_consent ? "permit" : "deny"));

    // One Flag per stored flag, each naming the answers that raised it.
    const auto flags = resources_of(bundle, "Flag");
    REQUIRE(flags.size() == record->flags.size());
    for (std::size_t i = 0; i < flags.size(); ++i) {
      CHECK(flags[i]["code"]["coding"][0]["code"] == record->flags[i].code);
      std::vector<std::string> questions;
      for (const json& extension : flags[i]["extension"])
        if (extension["url"].get<std::string>().ends_with("/flag-question"))
          questions.push_back(extension["valueString"]);
      CHECK(questions == record->flags[i].questions);
    }

    // Each PDF version's bytes, decoded by coreutils' base64, are the stored bytes; the SHA-1
    // in Attachment.hash is what sha1sum computes.
    const auto documents = resources_of(bundle, "DocumentReference");
    REQUIRE(documents.size() == record->pdfs.size());
    for (const json& document : documents) {
      const json& attachment = document["content"][0]["attachment"];
      write_text(records.tmp / "data.b64", attachment["data"]);
      const auto shell = run_shell(
          "base64 -d " + quoted(records.tmp / "data.b64") + " > " + quoted(records.tmp / "decoded.pdf") +
          " && sha1sum " + quoted(records.tmp / "decoded.pdf") + " | cut -c1-40 | xxd -r -p | base64");
      REQUIRE(shell.exit_code == 0);
      CHECK(shell.out == attachment["hash"].get<std::string>() + "\n");
      const auto bytes = read_bytes(records.tmp / "decoded.pdf");
      CHECK(attachment["size"] == bytes.size());
      CHECK(document["identifier"][0]["value"] == sha256_hex(bytes));
    }
    CHECK(resources_of(bundle, "Provenance").size() == 1 + record->reviews.size());
    store::secure_wipe(*record);
  }
}

TEST_CASE("records fhir writes a Bundle file (0600) and audits the read; forms fhir writes the Questionnaire",
          "[fhir]") {
  Records records;
  const std::filesystem::path binary = INTAKE_KIOSK_BINARY;
  const std::string base = quoted(binary) + " --data-dir " + quoted(records.tmp / "data") + " --forms-dir " +
                           quoted(std::filesystem::path(INTAKE_SOURCE_FORMS_DIR));
  const auto out = records.tmp / "adult.fhir.json";
  auto shell = run_shell(base + " records fhir " + records.adult + " --out " + quoted(out));
  INFO(shell.out << shell.err);
  REQUIRE(shell.exit_code == 0);
  struct stat info {};
  REQUIRE(::stat(out.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  std::ifstream in(out);
  const json bundle = json::parse(in);
  CHECK(bundle == records.bundle(records.adult));
  auto audit = store::audit_entries_for_record(records.store, records.adult);
  REQUIRE(audit);
  bool exported = false;
  for (const auto& entry : *audit)
    if (entry.action == store::audit_action::kRecordExport && entry.actor.starts_with("cli:") &&
        entry.details.find(out.filename().string()) != std::string::npos)
      exported = true;
  CHECK(exported);

  // A whole day into a folder: one file per record, named by record id only.
  std::filesystem::create_directory(records.tmp / "day");
  shell = run_shell(base + " records fhir --from " + to_iso(intake::test::machine_clock().today()) +
                    " --out " + quoted(records.tmp / "day"));
  REQUIRE(shell.exit_code == 0);
  for (const std::string& id : {records.adult, records.minor, records.flagged, records.reviewed})
    CHECK(std::filesystem::exists(records.tmp / "day" / fhir::bundle_file_name(id)));

  const auto questionnaire_file = records.tmp / "microneedling.questionnaire.json";
  shell = run_shell(base + " forms fhir microneedling --out " + quoted(questionnaire_file));
  REQUIRE(shell.exit_code == 0);
  std::ifstream qin(questionnaire_file);
  const json questionnaire = json::parse(qin);
  CHECK(questionnaire["resourceType"] == "Questionnaire");
  CHECK(questionnaire["url"] == fhir::FhirOptions{}.questionnaire_url("microneedling"));
  // shown_when became enableWhen: has_any -> one coding condition per choice, "any".
  std::map<std::string, json> items;
  for (const json& page : questionnaire["item"])
    for (const json& item : page["item"]) items[item["linkId"]] = item;
  REQUIRE(items.count("skin_condition_flare"));
  CHECK(items["skin_condition_flare"]["enableBehavior"] == "any");
  CHECK(items["skin_condition_flare"]["enableWhen"].size() == 4);
  CHECK(items["isotretinoin_last_dose"]["enableWhen"][0] ==
        json({{"question", "isotretinoin"}, {"operator", "="}, {"answerBoolean", true}}));
  // Spanish through the translation extension.
  const json translation = items["pregnant"]["_text"]["extension"][0];
  CHECK(translation["url"] == "http://hl7.org/fhir/StructureDefinition/translation");
  CHECK(translation["extension"][0]["valueCode"] == "es");
  const Validation validation = validate_files({questionnaire_file});
  INFO(validation.output);
  CHECK(validation.exit_code == 0);
}
