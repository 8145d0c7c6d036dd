// The radio-frequency form is built on the micro-needling form (extends): it keeps every base
// question, rule, window and consent section, adds its own, and `forms check` reports problems
// in it at its own file and line.
#include <catch2/catch_test_macros.hpp>

#include "common/sha256.hpp"
#include "form_test_support.hpp"

using namespace intake;
using namespace intake::forms;
using namespace intake::forms::test;

namespace {

const std::filesystem::path kForms = INTAKE_SOURCE_FORMS_DIR;

const Form& rf() {
  static const FormLoadResult loaded = load_form(kForms / "rf-microneedling");
  if (!loaded.form)
    throw std::runtime_error("rf form failed to load: " + format_diagnostic(loaded.errors.at(0)));
  return *loaded.form;
}

// The RF form's own form.yaml, loaded against a base given as text (a base edit, in memory).
FormLoadResult rf_with(const std::string& rf_yaml, const std::string& base_yaml) {
  const auto base_folder = kForms / "microneedling";
  const BaseFormLoader base = [&](std::string_view id) {
    REQUIRE(id == "microneedling");
    return load_form_from_text(base_yaml, read_folder_documents(base_folder), base_folder);
  };
  const auto folder = kForms / "rf-microneedling";
  return load_form_from_text(rf_yaml, read_folder_documents(folder), folder, base);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::vector<std::string> messages(const FormLoadResult& loaded) {
  std::vector<std::string> out;
  for (const Diagnostic& d : loaded.errors) out.push_back(format_diagnostic(d));
  return out;
}

int line_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

}  // namespace

TEST_CASE("the RF form loads combined with the base and records both versions", "[forms][rf]") {
  const Form& form = rf();
  CHECK(form.id == "rf-microneedling");
  CHECK(form.base_form_id == "microneedling");
  CHECK(form.version == "2026.1+microneedling." + microneedling().version);
  CHECK(form.languages == microneedling().languages);
  CHECK(localized(form.treatment, "en") == "Radio-frequency micro-needling");
}

TEST_CASE("the RF form keeps every base question, rule and window, in the base's order", "[forms][rf]") {
  const Form& base = microneedling();
  const Form& form = rf();
  std::vector<std::string> base_ids, rf_ids;
  for (const Question& q : base.questions) base_ids.push_back(q.id);
  for (const Question& q : form.questions)
    if (!q.location.file.ends_with("rf-microneedling/form.yaml")) rf_ids.push_back(q.id);
  CHECK(rf_ids == base_ids);
  for (const Rule& rule : base.rules) {
    INFO(rule.flag);
    const Rule* kept = form.find_rule(rule.flag);
    REQUIRE(kept);
    CHECK(kept->severity == rule.severity);
    CHECK(kept->when.source == rule.when.source);
  }
  CHECK(form.windows == base.windows);
}

TEST_CASE("the RF questions sit on their own page after 'Your health', and stop on yes", "[forms][rf]") {
  const Form& form = rf();
  std::vector<std::string> pages;
  for (const Page& page : form.pages) pages.push_back(page.id);
  const auto health = std::find(pages.begin(), pages.end(), "your_health");
  REQUIRE(health != pages.end());
  CHECK(*(health + 1) == "implants_and_devices");
  CHECK(pages.size() == microneedling().pages.size() + 1);
  for (const char* id : {"implanted_device", "metal_in_area", "collagen_disease"}) {
    INFO(id);
    REQUIRE(form.find_question(id));
    CHECK(form.find_question(id)->type == QuestionType::yes_no);
    Answers answers = baseline_answers(form);
    CHECK(run(form, answers).flags.empty());
    answers[id] = true;
    const Evaluation yes = run(form, answers);
    REQUIRE(codes(yes) == std::vector<std::string>{id});
    CHECK(yes.flags[0].severity == Severity::stop);
    CHECK_FALSE(yes.flags[0].patient_message.empty());
  }
  // Base rules hold unchanged in the RF form (a boundary of each kind).
  Answers answers = baseline_answers(form);
  answers["previous_microneedling"] = true;
  answers["last_microneedling_date"] = date("2026-08-03");
  CHECK(run(form, answers).flags.empty());
  answers["last_microneedling_date"] = date("2026-08-04");
  CHECK(codes(run(form, answers)) == std::vector<std::string>{"treatment_interval"});
  answers = baseline_answers(form);
  answers["immune_condition"] = true;
  REQUIRE(codes(run(form, answers)) == std::vector<std::string>{"immune_condition"});
  CHECK(run(form, answers).flags[0].severity == Severity::review);
}

TEST_CASE("the RF form replaces the texts it names and no others", "[forms][rf]") {
  CHECK(rf().find_rule("immune_condition")->staff_message.find("collagen_disease") != std::string::npos);
  CHECK(microneedling().find_rule("immune_condition")->staff_message.find("collagen") == std::string::npos);
  CHECK(localized(rf().find_question("heart_condition")->help, "es").find("energía") != std::string::npos);
  CHECK(rf().find_question("pregnant")->text == microneedling().find_question("pregnant")->text);
}

TEST_CASE("the RF consent is the base's sections with the heat risks after Risks", "[forms][rf]") {
  for (const char* language : {"en", "es"}) {
    INFO(language);
    const Document& base = microneedling().consent_document(language);
    const Document& consent = rf().consent_document(language);
    std::vector<std::string> expected;
    for (const DocumentSection& s : base.sections) {
      expected.push_back(s.id);
      if (s.id == "risks") expected.emplace_back("rf_energy");
    }
    std::vector<std::string> ids;
    for (const DocumentSection& s : consent.sections) ids.push_back(s.id);
    CHECK(ids == expected);
    CHECK(consent.intro.size() == base.intro.size());
    CHECK(consent.sha256_hex == sha256_hex(consent.displayed_text));
    CHECK(consent.sha256_hex != base.sha256_hex);
    CHECK(consent.displayed_text.find(base.sections.front().title) != std::string::npos);
  }
  const std::string& text = rf().consent_document("en").displayed_text;
  for (const char* risk : {"burns", "lasting scars", "loss of some fat", "nerve", "chooses the energy level"})
    CHECK(text.find(risk) != std::string::npos);
  // No aftercare file of its own: the base's sheet, exactly.
  CHECK(rf().aftercare_document("en").sha256_hex == microneedling().aftercare_document("en").sha256_hex);
}

TEST_CASE("a change to the base form reaches the RF form", "[forms][rf]") {
  const std::string base_yaml = read_text(kForms / "microneedling" / "form.yaml");
  const std::string rf_yaml = read_text(kForms / "rf-microneedling" / "form.yaml");
  const std::string edited =
      replaced(replaced(base_yaml, "treatment_interval_weeks: 4 ", "treatment_interval_weeks: 6 "),
               "Do you have diabetes?", "Do you have diabetes of any type?");
  const FormLoadResult loaded = rf_with(rf_yaml, edited);
  INFO((messages(loaded).empty() ? std::string() : messages(loaded).front()));
  REQUIRE(loaded.form);
  CHECK(localized(loaded.form->find_question("diabetes")->text, "en") == "Do you have diabetes of any type?");
  Answers answers = baseline_answers(*loaded.form);
  answers["previous_microneedling"] = true;
  answers["last_microneedling_date"] = date("2026-07-21");  // less than 6 weeks before 2026-08-31
  CHECK(codes(run(*loaded.form, answers)) == std::vector<std::string>{"treatment_interval"});
  // A new base version gives a new combined version.
  const FormLoadResult bumped =
      rf_with(rf_yaml, replaced(base_yaml, "version: \"2026.1\"", "version: \"2026.2\""));
  REQUIRE(bumped.form);
  CHECK(bumped.form->version == "2026.1+microneedling.2026.2");
}

TEST_CASE("problems in a form that extends another are reported at its own file and line", "[forms][rf]") {
  const std::string base_yaml = read_text(kForms / "microneedling" / "form.yaml");
  const std::string rf_yaml = read_text(kForms / "rf-microneedling" / "form.yaml");
  const std::string file = (kForms / "rf-microneedling" / "form.yaml").string();

  SECTION("an expression naming a question neither form has") {
    const std::string broken = replaced(rf_yaml, "when: \"metal_in_area\"", "when: \"metal_in_arena\"");
    const auto found = messages(rf_with(broken, base_yaml));
    REQUIRE(found.size() == 1);
    CHECK(found[0] == file + ":" + std::to_string(line_of(broken, "metal_in_arena")) +
                          ":12: unknown question or window 'metal_in_arena'");
  }
  SECTION("a flag code the base already uses") {
    const std::string broken = replaced(rf_yaml, "- flag: collagen_disease", "- flag: immune_condition");
    const auto found = messages(rf_with(broken, base_yaml));
    REQUIRE_FALSE(found.empty());
    CHECK(found[0] == file + ":" + std::to_string(line_of(broken, "- flag: immune_condition")) +
                          ":11: flag code 'immune_condition' is used by two rules");
  }
  SECTION("a question id the base already uses") {
    const std::string broken = replaced(rf_yaml, "- id: metal_in_area", "- id: metal_allergy");
    const auto found = messages(rf_with(broken, base_yaml));
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].starts_with(file + ":" + std::to_string(line_of(broken, "- id: metal_allergy")) + ":"));
    CHECK(found[0].ends_with("question id 'metal_allergy' is used twice"));
  }
  SECTION("a page placed after a page that does not exist") {
    const std::string broken = replaced(rf_yaml, "after: your_health", "after: your_heath");
    const auto found = messages(rf_with(broken, base_yaml));
    REQUIRE(found.size() == 1);
    CHECK(found[0] ==
          file + ":" + std::to_string(line_of(broken, "- id: implants_and_devices")) +
              ":5: page 'implants_and_devices' is to go after 'your_heath', which is not a page of "
              "microneedling or an earlier added page");
  }
  SECTION("a replacement of a question that does not exist") {
    const std::string broken =
        replaced(rf_yaml, "- question: heart_condition", "- question: heart_conditions");
    const auto found = messages(rf_with(broken, base_yaml));
    REQUIRE(found.size() == 1);
    CHECK(found[0] == file + ":" + std::to_string(line_of(broken, "- question: heart_conditions")) +
                          ":5: there is no question 'heart_conditions' to replace a text of");
  }
  SECTION("languages belong to the base") {
    const std::string broken =
        replaced(rf_yaml, "version: \"2026.1\"", "version: \"2026.1\"\nlanguages: [en]");
    const auto found = messages(rf_with(broken, base_yaml));
    REQUIRE(found.size() == 1);
    CHECK(found[0].find(":" + std::to_string(line_of(broken, "languages: [en]")) +
                        ":1: unknown key 'languages'") != std::string::npos);
  }
  SECTION("a broken base is named, and the base's own message kept") {
    const std::string broken_base = replaced(base_yaml, "severity: stop\n    when: \"pregnant\"",
                                             "severity: urgent\n    when: \"pregnant\"");
    const FormLoadResult loaded = rf_with(rf_yaml, broken_base);
    CHECK_FALSE(loaded.form);
    const auto found = messages(loaded);
    REQUIRE(found.size() == 1);
    CHECK(found[0].starts_with(file + ":" + std::to_string(line_of(rf_yaml, "extends: microneedling")) +
                               ":10: extends 'microneedling', which could not be loaded: "));
    CHECK(found[0].find("unknown severity 'urgent'") != std::string::npos);
  }
}

TEST_CASE("extends without the forms around it, or of a form that extends another, is refused",
          "[forms][rf]") {
  const auto folder = kForms / "rf-microneedling";
  const FormLoadResult alone =
      load_form_from_text(read_text(folder / "form.yaml"), read_folder_documents(folder), folder);
  CHECK_FALSE(alone.form);
  REQUIRE(alone.errors.size() == 1);
  CHECK(alone.errors[0].message.find("a form may extend only a form that extends nothing") !=
        std::string::npos);
}
