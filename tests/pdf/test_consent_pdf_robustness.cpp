// The renderer runs inside the kiosk: it must never crash on odd input, never leave a file
// descriptor (the font memfds) behind, and never write a file.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <random>

#include "intake/build_paths.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf/input_strings.hpp"
#include "pdf_test_support.hpp"
#include "sample_records.hpp"

using namespace intake::pdf;
using namespace intake::pdf::testing;
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
  const std::size_t before = open_descriptors();
  TempDir watched;
  const char* previous = std::getenv("TMPDIR");
  ::setenv("TMPDIR", watched.path().c_str(), 1);
  for (int i = 0; i < 3; ++i) REQUIRE(render_consent_pdf(samples::english_adult(), kFonts).ok());
  auto failed = render_consent_pdf(samples::english_adult(), PdfFonts{kFonts.regular, "/nope.ttf"});
  CHECK_FALSE(failed.ok());
  if (previous)
    ::setenv("TMPDIR", previous, 1);
  else
    ::unsetenv("TMPDIR");
  CHECK(open_descriptors() == before);
  CHECK(fs::is_empty(watched.path()));
}
