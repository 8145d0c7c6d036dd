#include "pdf_test_support.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace intake::pdf::testing {
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

CommandResult run_command(const std::string& command, const TempDir& dir) {
  const fs::path out = dir.path() / "cmd.out";
  const fs::path err = dir.path() / "cmd.err";
  const std::string full = "(" + command + ") >" + quoted(out) + " 2>" + quoted(err);
  const int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_all(out);
  result.err = read_all(err);
  return result;
}

CommandResult pdf_text(const fs::path& pdf, const TempDir& dir, int page) {
  std::string cmd = "pdftotext -layout -enc UTF-8";
  if (page > 0) cmd += " -f " + std::to_string(page) + " -l " + std::to_string(page);
  return run_command(cmd + " " + quoted(pdf) + " -", dir);
}

std::vector<std::string> page_content_streams(const fs::path& pdf, const TempDir& dir) {
  const fs::path qdf = dir.path() / "content.qdf.pdf";
  run_command("qpdf --qdf --object-streams=disable " + quoted(pdf) + " " + quoted(qdf), dir);
  const std::string text = read_all(qdf);
  std::vector<std::string> pages;
  const std::string marker = "%% Contents for page ";
  for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
    const std::size_t start = text.find("stream\n", at);
    const std::size_t end = text.find("endstream", start);
    if (start == std::string::npos || end == std::string::npos) break;
    pages.push_back(text.substr(start + 7, end - start - 7));
  }
  return pages;
}

int count_occurrences(const std::string& text, const std::string& needle) {
  int count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

}  // namespace intake::pdf::testing
