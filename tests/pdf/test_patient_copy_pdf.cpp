// The two renderings of one record, read back with poppler's tools: the patient's copy holds
// nothing meant for staff; both carry the clinic's identity on every page, on A4 and Letter.
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

std::filesystem::path write(const TempDir& dir, const std::string& name,
                            const intake::Result<std::vector<std::uint8_t>>& pdf) {
  REQUIRE(pdf.ok());
  return dir.write(name, *pdf);
}

int page_count(const std::filesystem::path& path, const TempDir& dir) {
  const CommandResult info = run_command("pdfinfo " + quoted(path), dir);
  std::smatch m;
  REQUIRE(std::regex_search(info.out, m, std::regex(R"(Pages:\s+(\d+))")));
  return std::stoi(m[1]);
}

std::string page_size(const std::filesystem::path& path, const TempDir& dir) {
  const CommandResult info = run_command("pdfinfo " + quoted(path), dir);
  std::smatch m;
  REQUIRE(std::regex_search(info.out, m, std::regex(R"(Page size:\s+([0-9.]+ x [0-9.]+) pts)")));
  return m[1];
}

std::string flat(std::string text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

// Text in content-stream order, whitespace collapsed: wrapped paragraphs read as one line.
std::string raw_text(const std::filesystem::path& path, const TempDir& dir) {
  const CommandResult r = run_command("pdftotext -raw -enc UTF-8 " + quoted(path) + " -", dir);
  REQUIRE(r.exit_code == 0);
  return flat(r.out);
}

ConsentPdfInput flagged_spanish() {
  ConsentPdfInput in = samples::spanish_adult();
  in.flags.push_back({"pregnancy", intake::Severity::stop,
                      "Pregnant or possibly pregnant: not done in pregnancy.", "Pregnant"});
  in.consent_statement =
      "Doy mi consentimiento para la micropunción de cara y cuello en Harbourside Skin Studio.";
  in.stop_notice = "Un profesional debe hablar con usted antes de cualquier tratamiento.";
  in.signature_intent = "Firmar aquí con el dedo es su firma electrónica.";
  return in;
}

}  // namespace

TEST_CASE("the patient copy holds no flag, staff message, code or hash", "[pdf][patient_copy]") {
  TempDir dir;
  for (const ConsentPdfInput& in : {samples::english_adult(), flagged_spanish()}) {
    INFO("language " << in.language);
    const auto path = write(dir, "copy-" + in.language + ".pdf", render_patient_copy_pdf(in, kFonts));
    const std::string text = raw_text(path, dir);
    for (const FlagSummary& flag : in.flags) {
      CHECK(text.find(flag.code) == std::string::npos);
      CHECK(text.find(flat(flag.staff_message)) == std::string::npos);
      if (!flag.label.empty()) CHECK(text.find(flag.label) == std::string::npos);
    }
    CHECK(text.find(in.consent_sha256_hex) == std::string::npos);
    CHECK(text.find(in.verification_code) == std::string::npos);
    CHECK(text.find("SHA-256") == std::string::npos);
    CHECK(text.find("For staff") == std::string::npos);
    CHECK(text.find("Staff:") == std::string::npos);
    // What the patient saw and signed is all there, with the aftercare and whom to call.
    CHECK(text.find(in.patient_signature.printed_name) != std::string::npos);
    CHECK(text.find(flat(in.certification_statement)) != std::string::npos);
    CHECK(text.find(in.clinic_out_of_hours_phone) != std::string::npos);
    for (const AnswerEntry& answer : in.answers) CHECK(text.find(flat(answer.question)) != std::string::npos);
    if (in.language == "es") {
      // No English renderings for staff in a Spanish patient's copy.
      CHECK(text.find("Are you pregnant, or could you be?") == std::string::npos);
      CHECK(text.find(in.consent_statement) != std::string::npos);
      CHECK(text.find(in.stop_notice) != std::string::npos);
      CHECK(text.find(in.signature_intent) != std::string::npos);  // as beside the pad
    }
  }
  // The archive keeps everything for staff.
  const ConsentPdfInput in = flagged_spanish();
  const std::string archive = raw_text(write(dir, "archive.pdf", render_consent_pdf(in, kFonts)), dir);
  CHECK(archive.find("Pregnant") != std::string::npos);
  CHECK(archive.find(in.verification_code) != std::string::npos);
}

TEST_CASE("the patient copy is the same bytes each time it is made", "[pdf][patient_copy]") {
  const ConsentPdfInput in = samples::english_adult();
  auto first = render_patient_copy_pdf(in, kFonts);
  auto second = render_patient_copy_pdf(in, kFonts);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(*first == *second);
}

TEST_CASE("both renderings carry the clinic and the footer on every page, on A4 and Letter", "[pdf][paper]") {
  TempDir dir;
  int a4_pages = 0, letter_pages = 0;
  for (PaperSize paper : {PaperSize::a4, PaperSize::letter}) {
    ConsentPdfInput in = samples::long_consent(6);
    in.clinic_phone = "+1 617 555 0100";
    in.paper_size = paper;
    const std::string size = paper == PaperSize::letter ? "612 x 792" : "595.276 x 841.89";
    const std::string tag = paper == PaperSize::letter ? "letter" : "a4";
    for (bool patient_copy : {false, true}) {
      INFO(tag << (patient_copy ? " patient copy" : " archive"));
      const auto path =
          write(dir, tag + (patient_copy ? "-copy.pdf" : "-archive.pdf"),
                patient_copy ? render_patient_copy_pdf(in, kFonts) : render_consent_pdf(in, kFonts));
      CHECK(page_size(path, dir) == size);
      const int pages = page_count(path, dir);
      CHECK(pages >= 3);
      if (!patient_copy) (paper == PaperSize::letter ? letter_pages : a4_pages) = pages;
      for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const std::string text = pdf_text(path, dir, page).out;
        CHECK(text.find(in.clinic_name) != std::string::npos);
        CHECK(text.find(in.clinic_phone) != std::string::npos);
        CHECK(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)) !=
              std::string::npos);
        CHECK(text.find(in.document_id) != std::string::npos);
      }
    }
  }
  // Letter is shorter than A4: the same record takes at least as many pages.
  CHECK(letter_pages >= a4_pages);
}
