// The loader on inputs the broken corpus does not cover: odd YAML shapes (never a crash),
// window placeholders, the catalog over a directory, and duplicate form ids.
#include <catch2/catch_test_macros.hpp>

#include <stdlib.h>

#include <fstream>

#include "form_test_support.hpp"
#include "forms/form_catalog.hpp"
#include "mini_form.hpp"
#include "temp_dir.hpp"

using namespace intake;
using namespace intake::forms;
using namespace intake::forms::test;
namespace fs = std::filesystem;

namespace {

// A temporary directory removed at scope end (RAII), for catalog tests.
using intake::test::TempDir;  // tests/support/temp_dir.hpp

void copy_form(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  for (const auto& entry : fs::directory_iterator(from))
    fs::copy_file(entry.path(), to / entry.path().filename());
}

}  // namespace

TEST_CASE("odd YAML shapes are refused with messages, never a crash", "[forms][loader]") {
  for (const char* yaml :
       {"[1, 2, 3]", "just a string", "id: [a]\nversion: {x: 1}\nlanguages: 7\npages: x\n",
        "id: x\nversion: '1'\nlanguages: [en]\ntitle: {en: T}\npages: [[], {}, 3]\n",
        "id: x\nversion: '1'\nlanguages: [en, en, 'EN!']\ntitle: {en: T}\npages:\n  - id: p\n"
        "    title: {en: P}\n    questions:\n      - {id: q, type: number, min: .inf, text: {en: Q}}\n"
        "      - {id: r, type: date, not_in_future: maybe, text: {en: R}}\nrules: {a: b}\n",
        "&a [*a]", "!!binary aGVsbG8=", "? [a, b]\n: c\n", "id: x\n\t- tab\n",
        "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{"}) {
    INFO(yaml);
    const FormLoadResult result = load_form_from_text(yaml, mini_documents(), "odd");
    CHECK(result.form == nullptr);
    CHECK_FALSE(result.errors.empty());
    for (const Diagnostic& d : result.errors) CHECK(d.file == "odd/form.yaml");
  }
}

TEST_CASE("deeply nested YAML is refused with a message instead of exhausting the stack", "[forms][loader]") {
  for (const std::string& yaml : {std::string(200000, '['), "a: " + std::string(100000, '{')}) {
    const FormLoadResult result = load_form_from_text(yaml, mini_documents(), "deep");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].message == "YAML is nested too deeply to be a form");
  }
}

TEST_CASE("window placeholders are filled into every text", "[forms][loader]") {
  const FormLoadResult loaded = load_mini("");
  REQUIRE(loaded.form);
  const std::string head = kMiniFormHead;
  std::string yaml = head;
  yaml.replace(yaml.find("{en: \"A?\"}"), 10, "{en: \"In {three} months or {half}?\"}");
  const FormLoadResult filled = load_form_from_text(yaml, mini_documents(), "mini");
  REQUIRE(filled.form);
  CHECK(filled.form->find_question("a")->text.at("en") == "In 3 months or 0.5?");
}

TEST_CASE("the catalog loads every form folder and refuses duplicates", "[forms][loader]") {
  TempDir dir;
  const fs::path shipped = fs::path(INTAKE_SOURCE_FORMS_DIR) / "microneedling";
  copy_form(shipped, dir.path() / "a_microneedling");
  FormCatalog catalog = load_form_catalog(dir.path());
  CHECK(catalog.ok());
  REQUIRE(catalog.find("microneedling"));
  CHECK(catalog.find("nothing") == nullptr);

  copy_form(shipped, dir.path() / "b_copy");
  catalog = load_form_catalog(dir.path());
  REQUIRE(catalog.errors.size() == 1);
  CHECK(format_diagnostic(catalog.errors[0]) == (dir.path() / "b_copy/form.yaml").string() +
                                                    ": form id 'microneedling' is already used by " +
                                                    (dir.path() / "a_microneedling").string());
  CHECK(catalog.forms.size() == 1);

  fs::remove_all(dir.path() / "b_copy");
  fs::create_directories(dir.path() / "c_typo");
  std::ofstream(dir.path() / "c_typo/form.yml") << "id: typo\n";
  fs::create_directories(dir.path() / ".git");
  catalog = load_form_catalog(dir.path());
  REQUIRE(catalog.errors.size() == 1);
  CHECK(format_diagnostic(catalog.errors[0]) ==
        (dir.path() / "c_typo").string() + ": has no form.yaml; every folder here must be a form");
  CHECK(catalog.find("microneedling"));

  const FormCatalog missing = load_form_catalog(dir.path() / "nope");
  REQUIRE(missing.errors.size() == 1);
  CHECK(missing.errors[0].message == "is not a readable directory of forms");
}

TEST_CASE("a form folder with unreadable or absent files is refused", "[forms][loader]") {
  TempDir dir;
  const FormLoadResult none = load_form(dir.path());
  REQUIRE(none.errors.size() == 1);
  CHECK(none.errors[0].message == "cannot be read (missing, or no permission)");
}
