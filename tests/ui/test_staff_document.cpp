// The record view's "Signed document": the stored PDF's pages, drawn from the stored
// bytes by poppler through the real record screen over a real store, with the headless kiosk's
// in-memory textures standing in for the GPU, so the test reads what was shown.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "page_pixels.hpp"
#include "staff_steps.hpp"
#include "store/record_read.hpp"

using namespace intake;
using namespace intake::testing;

namespace {

// How many pages poppler's pdfinfo counts in a stored version (fake patient, test folder).
int stored_page_count(StaffKiosk& setup, const std::string& id, int version) {
  auto pdf = store::read_record_pdf(setup.store, id, version, store::PdfAccess::view, "test");
  REQUIRE(pdf);
  const auto path = setup.tmp / ("v" + std::to_string(version) + ".pdf");
  {
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(pdf->bytes.data()),
               static_cast<std::streamsize>(pdf->bytes.size()));
  }
  const auto shell = submission::test::run_shell("pdfinfo " + submission::test::quoted(path));
  REQUIRE(shell.exit_code == 0);
  const auto at = shell.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::atoi(shell.out.c_str() + at + 6);
}

// Every picture on "screen" looks like a printed page drawn for a column of the record view.
void check_pages_look_printed(const MemoryTextures& textures) {
  for (const auto& [id, page] : textures.live) {
    CHECK(page.width >= 900);  // the column at 1920x1080, not a thumbnail
    CHECK(page.width <= 1300);
    CHECK(std::abs(page.height - page.width * 842.0 / 595.0) <= 2.0);  // A4
    CHECK(dark_share(page) > 0.002);                                   // text
    CHECK(white_share(page) > 0.6);                                    // paper
  }
}

// Drags the pages up until `text` is on screen (at most `tries` drags).
bool scroll_pages_to(HeadlessKiosk& kiosk, const std::string& text, int tries = 20) {
  for (int i = 0; i < tries && !kiosk.shows(text); ++i) kiosk.drag(600, 950, 600, 350);
  return kiosk.shows(text);
}

}  // namespace

TEST_CASE("the signed document shows the stored pages, each review version too, and gives every texture back",
          "[ui][staff][document]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string id = setup.check_in("Inés", "Mora", "pregnant");
  const int signed_pages = stored_page_count(setup, id, 1);
  REQUIRE(signed_pages >= 2);

  HeadlessKiosk& kiosk = setup.kiosk;
  const MemoryTextures& textures = kiosk.textures();
  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("Inés Mora"));
  // Nothing is drawn until staff ask for the document.
  CHECK(kiosk.shows("STOP  Pregnant"));
  CHECK(textures.count() == 0);
  CHECK(kiosk.find("record/document/show_details")->selected);

  REQUIRE(kiosk.tap("record/document/show_document"));
  INFO(kiosk.describe_items());
  CHECK(kiosk.find("record/document/show_document")->selected);
  CHECK(kiosk.find("record/document/version_1")->selected);
  CHECK(kiosk.shows("Signed by the patient, "));
  CHECK(kiosk.shows("Signature valid"));  // the stored bytes' digital signature checked out
  REQUIRE(static_cast<int>(textures.count()) == signed_pages);
  CHECK(kiosk.shows("Page 1 of " + std::to_string(signed_pages)));
  CHECK_FALSE(textures.drawn.empty());  // the first page is on screen
  CHECK(textures.drawn.count(textures.live.begin()->first) == 1);
  check_pages_look_printed(textures);
  CHECK_FALSE(kiosk.shows("STOP  Pregnant"));  // the details make room for the pages

  // The pages scroll with a finger, to the last one.
  const std::string last_page =
      "Page " + std::to_string(signed_pages) + " of " + std::to_string(signed_pages);
  CHECK(scroll_pages_to(kiosk, last_page));
  CHECK(textures.drawn.count(textures.live.rbegin()->first) == 1);
  CHECK(static_cast<int>(textures.count()) == signed_pages);  // drawn once, not again per frame

  // Back to the details for the review; the pages stay ready while the record is open.
  REQUIRE(kiosk.tap("record/document/show_details"));
  CHECK(kiosk.shows("STOP  Pregnant"));
  CHECK(textures.drawn.empty());
  CHECK(static_cast<int>(textures.count()) == signed_pages);
  REQUIRE(kiosk.tap("record/review/not_treated"));
  countersign(kiosk);
  REQUIRE(kiosk.tap("record/review/save_review"));
  CHECK(kiosk.shows("Review saved as PDF version 2."));
  // Saving reloads the record: the old pictures were given back.
  CHECK(textures.count() == 0);
  const int review_pages = stored_page_count(setup, id, 2);
  REQUIRE(review_pages > signed_pages);

  REQUIRE(kiosk.tap("record/document/show_document"));
  CHECK(kiosk.find("record/document/version_1")->selected);
  REQUIRE(static_cast<int>(textures.count()) == signed_pages);
  REQUIRE(kiosk.tap("record/document/version_2"));
  CHECK(kiosk.find("record/document/version_2")->selected);
  CHECK(kiosk.shows("Practitioner's review, "));
  CHECK(kiosk.shows("Signature valid"));
  CHECK(kiosk.shows("Page 1 of " + std::to_string(review_pages)));
  REQUIRE(static_cast<int>(textures.count()) == signed_pages + review_pages);  // version 1 kept
  check_pages_look_printed(textures);
  const std::string last_review_page =
      "Page " + std::to_string(review_pages) + " of " + std::to_string(review_pages);
  CHECK(scroll_pages_to(kiosk, last_review_page));
  CHECK(textures.drawn.count(textures.live.rbegin()->first) == 1);  // the review's extra page
  // Back to version 1: already drawn, shown from the top again.
  REQUIRE(kiosk.tap("record/document/version_1"));
  CHECK(kiosk.shows("Page 1 of " + std::to_string(signed_pages)));
  CHECK(static_cast<int>(textures.count()) == signed_pages + review_pages);

  // Closing the record gives every texture back, exactly once.
  REQUIRE(kiosk.tap("record/back"));
  CHECK(textures.count() == 0);
  CHECK(textures.releases == textures.uploads);
  CHECK(textures.bad_releases == 0);
}

TEST_CASE("staff mode closing by itself releases the document's pages", "[ui][staff][document]") {
  StaffKiosk setup(/*idle_seconds=*/20.0);
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.check_in("Rosa", "Gil", "cold_sore_history");
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("Rosa Gil"));
  REQUIRE(kiosk.tap("record/document/show_document"));
  REQUIRE(kiosk.textures().count() >= 2);
  kiosk.advance(25.0, 2.0);
  CHECK_FALSE(kiosk.kiosk().staff_mode_active());
  CHECK(kiosk.textures().count() == 0);
  CHECK(kiosk.textures().bad_releases == 0);
}

TEST_CASE("front desk is offered no signed document: it holds the answers",
          "[ui][staff][document][permissions]") {
  StaffKiosk setup;
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  setup.check_in("Inés", "Mora", "pregnant");
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Tomás Vidal", "1357");
  REQUIRE(kiosk.tap("Inés Mora"));
  CHECK(kiosk.shows("STOP  Pregnant"));
  CHECK(kiosk.find("record/document/show_document") == nullptr);
  CHECK(kiosk.textures().uploads == 0);
}

TEST_CASE("the pages are drawn again at the new width when the screen changes size",
          "[ui][staff][document]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.check_in("Elena", "Sanz");
  HeadlessKiosk& kiosk = setup.kiosk;
  const MemoryTextures& textures = kiosk.textures();
  sign_in(kiosk, "Lucía Prat", "2468");
  REQUIRE(kiosk.tap("Elena Sanz"));
  REQUIRE(kiosk.tap("record/document/show_document"));
  const std::size_t pages = textures.count();
  REQUIRE(pages >= 2);
  const int wide = textures.live.begin()->second.width;

  kiosk.resize(1280.f, 800.f);
  CHECK(textures.count() == pages);  // the wider pictures were given back, not kept
  CHECK(textures.uploads == static_cast<int>(2 * pages));
  const int narrow = textures.live.begin()->second.width;
  CHECK(narrow < wide);
  CHECK(narrow > 1280 / 3);  // still the column's width, a readable page
  CHECK(kiosk.shows("Page 1 of " + std::to_string(pages)));
  CHECK(textures.bad_releases == 0);
}
