// Every malformed form in tests/forms/broken is refused with exactly the messages in its
// expected.txt: the file, line, column and words a clinic editor would see.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "forms/form_loader.hpp"

namespace fs = std::filesystem;
using namespace intake::forms;

namespace {

std::vector<std::string> expected_lines(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("each broken form is refused with its exact file:line messages", "[forms][broken]") {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(INTAKE_BROKEN_FORMS_DIR))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 30);

  for (const fs::path& folder : cases) {
    DYNAMIC_SECTION(folder.filename().string()) {
      const FormLoadResult result = load_form(folder);
      CHECK(result.form == nullptr);
      std::vector<std::string> actual;
      const std::string prefix = folder.string() + "/";
      for (const Diagnostic& diagnostic : result.errors) {
        std::string line = format_diagnostic(diagnostic);
        if (line.starts_with(prefix)) line.erase(0, prefix.size());
        actual.push_back(line);
      }
      CHECK(actual == expected_lines(folder / "expected.txt"));
    }
  }
}
