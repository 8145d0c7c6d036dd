// The Spanish a patient reads is neutral Latin-American Spanish, as US clinics' patients speak it:
// no Spain-only words, no English in the treatment's name, and no slash forms ("registrado/a")
// that older readers stumble over. Checked on the raw files, so a clinic's edit is caught too.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "intake/build_paths.hpp"

namespace fs = std::filesystem;

namespace {

struct SpanishLine {
  std::string where;  // file:line
  std::string text;
};

std::vector<SpanishLine> spanish_lines(const fs::path& path, bool only_es_keys) {
  std::ifstream in(path);
  std::vector<SpanishLine> lines;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    // In form.yaml, Spanish lives in `es:` values (alone or inline as {en: ..., es: ...}).
    if (only_es_keys) {
      const auto at = line.find("es: \"");
      if (at == std::string::npos) continue;
      line = line.substr(at);
    }
    lines.push_back({path.filename().string() + ":" + std::to_string(number), line});
  }
  return lines;
}

std::vector<SpanishLine> every_spanish_text() {
  std::vector<SpanishLine> all;
  const fs::path forms = INTAKE_SOURCE_FORMS_DIR;
  for (const auto& entry : fs::recursive_directory_iterator(forms)) {
    const std::string name = entry.path().filename().string();
    std::vector<SpanishLine> lines;
    if (name == "form.yaml")
      lines = spanish_lines(entry.path(), true);
    else if (name.ends_with(".es.md"))
      lines = spanish_lines(entry.path(), false);
    all.insert(all.end(), lines.begin(), lines.end());
  }
  const fs::path lang = fs::path(INTAKE_SOURCE_FORMS_DIR).parent_path() / "app" / "ui" / "lang";
  for (const auto& entry : fs::directory_iterator(lang))
    if (entry.path().filename().string().ends_with(".es.json")) {
      auto lines = spanish_lines(entry.path(), false);
      all.insert(all.end(), lines.begin(), lines.end());
    }
  return all;
}

}  // namespace

TEST_CASE("Spanish texts read every Spanish file of the forms and the screens", "[forms][spanish]") {
  const auto texts = every_spanish_text();
  // The micro-needling form, its consent and aftercare, the RF form and consent, four lang files.
  CHECK(texts.size() > 400);
}

TEST_CASE("Spanish texts use Latin-American words, not Spain-only ones", "[forms][spanish]") {
  const std::pair<const char*, const char*> spain_only[] = {
      {"móvil", "celular"},
      {"dando el pecho", "amamantando"},
      {"picor", "comezón"},
      {"corticoides", "corticosteroides"},
      {"Roacután", "a US brand name"},
      {"le llamará", "a sentence without the pronoun"},
  };
  for (const auto& line : every_spanish_text())
    for (const auto& [word, instead] : spain_only) {
      INFO(line.where << ": " << line.text << "  (write " << instead << ")");
      CHECK(line.text.find(word) == std::string::npos);
    }
}

TEST_CASE("Spanish texts name the treatment micropunción, with no English beside it", "[forms][spanish]") {
  for (const auto& line : every_spanish_text()) {
    INFO(line.where << ": " << line.text);
    CHECK(line.text.find("icro-punción") == std::string::npos);
    CHECK(line.text.find("needling") == std::string::npos);
  }
}

TEST_CASE("Spanish texts have no slash forms for gender", "[forms][spanish]") {
  for (const auto& line : every_spanish_text())
    for (const char* slash : {"o/a", "os/as", "/a ", "/a.", "/a,", "/as ", "/la "}) {
      INFO(line.where << ": " << line.text);
      CHECK(line.text.find(slash) == std::string::npos);
    }
}
