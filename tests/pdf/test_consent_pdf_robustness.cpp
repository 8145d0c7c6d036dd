// The renderer runs inside the kiosk: it must never crash on odd input, never leave a file
// descriptor (the font memfds) behind, and never write a file.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <random>

#include "child_environment.hpp"
#include "intake/build_paths.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf/input_strings.hpp"
#include "pdf_test_support.hpp"
#include "sample_records.hpp"

using namespace intake::pdf;
using namespace intake::pdf::testing;
using intake::test::ChildRun;
using intake::test::ReportLine;
using intake::test::run_in_child;
namespace fs = std::filesystem;

namespace {

const PdfFonts kFonts = noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR);

std::size_t open_descriptors() {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator("/proc/self/fd")) ++count;
  return count;
}

}  // namespace

TEST_CASE("arbitrary bytes in every text field never crash the renderer", "[pdf][robustness]") {
  std::mt19937 random(20261121);  // fixed seed: a failure can be replayed
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 300);
  for (int round = 0; round < 20; ++round) {
    ConsentPdfInput in = samples::minor_with_guardian();
    const std::string created = in.created_at;
    const std::string signed_at = in.patient_signature.signed_at;
    const std::string guardian_signed = in.guardian_signature->signed_at;
    const std::string qr = in.qr_payload;
    for_each_string(in, [&](std::string& s) {
      s.clear();
      const int n = length(random);
      for (int i = 0; i < n; ++i) s.push_back(static_cast<char>(byte(random)));
    });
    // Keep the few fields that are validated, so the layout code really runs on the noise.
    in.created_at = created;
    in.patient_signature.signed_at = signed_at;
    in.guardian_signature->signed_at = guardian_signed;
    if (in.qr_payload.empty()) in.qr_payload = qr;
    auto pdf = render_consent_pdf(in, kFonts);
    INFO("round " << round);
    CHECK(pdf.ok());
  }
}

TEST_CASE("rendering closes its font memfds and writes no file", "[pdf][robustness]") {
  TempDir watched;
  // A child with its own TMPDIR, so any file the renderer wrote "temporarily" would land where
  // the test looks; this process's environment stays as it was.
  const ChildRun child = run_in_child({{"TMPDIR", watched.path().string()}}, [&](const ReportLine& report) {
    const std::size_t before = open_descriptors();
    for (int i = 0; i < 3; ++i)
      if (!render_consent_pdf(samples::english_adult(), kFonts).ok())
        report("render " + std::to_string(i) + " failed");
    auto failed = render_consent_pdf(samples::english_adult(), PdfFonts{kFonts.regular, "/nope.ttf"});
    if (failed.ok()) report("a missing font file did not fail the render");
    const std::size_t after = open_descriptors();
    if (after != before)
      report(std::to_string(before) + " descriptors open before, " + std::to_string(after) + " after");
    return 0;
  });
  INFO(child.joined());
  REQUIRE(child.exit_code == 0);
  CHECK(child.lines.empty());
  CHECK(fs::is_empty(watched.path()));
}
