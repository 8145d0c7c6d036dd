#pragma once
// Helpers for checking rendered PDFs with the real tools a clinic would use (poppler's
// pdftotext/pdfinfo, qpdf). Bytes go into a per-test temporary directory that is removed after.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>
#include "temp_dir.hpp"

namespace intake::pdf::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// A temporary directory for one test, deleted with everything in it when the test ends.
using TempDir = intake::test::TempDir;  // tests/support/temp_dir.hpp

// Runs a shell command; stdout and stderr are captured separately.
CommandResult run_command(const std::string& command, const TempDir& dir);

std::string quoted(const std::filesystem::path& path);

// pdftotext -layout of the whole file, or of one page.
CommandResult pdf_text(const std::filesystem::path& pdf, const TempDir& dir, int page = 0);

// The uncompressed content stream of every page, via qpdf --qdf.
std::vector<std::string> page_content_streams(const std::filesystem::path& pdf, const TempDir& dir);

int count_occurrences(const std::string& text, const std::string& needle);

}  // namespace intake::pdf::testing
