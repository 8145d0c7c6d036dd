// What the clinic files must be readable back: every block of the record extracts as text.
#include <catch2/catch_test_macros.hpp>

#include <regex>

#include "intake/build_paths.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf_test_support.hpp"
#include "sample_records.hpp"

using namespace intake::pdf;
using namespace intake::pdf::testing;

namespace {

const PdfFonts kFonts = noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR);

// Text in content-stream order with all whitespace runs collapsed, so wrapped paragraphs
// read as one line.
std::string flat_text(const ConsentPdfInput& input, const TempDir& dir) {
  auto pdf = render_consent_pdf(input, kFonts);
  REQUIRE(pdf.ok());
  const auto path = dir.write("record.pdf", *pdf);
  const CommandResult r = run_command("pdftotext -raw -enc UTF-8 " + quoted(path) + " -", dir);
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.err.empty());
  return std::regex_replace(r.out, std::regex("\\s+"), " ");
}

std::string flat(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

}  // namespace

TEST_CASE("every block of an English record extracts as text", "[pdf][content]") {
  TempDir dir;
  const ConsentPdfInput in = samples::english_adult();
  const std::string text = flat_text(in, dir);

  // Header
  CHECK(text.find(in.clinic_name) != std::string::npos);
  CHECK(text.find(in.document_title) != std::string::npos);
  CHECK(text.find(in.document_id) != std::string::npos);
  CHECK(text.find("microneedling · v3") != std::string::npos);
  CHECK(text.find("Recorded Sat 21 Nov 2026, 10:38 CET") != std::string::npos);
  // Staff flag summary, most severe first
  CHECK(text.find("For staff: flags raised by the screening rules (3)") != std::string::npos);
  for (const FlagSummary& flag : in.flags) {
    CHECK(text.find(flag.code) != std::string::npos);
    CHECK(text.find(flat(flag.staff_message)) != std::string::npos);
  }
  // Identity
  CHECK(text.find("Zoë Łukasiewicz") != std::string::npos);
  CHECK(text.find("10 May 1990") != std::string::npos);
  CHECK(text.find(in.patient.phone) != std::string::npos);
  CHECK(text.find(in.patient.email) != std::string::npos);
  // Every shown question with its answer; flagged ones carry their severity
  for (const AnswerEntry& a : in.answers) {
    CHECK(text.find(flat(a.question)) != std::string::npos);
    CHECK(text.find(flat(a.answer)) != std::string::npos);
  }
  CHECK(text.find("REVIEW anticoagulants") != std::string::npos);
  CHECK(text.find("NOTE other_allergies") != std::string::npos);
  // The consent exactly as shown, each section with initials and time
  for (const ConsentSection& s : in.consent_sections) {
    CHECK(text.find(flat(s.title)) != std::string::npos);
    for (const TextBlock& part : s.body) CHECK(text.find(flat(part.text)) != std::string::npos);
  }
  CHECK(text.find("Initialled ZŁ at Sat 21 Nov 2026, 10:41 CET") != std::string::npos);
  CHECK(text.find("Initialled ZŁ at Sat 21 Nov 2026, 10:43 CET") != std::string::npos);
  // Photo consent, certification, signature manifestation
  CHECK(text.find("Photographs") != std::string::npos);
  CHECK(text.find(flat(std::string(
            "I agree that photographs of the treated area may be taken for my clinical record. Yes"))) !=
        std::string::npos);
  CHECK(text.find(flat(in.certification_statement)) != std::string::npos);
  CHECK(text.find("Printed name Zoë Łukasiewicz") != std::string::npos);
  CHECK(text.find("Signed Sat 21 Nov 2026, 10:47 CET") != std::string::npos);
  CHECK(text.find("Meaning Patient's consent to treatment") != std::string::npos);
  // Integrity block
  CHECK(text.find("Verification code 7F3K-9Q2M") != std::string::npos);
  CHECK(text.find(in.consent_sha256_hex) != std::string::npos);
  // Aftercare patient copy
  CHECK(text.find("Patient copy · Harbourside Skin Studio") != std::string::npos);
  CHECK(text.find(in.aftercare_title) != std::string::npos);
  for (const AftercareSection& s : in.aftercare) {
    CHECK(text.find(s.title) != std::string::npos);
    for (const TextBlock& part : s.body) CHECK(text.find(flat(part.text)) != std::string::npos);
  }
}

TEST_CASE("Unicode names render and extract exactly", "[pdf][content][unicode]") {
  TempDir dir;
  const std::string es = flat_text(samples::spanish_adult(), dir);
  CHECK(es.find("Nguyễn Thị Ánh") != std::string::npos);
  const std::string en = flat_text(samples::english_adult(), dir);
  CHECK(en.find("Zoë Łukasiewicz") != std::string::npos);
  const std::string minor = flat_text(samples::minor_with_guardian(), dir);
  CHECK(minor.find("Name Ελένη Smith") != std::string::npos);
  CHECK(minor.find("Name Ольга Smith") != std::string::npos);  // the guardian
  CHECK(minor.find("Printed name Ελένη Smith") != std::string::npos);
  CHECK(minor.find("Printed name Ольга Smith") != std::string::npos);
}

TEST_CASE("a Spanish record prints patient labels in Spanish and English renderings for staff",
          "[pdf][content][es]") {
  TempDir dir;
  const ConsentPdfInput in = samples::spanish_adult();
  const std::string text = flat_text(in, dir);
  CHECK(text.find("Página 1 de ") != std::string::npos);
  CHECK(text.find("Cuestionario de salud") != std::string::npos);
  CHECK(text.find("Consentimiento para el tratamiento") != std::string::npos);
  CHECK(text.find("¿Está embarazada o podría estarlo?") != std::string::npos);
  CHECK(text.find("Are you pregnant, or could you be?") != std::string::npos);  // for staff
  CHECK(text.find("Iniciales NTA · sáb 21 nov 2026, 11:02 CET") != std::string::npos);
  CHECK(text.find("Fotografías") != std::string::npos);
  CHECK(text.find("Significado Consentimiento del paciente al tratamiento") != std::string::npos);
  CHECK(text.find("Cuidados después de la micropunción") != std::string::npos);
  CHECK(text.find("Copia para el paciente") != std::string::npos);
}

TEST_CASE("a minor's record shows the guardian and both signatures", "[pdf][content][guardian]") {
  TempDir dir;
  const std::string text = flat_text(samples::minor_with_guardian(), dir);
  CHECK(text.find("Parent or legal guardian") != std::string::npos);
  CHECK(text.find("Relationship mother") != std::string::npos);
  CHECK(text.find("STOP minor") != std::string::npos);
  CHECK(text.find("Parent or legal guardian (mother)") != std::string::npos);
  CHECK(text.find("Meaning Guardian's consent to the treatment of a minor") != std::string::npos);
}

TEST_CASE("characters the font lacks print as '?' and broken UTF-8 as U+FFFD, never failing",
          "[pdf][content]") {
  TempDir dir;
  ConsentPdfInput in = samples::english_adult();
  in.patient.family_name = "Smith \xF0\x9F\x98\x80";  // an emoji: outside the font
  in.answers[12].answer = "bad \xC3 byte";            // invalid UTF-8
  const std::string text = flat_text(in, dir);
  CHECK(text.find("Zoë Smith ?") != std::string::npos);
  CHECK(text.find("bad \xEF\xBF\xBD byte") != std::string::npos);
}
