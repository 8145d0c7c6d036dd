// Properties the archive relies on: byte-identical re-renders, a file qpdf and poppler accept
// without a warning, small embedded font subsets, honest metadata, and clear errors.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>
#include <regex>

#include <unistd.h>

#include "intake/build_paths.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf_test_support.hpp"
#include "sample_records.hpp"

using namespace intake::pdf;
using namespace intake::pdf::testing;

namespace {

const PdfFonts kFonts = noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR);

std::vector<std::uint8_t> render(const ConsentPdfInput& in) {
  auto pdf = render_consent_pdf(in, kFonts);
  REQUIRE(pdf.ok());
  return std::move(pdf.value());
}

bool contains(const std::vector<std::uint8_t>& bytes, const std::string& needle) {
  return std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end();
}

}  // namespace

TEST_CASE("rendering the same record twice gives byte-identical PDFs", "[pdf][determinism]") {
  for (const ConsentPdfInput& in :
       {samples::english_adult(), samples::spanish_adult(), samples::minor_with_guardian()}) {
    CHECK(render(in) == render(in));
  }
  // No random file identifier that would differ between runs.
  CHECK_FALSE(contains(render(samples::english_adult()), "/ID"));
}

TEST_CASE("the font memfd numbers do not leak into the PDF", "[pdf][determinism]") {
  const std::vector<std::uint8_t> first = render(samples::spanish_adult());
  // Occupy a few descriptors so the next render's memfds get other numbers.
  std::vector<int> held;
  for (int i = 0; i < 5; ++i) held.push_back(::dup(0));
  const std::vector<std::uint8_t> second = render(samples::spanish_adult());
  for (int fd : held) ::close(fd);
  CHECK(first == second);
}

TEST_CASE("qpdf --check and poppler accept every sample without warnings", "[pdf][validity]") {
  TempDir dir;
  int n = 0;
  for (const ConsentPdfInput& in :
       {samples::english_adult(), samples::spanish_adult(), samples::minor_with_guardian()}) {
    const auto path = dir.write("sample" + std::to_string(n++) + ".pdf", render(in));
    const CommandResult check = run_command("qpdf --check " + quoted(path), dir);
    CHECK(check.exit_code == 0);
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
    CHECK(check.err.empty());
    const CommandResult info = run_command("pdfinfo " + quoted(path), dir);
    CHECK(info.exit_code == 0);
    CHECK(info.err.empty());
    const CommandResult text = pdf_text(path, dir);
    CHECK(text.exit_code == 0);
    CHECK(text.err.empty());  // e.g. no "Invalid 'begincidrange' operator in ToUnicode CMap"
    const CommandResult fonts = run_command("pdffonts " + quoted(path), dir);
    CHECK(fonts.err.empty());
  }
}

TEST_CASE("document information carries the record's time and no patient name", "[pdf][metadata]") {
  TempDir dir;
  const auto path = dir.write("record.pdf", render(samples::english_adult()));
  const CommandResult info = run_command("pdfinfo -isodates " + quoted(path), dir);
  CHECK(info.out.find("Producer:        intake-kiosk") != std::string::npos);
  CHECK(info.out.find("CreationDate:    2026-11-21T10:38:12+01") != std::string::npos);
  CHECK(info.out.find("Title:           Micro-needling consent and health record · R-20261121-7F3K9Q") !=
        std::string::npos);
  CHECK(info.out.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
  CHECK(info.out.find("Łukasiewicz") == std::string::npos);
}

TEST_CASE("font subsetting keeps a typical record small", "[pdf][size]") {
  TempDir dir;
  const std::vector<std::uint8_t> typical = render(samples::english_adult());
  // Whole Noto Sans Regular + Bold would be over 1 MB; a guard, not a benchmark.
  CHECK(typical.size() < 150 * 1024);
  const auto path = dir.write("record.pdf", typical);
  const CommandResult fonts = run_command("pdffonts " + quoted(path), dir);
  // Both faces embedded as subsets ("emb yes, sub yes") with a Unicode map ("uni yes").
  CHECK(std::regex_search(fonts.out,
                          std::regex(R"(\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes)")));
  CHECK(std::regex_search(
      fonts.out, std::regex(R"(\+NotoSans-Bold(,Bold)?\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes)")));
}

TEST_CASE("a record that cannot be rendered faithfully is refused with one clear sentence", "[pdf][errors]") {
  ConsentPdfInput no_strokes = samples::english_adult();
  no_strokes.patient_signature.strokes.clear();
  auto r1 = render_consent_pdf(no_strokes, kFonts);
  REQUIRE_FALSE(r1.ok());
  CHECK(r1.error().message == "The patient's signature has no strokes.");

  ConsentPdfInput no_offset = samples::english_adult();
  no_offset.created_at = "2026-11-21 10:38";
  auto r2 = render_consent_pdf(no_offset, kFonts);
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.error().message == "The record's creation time is not an ISO 8601 time with an offset.");

  ConsentPdfInput bad_point = samples::english_adult();
  bad_point.patient_signature.strokes[0][3].x = std::nan("");
  CHECK_FALSE(render_consent_pdf(bad_point, kFonts).ok());

  auto r3 = render_consent_pdf(samples::english_adult(),
                               PdfFonts{"/nonexistent/NotoSans-Regular.ttf", kFonts.bold});
  REQUIRE_FALSE(r3.ok());
  CHECK(r3.error().message.find("could not be read") != std::string::npos);
  CHECK(r3.error().message.find("Łukasiewicz") == std::string::npos);
}

TEST_CASE("the reviewed version adds a review page and leaves the signed pages as they were",
          "[pdf][review]") {
  TempDir dir;
  const ConsentPdfInput in = samples::english_adult();
  const std::vector<std::uint8_t> original = render(in);
  auto reviewed = render_reviewed_pdf(in, samples::sample_review(), kFonts);
  REQUIRE(reviewed.ok());
  const auto original_path = dir.write("original.pdf", original);
  const auto reviewed_path = dir.write("reviewed.pdf", *reviewed);

  const auto pages = [&](const std::filesystem::path& p) {
    std::smatch m;
    const std::string out = run_command("pdfinfo " + quoted(p), dir).out;
    REQUIRE(std::regex_search(out, m, std::regex(R"(Pages:\s+(\d+))")));
    return std::stoi(m[1]);
  };
  const CommandResult check = run_command("qpdf --check " + quoted(reviewed_path), dir);
  CHECK(check.exit_code == 0);
  CHECK(check.err.empty());
  CHECK(pdf_text(reviewed_path, dir).err.empty());
  const int original_pages = pages(original_path);
  REQUIRE(pages(reviewed_path) == original_pages + 1);

  const std::string of_original = " of " + std::to_string(original_pages);
  const std::string of_reviewed = " of " + std::to_string(original_pages + 1);
  for (int page = 1; page <= original_pages; ++page) {
    std::string a = pdf_text(original_path, dir, page).out;
    std::string b = pdf_text(reviewed_path, dir, page).out;
    b.replace(b.find(of_reviewed), of_reviewed.size(), of_original);
    INFO("page " << page);
    CHECK(a == b);
  }
  const std::string review_page = pdf_text(reviewed_path, dir, original_pages + 1).out;
  CHECK(review_page.find("Practitioner review") != std::string::npos);
  CHECK(review_page.find("Treat with changes") != std::string::npos);
  CHECK(review_page.find("Dr Mara Vidal") != std::string::npos);
  CHECK(review_page.find("Practitioner's review") != std::string::npos);
  CHECK(review_page.find("Sat 21 Nov 2026, 11:20 CET") != std::string::npos);
  // Rendering the review did not disturb the original rendering.
  CHECK(render(in) == original);
}
