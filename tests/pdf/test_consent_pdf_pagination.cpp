// A long consent must paginate cleanly: footers with identifiers and "Page N of M" on every
// page, nothing printed over the footer, and no heading left alone at the bottom of a page.
#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "intake/build_paths.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf_test_support.hpp"
#include "sample_records.hpp"

using namespace intake::pdf;
using namespace intake::pdf::testing;

namespace {

constexpr double kPageHeight = 841.89;
constexpr double kFooterRuleY = kPageHeight - 46;  // top-down, as pdftotext -bbox reports
constexpr double kContentBottom = kPageHeight - 62;

struct Word {
  int page = 0;
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
  std::string text;
};

// Words with their boxes from `pdftotext -bbox` (top-down coordinates, points).
std::vector<Word> words_with_boxes(const std::filesystem::path& pdf, const TempDir& dir) {
  const CommandResult r = run_command("pdftotext -bbox -enc UTF-8 " + quoted(pdf) + " -", dir);
  REQUIRE(r.exit_code == 0);
  std::vector<Word> words;
  int page = 0;
  std::istringstream lines(r.out);
  const std::regex word_re(
      R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>)re");
  std::string line;
  while (std::getline(lines, line)) {
    if (line.find("<page ") != std::string::npos) ++page;
    std::smatch m;
    if (std::regex_search(line, m, word_re)) {
      words.push_back(Word{page, std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), m[5]});
    }
  }
  return words;
}

}  // namespace

TEST_CASE("a long consent paginates with a complete footer on every page", "[pdf][pagination]") {
  TempDir dir;
  const ConsentPdfInput in = samples::long_consent(6);
  auto pdf = render_consent_pdf(in, noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR));
  REQUIRE(pdf.ok());
  const auto path = dir.write("long.pdf", *pdf);

  const CommandResult info = run_command("pdfinfo " + quoted(path), dir);
  REQUIRE(info.err.empty());
  std::smatch m;
  REQUIRE(std::regex_search(info.out, m, std::regex(R"(Pages:\s+(\d+))")));
  const int pages = std::stoi(m[1]);
  CHECK(pages >= 8);

  for (int page = 1; page <= pages; ++page) {
    const std::string text = pdf_text(path, dir, page).out;
    INFO("page " << page);
    CHECK(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)) != std::string::npos);
    CHECK(text.find("Zoë Łukasiewicz") != std::string::npos);
    CHECK(text.find("DOB 10 May 1990") != std::string::npos);
    CHECK(text.find("R-20261121-7F3K9Q") != std::string::npos);
    CHECK(text.find("microneedling v3") != std::string::npos);
  }
}

TEST_CASE("no text runs into the footer and no heading is orphaned", "[pdf][pagination]") {
  TempDir dir;
  auto pdf = render_consent_pdf(samples::long_consent(6), noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR));
  REQUIRE(pdf.ok());
  const std::vector<Word> words = words_with_boxes(dir.write("long.pdf", *pdf), dir);
  REQUIRE(words.size() > 1000);

  for (const Word& w : words) {
    const bool in_footer = w.y_min >= kFooterRuleY;
    INFO("page " << w.page << " word '" << w.text << "' y " << w.y_min << ".." << w.y_max);
    CHECK((in_footer || w.y_max <= kContentBottom + 0.5));
  }

  // Each consent section title ("... (part N)") must be followed on its page by at least two
  // more lines of text above the footer.
  std::map<int, std::vector<double>> line_tops;  // page -> distinct line tops (content only)
  for (const Word& w : words) {
    if (w.y_min < kFooterRuleY) line_tops[w.page].push_back(std::round(w.y_min));
  }
  int headings = 0;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].text != "(part") continue;
    ++headings;
    const Word& h = words[i];
    std::set<double> below;
    for (double top : line_tops[h.page]) {
      if (top > h.y_max) below.insert(top);
    }
    INFO("heading on page " << h.page << " at y " << h.y_min);
    CHECK(below.size() >= 2);
  }
  CHECK(headings == 6 * 9);
}

TEST_CASE("the certification statement stays on the page of the signature it precedes", "[pdf][pagination]") {
  TempDir dir;
  // Adding answers one by one moves the certification through every position on a page.
  for (int extra = 0; extra < 14; ++extra) {
    ConsentPdfInput in = samples::english_adult();
    for (int i = 0; i < extra; ++i) in.answers.push_back(in.answers[static_cast<std::size_t>(i)]);
    auto pdf = render_consent_pdf(in, noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR));
    REQUIRE(pdf.ok());
    const auto path = dir.write("record.pdf", *pdf);
    int certification_page = 0, signature_page = 0;
    for (int page = 1; page <= 8 && signature_page == 0; ++page) {
      const std::string text = pdf_text(path, dir, page).out;
      if (text.find("I confirm that the answers") != std::string::npos) certification_page = page;
      if (text.find("Printed name") != std::string::npos) signature_page = page;
    }
    INFO("extra answers " << extra);
    CHECK(certification_page > 0);
    CHECK(certification_page == signature_page);
  }
}
