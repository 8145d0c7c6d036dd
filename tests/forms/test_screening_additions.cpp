// The December 2026 additions to the screening contract (../shared/domain/microneedling.md):
// each new flag on both sides of its boundary, pigmentation risk raised once from either of
// two questions, the treatment interval from the patient's date or the store's, and hidden
// answers ignored. Through the real loaded form and the real evaluator.
#include <catch2/catch_test_macros.hpp>

#include "form_test_support.hpp"

using namespace intake;
using namespace intake::forms;
using namespace intake::forms::test;

namespace {

constexpr YesNoFlag kAddedYesNoFlags[] = {
    {"infection_now", "infection_now", Severity::stop},
    {"blood_borne_infection", "blood_borne_infection", Severity::review},
    {"photosensitising_meds", "photosensitising_meds", Severity::review},
    {"bleeding_supplements", "bleeding_supplements", Severity::note},
    {"latex_allergy", "latex_allergy", Severity::review},
    {"skin_cancer_area", "skin_cancer_area", Severity::stop},
};

Evaluation with_last_session(std::optional<const char*> last_session, const char* visit,
                             std::optional<CalendarDate> last_treatment = std::nullopt) {
  Answers answers = baseline_answers(microneedling());
  answers["previous_microneedling"] = true;
  if (last_session) answers["last_microneedling_date"] = date(*last_session);
  return evaluate(microneedling(), {answers, date("1980-05-10"), date(visit), "en", last_treatment});
}

}  // namespace

TEST_CASE("the added questions exist with the contract's types and visibility", "[forms][screening]") {
  const Form& form = microneedling();
  const std::pair<const char*, QuestionType> table[] = {
      {"sun_reaction", QuestionType::single_choice},   {"dark_marks_history", QuestionType::yes_no},
      {"infection_now", QuestionType::yes_no},         {"blood_borne_infection", QuestionType::yes_no},
      {"photosensitising_meds", QuestionType::yes_no}, {"bleeding_supplements", QuestionType::yes_no},
      {"latex_allergy", QuestionType::yes_no},         {"skin_cancer_area", QuestionType::yes_no},
      {"last_microneedling_date", QuestionType::date},
  };
  for (const auto& [id, type] : table) {
    INFO(id);
    const Question* question = form.find_question(id);
    REQUIRE(question);
    CHECK(question->type == type);
    CHECK((question->shown_when.has_value()) == (std::string_view(id) == "last_microneedling_date"));
  }
  CHECK(form.find_question("sun_reaction")->required);
  std::vector<std::string> choices;
  for (const Choice& choice : form.find_question("sun_reaction")->choices) choices.push_back(choice.id);
  CHECK(choices == std::vector<std::string>{"always_burns", "usually_burns", "sometimes_burns",
                                            "rarely_burns", "very_rarely_burns", "never_burns", "not_sure"});
  const Question& last = *form.find_question("last_microneedling_date");
  CHECK(last.shown_when->source == "previous_microneedling");
  CHECK(last.not_in_future);
  CHECK_FALSE(last.required);
  CHECK(form.windows.at("treatment_interval_weeks") == 4);
}

TEST_CASE("sensitive questions say why the clinic asks, in both languages", "[forms][screening]") {
  const Question& question = *microneedling().find_question("blood_borne_infection");
  CHECK(localized(question.help, "en").find("We ask everyone") != std::string::npos);
  CHECK(localized(question.help, "es").find("Se lo preguntamos a todas las personas") != std::string::npos);
}

TEST_CASE("each added yes/no question raises its flag on yes and only on yes", "[forms][screening]") {
  for (const YesNoFlag& row : kAddedYesNoFlags) {
    DYNAMIC_SECTION(row.flag) { check_flags_on_yes_only(microneedling(), row); }
  }
}

TEST_CASE("pigmentation_risk: skin types IV-VI in plain words, or dark marks, raise one flag",
          "[forms][screening]") {
  Answers answers = baseline_answers(microneedling());
  for (const char* raises : {"rarely_burns", "very_rarely_burns", "never_burns"}) {
    answers["sun_reaction"] = std::string(raises);
    INFO(raises);
    const Evaluation result = run(microneedling(), answers);
    REQUIRE(codes(result) == std::vector<std::string>{"pigmentation_risk"});
    CHECK(result.flags[0].severity == Severity::review);
    CHECK(result.flags[0].questions == std::vector<std::string>{"sun_reaction", "dark_marks_history"});
  }
  for (const char* quiet : {"always_burns", "usually_burns", "sometimes_burns", "not_sure"}) {
    answers["sun_reaction"] = std::string(quiet);
    INFO(quiet);
    CHECK(run(microneedling(), answers).flags.empty());
  }
  answers["sun_reaction"] = std::string("sometimes_burns");
  answers["dark_marks_history"] = true;
  CHECK(codes(run(microneedling(), answers)) == std::vector<std::string>{"pigmentation_risk"});
  // Both questions raise it: still one flag.
  answers["sun_reaction"] = std::string("never_burns");
  CHECK(codes(run(microneedling(), answers)) == std::vector<std::string>{"pigmentation_risk"});
  // sun_reaction is required.
  answers.erase("sun_reaction");
  CHECK(contains(run(microneedling(), answers).missing, "sun_reaction"));
}

TEST_CASE("treatment_interval: exactly 4 weeks is not flagged, 27 days is", "[forms][screening]") {
  // 2026-08-31 minus 4 weeks is 2026-08-03.
  CHECK(with_last_session("2026-08-03", "2026-08-31").flags.empty());
  CHECK(with_last_session("2026-07-01", "2026-08-31").flags.empty());
  const Evaluation day27 = with_last_session("2026-08-04", "2026-08-31");
  REQUIRE(codes(day27) == std::vector<std::string>{"treatment_interval"});
  CHECK(day27.flags[0].severity == Severity::review);
  CHECK(day27.flags[0].questions == std::vector<std::string>{"last_microneedling_date"});
  CHECK(day27.flags[0].staff_message.find("less than 4 weeks") != std::string::npos);
  CHECK(day27.flags[0].staff_message.find("the answer to 'last_microneedling_date' (2026-08-04)") !=
        std::string::npos);
  CHECK(codes(with_last_session("2026-08-31", "2026-08-31")) ==
        std::vector<std::string>{"treatment_interval"});
  // Across a year end.
  CHECK(with_last_session("2025-12-04", "2026-01-01").flags.empty());
  CHECK(codes(with_last_session("2025-12-05", "2026-01-01")) ==
        std::vector<std::string>{"treatment_interval"});
  // Optional: no date, no flag.
  CHECK(with_last_session(std::nullopt, "2026-08-31").flags.empty());
}

TEST_CASE("treatment_interval also fires on the store's last treated visit and says so",
          "[forms][screening]") {
  CHECK(with_last_session(std::nullopt, "2026-08-31", date("2026-08-03")).flags.empty());
  const Evaluation store = with_last_session(std::nullopt, "2026-08-31", date("2026-08-04"));
  REQUIRE(codes(store) == std::vector<std::string>{"treatment_interval"});
  const std::string& message = store.flags[0].staff_message;
  CHECK(message.find("an earlier treated check-in on 2026-08-04 (matched by name and date of birth)") !=
        std::string::npos);
  CHECK(message.find("last_microneedling_date") == std::string::npos);
  // Only the date that raised it is named: the patient's answer here is old enough.
  const Evaluation both = with_last_session("2026-07-01", "2026-08-31", date("2026-08-20"));
  REQUIRE(codes(both) == std::vector<std::string>{"treatment_interval"});
  CHECK(both.flags[0].staff_message.find("2026-07-01") == std::string::npos);
  CHECK(both.flags[0].staff_message.find("2026-08-20") != std::string::npos);
  // Even a first-time patient (no previous_microneedling) is caught by the store's date.
  Answers answers = baseline_answers(microneedling());
  CHECK(codes(evaluate(microneedling(),
                       {answers, date("1980-05-10"), date("2026-08-31"), "en", date("2026-08-30")})) ==
        std::vector<std::string>{"treatment_interval"});
}

TEST_CASE("a hidden last session date is ignored, never flagged and not kept", "[forms][screening]") {
  Answers answers = baseline_answers(microneedling());
  answers["previous_microneedling"] = false;
  answers["last_microneedling_date"] = date("2026-08-30");
  const Evaluation result = run(microneedling(), answers);
  CHECK(result.flags.empty());
  CHECK_FALSE(contains(result.visible, "last_microneedling_date"));
  CHECK_FALSE(result.kept.count("last_microneedling_date"));
}

TEST_CASE("the interval is a window a clinic can change in the form file", "[forms][screening]") {
  const auto folder = std::filesystem::path(INTAKE_SOURCE_FORMS_DIR) / "microneedling";
  std::string yaml = read_text(folder / "form.yaml");
  const std::string from = "treatment_interval_weeks: 4 ", to = "treatment_interval_weeks: 6 ";
  REQUIRE(yaml.find(from) != std::string::npos);
  yaml.replace(yaml.find(from), from.size(), to);
  const FormLoadResult loaded = load_form_from_text(yaml, read_folder_documents(folder), folder);
  REQUIRE(loaded.form);
  Answers answers = baseline_answers(*loaded.form);
  answers["previous_microneedling"] = true;
  answers["last_microneedling_date"] = date("2026-07-20");  // 6 weeks before 2026-08-31
  CHECK(run(*loaded.form, answers).flags.empty());
  answers["last_microneedling_date"] = date("2026-07-21");
  CHECK(codes(run(*loaded.form, answers)) == std::vector<std::string>{"treatment_interval"});
  CHECK(localized(loaded.form->find_question("last_microneedling_date")->help, "es").find("6 semanas") !=
        std::string::npos);
}
