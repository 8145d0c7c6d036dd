// Prints render time and size of the consent PDF for a typical and a long record.
//   bench_pdf                     time and size
//   bench_pdf --write DIR         also writes the sample PDFs (and HTML twins) into DIR
//   bench_pdf --chromium DIR      also prints the HTML twins with Chromium and compares sizes
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../../pdf/sample_records.hpp"
#include "intake/build_paths.hpp"
#include "pdf/consent_pdf.hpp"
#include "record_html.hpp"

namespace fs = std::filesystem;
using namespace intake::pdf;

namespace {

struct Figures {
  double median_ms = 0;
  double p95_ms = 0;
  std::size_t bytes = 0;
};

Figures measure(const ConsentPdfInput& input, const PdfFonts& fonts, int runs,
                std::vector<std::uint8_t>& out) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    auto pdf = render_consent_pdf(input, fonts);
    const auto end = std::chrono::steady_clock::now();
    if (!pdf) {
      std::fprintf(stderr, "render failed: %s\n", pdf.error().message.c_str());
      std::exit(1);
    }
    out = std::move(pdf.value());
    ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::sort(ms.begin(), ms.end());
  return Figures{ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], out.size()};
}

void write_file(const fs::path& path, const void* data, std::size_t size) {
  std::ofstream f(path, std::ios::binary);
  f.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
}

int page_count(const fs::path& pdf) {
  const std::string cmd = "pdfinfo '" + pdf.string() + "' 2>/dev/null | awk '/^Pages:/{print $2}'";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return -1;
  int pages = -1;
  if (std::fscanf(pipe, "%d", &pages) != 1) pages = -1;
  pclose(pipe);
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  std::string write_dir, chromium_dir;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--write") write_dir = argv[i + 1];
    if (std::string(argv[i]) == "--chromium") chromium_dir = argv[i + 1];
  }
  const PdfFonts fonts = noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR);
  struct Case {
    std::string name;
    ConsentPdfInput input;
    int runs;
  };
  std::vector<Case> cases = {
      {"typical_en", samples::english_adult(), 30},
      {"typical_es", samples::spanish_adult(), 30},
      {"minor_guardian", samples::minor_with_guardian(), 30},
      {"long_consent_x6", samples::long_consent(6), 10},
  };
  const std::string out_dir = !chromium_dir.empty() ? chromium_dir : write_dir;
  if (!out_dir.empty()) fs::create_directories(out_dir);

  fmt::print("{:<18} {:>10} {:>10} {:>10} {:>6}", "record", "median ms", "p95 ms", "bytes", "pages");
  if (!chromium_dir.empty()) fmt::print(" {:>14} {:>8}", "chromium bytes", "ratio");
  fmt::print("\n");
  for (const Case& c : cases) {
    std::vector<std::uint8_t> pdf;
    const Figures f = measure(c.input, fonts, c.runs, pdf);
    int pages = -1;
    std::string chromium_text;
    if (!out_dir.empty()) {
      const fs::path pdf_path = fs::path(out_dir) / (c.name + ".pdf");
      write_file(pdf_path, pdf.data(), pdf.size());
      pages = page_count(pdf_path);
      const std::string html = bench::record_to_html(c.input);
      const fs::path html_path = fs::path(out_dir) / (c.name + ".html");
      write_file(html_path, html.data(), html.size());
      if (!chromium_dir.empty()) {
        const fs::path chrome_pdf = fs::path(out_dir) / (c.name + ".chromium.pdf");
        const std::string cmd =
            "profile=$(mktemp -d) && chromium --headless --no-sandbox --disable-gpu "
            "--no-first-run --disable-background-networking --disable-component-update "
            "--disable-sync --no-pdf-header-footer --user-data-dir=\"$profile\" --print-to-pdf='" +
            chrome_pdf.string() + "' '" + html_path.string() + "' >/dev/null 2>&1; rm -rf \"$profile\"";
        if (std::system(cmd.c_str()) == 0 && fs::exists(chrome_pdf)) {
          const auto size = fs::file_size(chrome_pdf);
          chromium_text = fmt::format(" {:>14} {:>8.2f}", size,
                                      static_cast<double>(pdf.size()) / static_cast<double>(size));
        } else {
          chromium_text = "  chromium failed";
        }
      }
    }
    fmt::print("{:<18} {:>10.1f} {:>10.1f} {:>10} {:>6}{}\n", c.name, f.median_ms, f.p95_ms, f.bytes,
               pages > 0 ? std::to_string(pages) : std::string("-"), chromium_text);
  }
  {
    std::vector<double> ms;
    std::size_t bytes = 0;
    const ConsentPdfInput input = samples::english_adult();
    const PractitionerReview review = samples::sample_review();
    for (int i = 0; i < 10; ++i) {
      const auto start = std::chrono::steady_clock::now();
      auto pdf = render_reviewed_pdf(input, review, fonts);
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      if (!pdf) return 1;
      bytes = pdf->size();
      if (!out_dir.empty() && i == 0) {
        write_file(fs::path(out_dir) / "reviewed_en.pdf", pdf->data(), pdf->size());
      }
    }
    std::sort(ms.begin(), ms.end());
    fmt::print("{:<18} {:>10.1f} {:>10} {:>10}\n", "reviewed_en", ms[ms.size() / 2], "", bytes);
  }
  return 0;
}
