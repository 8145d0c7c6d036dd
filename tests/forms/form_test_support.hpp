#pragma once
// Shared helpers for the forms tests: the shipped micro-needling form, a baseline of "no" answers,
// small accessors on evaluation results, and the check every yes/no screening flag passes.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/calendar_date.hpp"
#include "forms/evaluation.hpp"
#include "forms/form_loader.hpp"
#include "intake/build_paths.hpp"

namespace intake::forms::test {

inline CalendarDate date(const char* iso) { return parse_calendar_date(iso).value(); }

// Loaded once per test process; the form is immutable.
inline const Form& microneedling() {
  static const FormLoadResult loaded =
      load_form(std::filesystem::path(INTAKE_SOURCE_FORMS_DIR) / "microneedling");
  if (!loaded.form)
    throw std::runtime_error("shipped form failed to load: " + format_diagnostic(loaded.errors.at(0)));
  return *loaded.form;
}

// Every always-shown yes/no answered "no", one treatment area, no skin condition, a skin that
// sometimes burns: no flags.
inline Answers baseline_answers(const Form& form) {
  Answers answers;
  for (const Question& question : form.questions)
    if (question.type == QuestionType::yes_no && !question.shown_when) answers[question.id] = false;
  answers["treatment_areas"] = ChoiceIds{"face"};
  answers["skin_condition"] = ChoiceIds{"none"};
  answers["sun_reaction"] = std::string("sometimes_burns");
  return answers;
}

inline Evaluation run(const Form& form, const Answers& answers,
                      std::optional<CalendarDate> birth = date("1980-05-10"),
                      CalendarDate visit = date("2026-08-31"), std::string_view language = "en") {
  return evaluate(form, EvaluationInput{answers, birth, visit, language});
}

inline std::vector<std::string> codes(const Evaluation& evaluation) {
  std::vector<std::string> out;
  for (const Flag& flag : evaluation.flags) out.push_back(flag.code);
  return out;
}

inline const Flag* find_flag(const Evaluation& evaluation, std::string_view code) {
  for (const Flag& flag : evaluation.flags)
    if (flag.code == code) return &flag;
  return nullptr;
}

inline bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// A row of the screening contract: "yes" to this question raises this flag at this severity.
struct YesNoFlag {
  const char* question;
  const char* flag;
  Severity severity;
};

// On the baseline, "yes" raises exactly the row's flag (its severity, the question that raised
// it, a message for staff, and for a stop one for the patient); "no" raises none, and no answer
// raises none but is missing.
inline void check_flags_on_yes_only(const Form& form, const YesNoFlag& row) {
  Answers answers = baseline_answers(form);
  answers[row.question] = true;
  const Evaluation yes = run(form, answers);
  REQUIRE(codes(yes) == std::vector<std::string>{row.flag});
  CHECK(yes.flags[0].severity == row.severity);
  CHECK(yes.flags[0].questions == std::vector<std::string>{row.question});
  CHECK_FALSE(yes.flags[0].staff_message.empty());
  if (row.severity == Severity::stop) CHECK_FALSE(yes.flags[0].patient_message.empty());

  answers[row.question] = false;
  CHECK(run(form, answers).flags.empty());
  answers.erase(row.question);
  const Evaluation unanswered = run(form, answers);
  CHECK(unanswered.flags.empty());
  CHECK(contains(unanswered.missing, row.question));
}

// The shipped form's files as text, so a test can load a variant with one thing changed.
inline std::map<std::string, std::string> read_folder_documents(const std::filesystem::path& folder) {
  std::map<std::string, std::string> documents;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".md")) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    documents[name] = std::string(std::istreambuf_iterator<char>(in), {});
  }
  return documents;
}

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace intake::forms::test
