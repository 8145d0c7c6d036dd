// The one submission path end to end: a session goes in, a complete record comes out of the
// real encrypted store with its flags and its real PDF; every refusal stores nothing.
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <fstream>
#include <functional>

#include "common/sha256.hpp"
#include "store/settings.hpp"
#include "submission/check_code.hpp"
#include "submission/record_builder.hpp"
#include "submission/record_rerender.hpp"
#include "submission/submission_error.hpp"
#include "submit_fixture.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using Catch::Matchers::ContainsSubstring;
using nlohmann::json;

namespace {

bool has_flag(const store::Record& record, const std::string& code, intake::Severity severity) {
  for (const store::RecordFlag& flag : record.flags)
    if (flag.code == code && flag.severity == severity) return true;
  return false;
}

const forms::Form& microneedling() { return *shipped_forms().find("microneedling"); }

// The stored PDF is the one the store hashed, and pdftotext finds what the patient signed.
std::string checked_pdf_text(SubmitFixture& fixture, const store::Record& record) {
  REQUIRE(record.pdfs.size() == 1);
  CHECK(record.pdfs[0].version == 1);
  CHECK(record.pdfs[0].kind == "patient_signed");
  const std::vector<std::uint8_t> pdf = fixture.pdf(record.id);
  CHECK(sha256_hex(pdf) == record.pdfs[0].sha256);
  return pdf_text_flat(pdf, fixture.tmp.path());
}

}  // namespace

TEST_CASE("a complete English session is stored with its flags and its signed PDF", "[submission]") {
  SubmitFixture fixture;
  json session = complete_session("en", "Ana", "Díaz-Moreno");
  session["answers"]["pregnant"] = true;                 // stop
  session["answers"]["anticoagulants"] = true;           // review
  session["answers"]["other_allergies"] = "Penicillin";  // note
  auto id = fixture.submit(session);
  REQUIRE(id.ok());
  CHECK(id->starts_with("R-"));

  // records-level read back: the list the queue and `records list` use.
  auto summaries = store::list_records(fixture.store, {});
  REQUIRE(summaries);
  REQUIRE(summaries->size() == 1);
  const store::RecordSummary& summary = summaries->front();
  CHECK(summary.id == *id);
  CHECK(summary.given_name == "Ana");
  CHECK(summary.flag_level == static_cast<int>(intake::Severity::stop));
  CHECK(summary.flags.front() ==
        std::pair<std::string, intake::Severity>{"pregnancy", intake::Severity::stop});

  const store::Record record = fixture.record(*id);
  CHECK(record.form_id == "microneedling");
  CHECK(record.form_version == microneedling().version);
  CHECK(record.language == "en");
  CHECK(record.consent_sha256 == microneedling().consent_document("en").sha256_hex);
  CHECK(record.signed_at == "2026-11-21T10:47:02+01:00");
  CHECK(record.patient.date_of_birth == "1990-05-10");
  CHECK_FALSE(record.guardian);
  CHECK(has_flag(record, "pregnancy", intake::Severity::stop));
  CHECK(has_flag(record, "anticoagulants", intake::Severity::review));
  CHECK(has_flag(record, "other_allergies", intake::Severity::note));
  CHECK_FALSE(has_flag(record, "minor", intake::Severity::stop));
  const json answers = json::parse(record.answers_json);
  CHECK(answers["pregnant"] == true);
  CHECK(answers["treatment_areas"] == json::array({"face", "neck"}));
  const json consent = json::parse(record.consent_json);
  CHECK(consent["sections"].size() == microneedling().consent_document("en").sections.size());
  CHECK(json::parse(record.signature_json)["strokes"].size() == 2);

  const std::string text = checked_pdf_text(fixture, record);
  CHECK_THAT(text, ContainsSubstring("Ana Díaz-Moreno"));
  CHECK_THAT(text, ContainsSubstring(*id));
  CHECK_THAT(text, ContainsSubstring("Our Clinic"));  // no clinic_name setting yet
  for (const forms::DocumentSection& section : microneedling().consent_document("en").sections)
    CHECK_THAT(text, ContainsSubstring(section.title));
  CHECK_THAT(text, ContainsSubstring("Are you pregnant, or could you be?"));
  CHECK_THAT(text, ContainsSubstring("Penicillin"));
  CHECK_THAT(text, ContainsSubstring(microneedling().consent_document("en").sha256_hex));
  CHECK_THAT(text, ContainsSubstring(record_check_code(record)));
  CHECK_THAT(text, ContainsSubstring("Patient's consent to treatment"));

  const auto path = fixture.tmp / "stored.pdf";
  const std::vector<std::uint8_t> pdf = fixture.pdf(*id);
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(pdf.data()), static_cast<std::streamsize>(pdf.size()));
  const Shell qpdf = run_shell("qpdf --check " + quoted(path));
  INFO(qpdf.out << qpdf.err);
  CHECK(qpdf.exit_code == 0);
}

TEST_CASE("a complete Spanish session is stored with Spanish answers and English renderings for staff",
          "[submission]") {
  SubmitFixture fixture;
  json session = complete_session("es", "Zoë", "Łukasiewicz");
  session["answers"]["cold_sore_history"] = true;  // review
  session["answers"]["metal_allergy"] = true;      // stop
  auto id = fixture.submit(session);
  REQUIRE(id.ok());
  const store::Record record = fixture.record(*id);
  CHECK(record.language == "es");
  CHECK(record.consent_sha256 == microneedling().consent_document("es").sha256_hex);
  CHECK(has_flag(record, "metal_allergy", intake::Severity::stop));
  CHECK(has_flag(record, "cold_sore_history", intake::Severity::review));

  const std::string text = checked_pdf_text(fixture, record);
  CHECK_THAT(text, ContainsSubstring("Zoë Łukasiewicz"));
  for (const forms::DocumentSection& section : microneedling().consent_document("es").sections)
    CHECK_THAT(text, ContainsSubstring(section.title));
  // Question and answer in Spanish, the English rendering for staff beside them.
  CHECK_THAT(text,
             ContainsSubstring("¿Tiene alergia a algún metal, como el níquel o el acero inoxidable? Sí"));
  CHECK_THAT(text, ContainsSubstring("Are you allergic to any metal, such as nickel or stainless steel?"));
  CHECK_THAT(text, ContainsSubstring("metal_allergy"));
  CHECK_THAT(text, ContainsSubstring("Cara, Cuello"));
  CHECK_THAT(text, ContainsSubstring("Face, Neck"));
}

TEST_CASE("a minor with a guardian and the guardian's signature is stored with the minor flag",
          "[submission]") {
  SubmitFixture fixture;
  auto id = fixture.submit(minor_session("Lucía", "Quintero"));
  REQUIRE(id.ok());
  const store::Record record = fixture.record(*id);
  CHECK(has_flag(record, "minor", intake::Severity::stop));
  REQUIRE(record.guardian);
  CHECK(record.guardian->name == "Marta Quintero");
  CHECK(record.guardian->relationship == "mother");
  CHECK(json::parse(record.guardian_signature_json)["width"] == 800);
  const std::string text = checked_pdf_text(fixture, record);
  CHECK_THAT(text, ContainsSubstring("Marta Quintero"));
  CHECK_THAT(text, ContainsSubstring("Lucía Quintero"));
}

TEST_CASE("answers to hidden questions are neither stored, flagged nor printed", "[submission]") {
  SubmitFixture fixture;
  json session = complete_session("en", "Hidden", "Answer");
  session["answers"]["isotretinoin"] = false;
  session["answers"]["isotretinoin_last_dose"] = "2026-10-01";      // shown only when isotretinoin
  session["answers"]["previous_reaction"] = "Swelling for a week";  // shown only after micro-needling
  auto id = fixture.submit(session);
  REQUIRE(id.ok());
  const store::Record record = fixture.record(*id);
  const json answers = json::parse(record.answers_json);
  CHECK_FALSE(answers.contains("isotretinoin_last_dose"));
  CHECK_FALSE(answers.contains("previous_reaction"));
  CHECK(answers["isotretinoin"] == false);
  CHECK(record.flags.empty());
  const std::string text = checked_pdf_text(fixture, record);
  CHECK_THAT(text, !ContainsSubstring("When did you take your last dose?"));
  CHECK_THAT(text, !ContainsSubstring("Swelling for a week"));
}

TEST_CASE("a shown date answer raises its flag by the visit date", "[submission]") {
  SubmitFixture fixture;
  json session = complete_session("en", "Iso", "Tretinoin");
  session["answers"]["isotretinoin"] = true;
  session["answers"]["isotretinoin_last_dose"] = "2026-06-01";  // < 6 months before 2026-11-21
  auto id = fixture.submit(session);
  REQUIRE(id.ok());
  const store::Record record = fixture.record(*id);
  CHECK(has_flag(record, "isotretinoin_recent", intake::Severity::stop));
  CHECK(json::parse(record.answers_json)["isotretinoin_last_dose"] == "2026-06-01");
  CHECK_THAT(checked_pdf_text(fixture, record), ContainsSubstring("1 June 2026"));
}

TEST_CASE("the PDF prints the clinic name from the store's settings", "[submission]") {
  SubmitFixture fixture;
  REQUIRE(store::set_setting(fixture.store, "clinic_name", "Clínica Rosales", "test").ok());
  auto id = fixture.submit(complete_session("es", "Ana", "Díaz"));
  REQUIRE(id.ok());
  CHECK_THAT(checked_pdf_text(fixture, fixture.record(*id)), ContainsSubstring("Clínica Rosales"));
}

TEST_CASE("the check code is recomputed from the stored record and changes with any stored field",
          "[submission]") {
  SubmitFixture fixture;
  auto id = fixture.submit(complete_session("en", "Check", "Code"));
  REQUIRE(id.ok());
  store::Record record = fixture.record(*id);
  const std::string code = record_check_code(record);
  CHECK(code.size() == 9);
  CHECK(code[4] == '-');
  CHECK_THAT(pdf_text_flat(fixture.pdf(*id), fixture.tmp.path()), ContainsSubstring(code));
  json answers = json::parse(record.answers_json);
  answers["pregnant"] = true;
  record.answers_json = answers.dump();
  CHECK(record_check_code(record) != code);
  CHECK(verification_qr_payload(*id, code) == "INTAKE:" + *id + ":" + code);
}

TEST_CASE("each refused session stores nothing and says why in one sentence without patient data",
          "[submission]") {
  struct Case {
    const char* what;
    std::function<void(json&)> change;
    int code;
    const char* says;
  };
  const std::vector<Case> cases = {
      {"missing required answer", [](json& s) { s["answers"].erase("pregnant"); }, kExitAnswersMissing,
       "Required answers are missing: pregnant."},
      {"no signature", [](json& s) { s["signature"]["strokes"] = json::array(); }, kExitSignatureMissing,
       "There is no patient signature."},
      {"too small signature",
       [](json& s) {
         s["signature"]["strokes"] = {{{400, 150, 0}, {404, 151, 16}, {407, 149, 32}}};
       },
       kExitSignatureInvalid, "too small"},
      {"consent not accepted", [](json& s) { s["consent"]["accepted"] = false; }, kExitConsentIncomplete,
       "The consent document was not accepted."},
      {"consent not certified", [](json& s) { s["consent"]["certified"] = false; }, kExitConsentIncomplete,
       "certify"},
      {"a consent section not initialled",
       [](json& s) {
         s["consent"]["sections"] = {{{"id", "procedure"}, {"initialled_at", "2026-11-21T10:41:05+01:00"}}};
       },
       kExitConsentIncomplete, "Consent sections not initialled: benefits, risks"},
      {"no photo consent answer", [](json& s) { s["consent"].erase("photo_consent"); },
       kExitConsentIncomplete, "photo consent"},
      {"no initials", [](json& s) { s["consent"]["initials"] = " "; }, kExitConsentIncomplete,
       "consent.initials"},
      {"unknown form", [](json& s) { s["form"] = "laser_hair"; }, kExitUnknownForm,
       "There is no valid form 'laser_hair'."},
      {"language not offered", [](json& s) { s["language"] = "de"; }, kExitLanguageNotOffered, "not offered"},
      {"minor without guardian", [](json& s) { s["patient"]["date_of_birth"] = "2010-06-01"; },
       kExitGuardianRequired, "guardian"},
      {"minor without guardian signature",
       [](json& s) {
         s = minor_session("Secretgiven", "Secretfamily");
         s.erase("guardian_signature");
       },
       kExitGuardianRequired, "the guardian must sign"},
      {"minor with a too small guardian signature",
       [](json& s) {
         s = minor_session("Secretgiven", "Secretfamily");
         s["guardian_signature"]["strokes"] = {{{1, 1, 0}, {2, 2, 9}}};
       },
       kExitSignatureInvalid, "The guardian signature is too small to be a signature."},
      {"guardian for an adult",
       [](json& s) {
         s["guardian"] = {{"name", "Marta"}, {"relationship", "mother"}};
       },
       kExitGuardianNotExpected, "adult"},
      {"guardian signature for an adult", [](json& s) { s["guardian_signature"] = signature_json(); },
       kExitGuardianNotExpected, "adult"},
      {"wrong-typed answer", [](json& s) { s["answers"]["pregnant"] = "no"; }, kExitAnswerInvalid,
       "'pregnant'"},
      {"date answer in the future",
       [](json& s) {
         s["answers"]["isotretinoin"] = true;
         s["answers"]["isotretinoin_last_dose"] = "2026-12-01";
       },
       kExitAnswerInvalid, "'isotretinoin_last_dose' is a date in the future"},
      {"no phone", [](json& s) { s["patient"]["phone"] = ""; }, kExitIdentityIncomplete,
       "patient.phone is missing."},
      {"born after the visit", [](json& s) { s["patient"]["date_of_birth"] = "2027-01-01"; },
       kExitIdentityIncomplete, "patient.date_of_birth is in the future."},
      {"a newline in a name", [](json& s) { s["patient"]["family_name"] = "Secret\nfamily"; },
       kExitIdentityIncomplete, "patient.family_name contains a line break"},
      {"signed_at without an offset", [](json& s) { s["signed_at"] = "2026-11-21T10:47:02"; },
       kExitSessionMalformed, "signed_at"},
  };
  SubmitFixture fixture;
  REQUIRE(fixture.submit(complete_session("en", "Kept", "Record")).ok());  // the store is not empty
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.what) {
      json session = complete_session("en", "Secretgiven", "Secretfamily");
      c.change(session);
      auto id = fixture.submit(session);
      REQUIRE_FALSE(id.ok());
      CHECK(id.error().code == c.code);
      CHECK_THAT(id.error().message, ContainsSubstring(c.says));
      CHECK_THAT(id.error().message, !ContainsSubstring("Secret"));
      CHECK(record_count(fixture.store) == 1);
    }
  }
}

TEST_CASE("the archived PDF is reproduced byte for byte from the stored record", "[submission][rerender]") {
  SubmitFixture fixture;
  REQUIRE(store::set_setting(fixture.store, "clinic_name", "Clínica Rosales", "test").ok());
  json adult = complete_session("es", "Zoë", "Łukasiewicz");
  adult["answers"]["isotretinoin"] = true;
  adult["answers"]["isotretinoin_last_dose"] = "2026-06-01";
  adult["answers"]["medications"] = "Vitamina D";
  adult["consent"]["photo_consent"] = true;
  for (const json& session : {adult, minor_session("Lucía", "Quintero")}) {
    auto id = fixture.submit(session);
    REQUIRE(id.ok());
    // The clinic renames itself later: the old record still shows the name it was signed under.
    REQUIRE(store::set_setting(fixture.store, "clinic_name", "Renamed Clinic", "test").ok());
    store::Record record = fixture.record(*id);
    auto input = rebuild_consent_pdf_input(record, shipped_forms());
    REQUIRE(input.ok());
    auto pdf = pdf::render_consent_pdf(*input, source_fonts());
    REQUIRE(pdf.ok());
    // The stored version is libharu's bytes unchanged, followed by the kiosk's signature.
    const std::vector<std::uint8_t> stored = fixture.pdf(*id);
    REQUIRE(stored.size() > pdf->size());
    CHECK(std::equal(pdf->begin(), pdf->end(), stored.begin()));
    CHECK(sha256_hex(stored) == record.pdfs.at(0).sha256);
    wipe_pdf_input(*input);
  }
}

TEST_CASE("a record made with another form version is not re-rendered with the current one",
          "[submission][rerender]") {
  SubmitFixture fixture;
  auto id = fixture.submit(complete_session("en", "Old", "Version"));
  REQUIRE(id.ok());
  store::Record record = fixture.record(*id);
  record.form_version = "2019.1";
  auto input = rebuild_consent_pdf_input(record, shipped_forms());
  REQUIRE_FALSE(input.ok());
  CHECK(input.error().code == kExitUnknownForm);
  CHECK_THAT(input.error().message, ContainsSubstring("version 2019.1"));
}
