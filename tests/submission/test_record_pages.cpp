// The stored PDF drawn as page pictures for the staff record view: a record submitted
// through the real path, read back through the store (audited as a view), drawn by poppler-cpp
// from memory, and compared with what poppler's own pdfinfo and pdftoppm make of the same bytes.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "page_pixels.hpp"
#include "pdf/pdf_page_images.hpp"
#include "staff/record_pages.hpp"
#include "store/audit.hpp"
#include "store/store_error.hpp"
#include "submit_fixture.hpp"

using namespace intake;
using namespace intake::submission::test;
using intake::testing::dark_share;
using intake::testing::opaque;
using intake::testing::white_share;

namespace {

std::filesystem::path write_pdf(const std::vector<std::uint8_t>& bytes, const std::filesystem::path& dir) {
  const auto path = dir / "record.pdf";
  std::ofstream file(path, std::ios::binary);
  file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return path;
}

int pdfinfo_pages(const std::filesystem::path& pdf) {
  const Shell shell = run_shell("pdfinfo " + quoted(pdf));
  REQUIRE(shell.exit_code == 0);
  const auto at = shell.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::atoi(shell.out.c_str() + at + 6);
}

// pdftoppm's picture of one page at `width` pixels, as RGBA (its PPM output has no alpha).
RgbaImage pdftoppm_page(const std::filesystem::path& pdf, int page, int width,
                        const std::filesystem::path& dir) {
  const auto stem = dir / ("page" + std::to_string(page));
  const Shell shell = run_shell("pdftoppm -singlefile -f " + std::to_string(page) + " -l " +
                                std::to_string(page) + " -scale-to-x " + std::to_string(width) +
                                " -scale-to-y -1 " + quoted(pdf) + " " + quoted(stem));
  REQUIRE(shell.exit_code == 0);
  std::ifstream file(stem.string() + ".ppm", std::ios::binary);
  std::string magic;
  int w = 0, h = 0, max = 0;
  file >> magic >> w >> h >> max;
  file.get();
  REQUIRE(magic == "P6");
  REQUIRE(max == 255);
  RgbaImage image{w, h, {}};
  image.pixels.reserve(static_cast<std::size_t>(w) * h * 4);
  for (int i = 0; i < w * h; ++i) {
    char rgb[3];
    file.read(rgb, 3);
    for (char c : rgb) image.pixels.push_back(static_cast<std::uint8_t>(c));
    image.pixels.push_back(255);
  }
  REQUIRE(file);
  return image;
}

// Mean absolute difference per channel, 0 (same) to 255, over the rows both pictures have (the
// two round the page's height to whole pixels differently, by at most one).
double mean_difference(const RgbaImage& a, const RgbaImage& b) {
  REQUIRE(a.width == b.width);
  REQUIRE(std::abs(a.height - b.height) <= 1);
  const std::size_t bytes = static_cast<std::size_t>(a.width) * std::min(a.height, b.height) * 4;
  double sum = 0;
  for (std::size_t i = 0; i < bytes; ++i)
    sum += std::abs(static_cast<int>(a.pixels[i]) - static_cast<int>(b.pixels[i]));
  return sum / static_cast<double>(bytes);
}

int count_action(const std::vector<store::AuditEntry>& entries, const std::string& action,
                 const std::string& actor) {
  int count = 0;
  for (const auto& entry : entries) count += entry.action == action && entry.actor == actor ? 1 : 0;
  return count;
}

}  // namespace

TEST_CASE("a stored record's PDF is drawn page by page from memory, audited as a view",
          "[submission][pages]") {
  SubmitFixture f;
  auto id = f.submit(complete_session("en", "Ana", "Díaz"));
  REQUIRE(id);
  const std::vector<std::uint8_t> stored = f.pdf(*id);
  const auto pdf_path = write_pdf(stored, f.tmp.path());
  const int expected_pages = pdfinfo_pages(pdf_path);
  REQUIRE(expected_pages >= 2);

  auto before = store::audit_entries_for_record(f.store, *id);
  REQUIRE(before);
  auto drawn = staff::render_record_pages(f.store, *id, 1, 1000, "staff:Lucía Prat");
  INFO((drawn ? std::string() : drawn.error().message));
  REQUIRE(drawn);
  CHECK(drawn->version == 1);
  CHECK(drawn->kind == "patient_signed");
  REQUIRE(static_cast<int>(drawn->pages.size()) == expected_pages);
  for (const RgbaImage& page : drawn->pages) {
    CHECK(page.width == 1000);
    CHECK(page.height >= 1410);  // A4 (595 x 842 pt) is 1.414 times as tall as wide
    CHECK(page.height <= 1416);
    CHECK(page.pixels.size() == static_cast<std::size_t>(page.width) * page.height * 4);
    CHECK(opaque(page));
    // A printed page: mostly white paper, some dark text; never a blank (or black) picture.
    CHECK(dark_share(page) > 0.002);
    CHECK(dark_share(page) < 0.25);
    CHECK(white_share(page) > 0.6);
  }
  // The same bytes as poppler's own command-line renderer draws them.
  const RgbaImage reference = pdftoppm_page(pdf_path, 1, 1000, f.tmp.path());
  CHECK(mean_difference(drawn->pages[0], reference) < 3.0);

  // One more "record.view" by the staff member: reading the PDF to show it is a view.
  auto after = store::audit_entries_for_record(f.store, *id);
  REQUIRE(after);
  CHECK(count_action(*after, store::audit_action::kRecordView, "staff:Lucía Prat") ==
        count_action(*before, store::audit_action::kRecordView, "staff:Lucía Prat") + 1);

  secure_wipe(drawn->pages);
  CHECK(drawn->pages.empty());
}

TEST_CASE("page pictures follow the width asked for, within limits", "[submission][pages]") {
  SubmitFixture f;
  auto id = f.submit(complete_session("es", "Inés", "Mora"));
  REQUIRE(id);
  std::vector<std::uint8_t> stored = f.pdf(*id);
  auto small = pdf::render_pdf_pages(stored, 400);
  REQUIRE(small);
  CHECK(small->front().width == 400);
  CHECK(dark_share(small->front()) > 0.002);
  auto too_wide = pdf::render_pdf_pages(stored, pdf::kMaxPageWidthPx + 1);
  REQUIRE_FALSE(too_wide);
  CHECK(too_wide.error().message == "A page width of 2401 pixels is outside 64 to 2400.");
  CHECK_FALSE(pdf::render_pdf_pages(stored, 0));
  secure_wipe(small.value());
  secure_wipe(stored);
}

TEST_CASE("what cannot be drawn is an error in one sentence, never a crash", "[submission][pages]") {
  const std::string text = "This is a note, not a PDF at all; nothing to draw here.";
  const std::vector<std::uint8_t> not_pdf(text.begin(), text.end());
  auto drawn = pdf::render_pdf_pages(not_pdf, 800);
  REQUIRE_FALSE(drawn);
  CHECK(drawn.error().message == "The PDF could not be opened for display.");
  CHECK_FALSE(pdf::render_pdf_pages({}, 800));

  SubmitFixture f;
  auto missing = staff::render_record_pages(f.store, "R-20261121-7F3K9Q", 1, 800, "staff:Lucía Prat");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == store::kExitNotFound);
}
