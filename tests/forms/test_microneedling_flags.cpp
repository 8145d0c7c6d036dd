// Every flag code of the shipped micro-needling form, on both sides of every boundary, exactly
// as ../shared/domain/microneedling.md states the rules.
#include <catch2/catch_test_macros.hpp>

#include "form_test_support.hpp"

using namespace intake;
using namespace intake::forms;
using namespace intake::forms::test;

namespace {

// Every yes/no row of the domain table that flags on "yes".
constexpr YesNoFlag kYesNoFlags[] = {
    {"pregnant", "pregnancy", Severity::stop},
    {"breastfeeding", "breastfeeding", Severity::stop},
    {"cold_sore_active", "cold_sore_active", Severity::stop},
    {"cold_sore_history", "cold_sore_history", Severity::review},
    {"acne_active", "acne_active", Severity::stop},
    {"skin_broken", "skin_broken", Severity::stop},
    {"sunburn_recent", "sunburn_recent", Severity::stop},
    {"lesions_in_area", "lesions_in_area", Severity::review},
    {"retinoids_recent", "retinoids_recent", Severity::review},
    {"anticoagulants", "anticoagulants", Severity::review},
    {"bleeding_disorder", "bleeding_disorder", Severity::stop},
    {"keloid_history", "keloid_history", Severity::review},
    {"diabetes", "diabetes", Severity::review},
    {"immune_condition", "immune_condition", Severity::review},
    {"cancer_treatment", "cancer_treatment", Severity::stop},
    {"heart_condition", "heart_condition", Severity::review},
    {"injectables_recent", "injectables_recent", Severity::review},
    {"procedures_recent", "procedures_recent", Severity::review},
    {"anesthetic_allergy", "anesthetic_allergy", Severity::review},
    {"metal_allergy", "metal_allergy", Severity::stop},
};

Evaluation with_dose(const char* last_dose, const char* visit) {
  Answers answers = baseline_answers(microneedling());
  answers["isotretinoin"] = true;
  answers["isotretinoin_last_dose"] = date(last_dose);
  return run(microneedling(), answers, date("1980-05-10"), date(visit));
}

Evaluation born(const char* birth, const char* visit) {
  return run(microneedling(), baseline_answers(microneedling()), date(birth), date(visit));
}

}  // namespace

TEST_CASE("the baseline of 'no' answers is complete and raises no flag", "[forms][microneedling]") {
  const Evaluation result = run(microneedling(), baseline_answers(microneedling()));
  CHECK(result.flags.empty());
  CHECK(result.missing.empty());
  CHECK(result.invalid.empty());
  CHECK_FALSE(result.has_stop_flag());
}

TEST_CASE("each yes/no question raises its flag on yes and only on yes", "[forms][microneedling]") {
  for (const YesNoFlag& row : kYesNoFlags) {
    DYNAMIC_SECTION(row.flag) { check_flags_on_yes_only(microneedling(), row); }
  }
}

TEST_CASE("skin_condition flags any choice other than none", "[forms][microneedling]") {
  Answers answers = baseline_answers(microneedling());
  for (const char* condition : {"eczema", "psoriasis", "dermatitis", "rosacea", "vitiligo"}) {
    answers["skin_condition"] = ChoiceIds{condition};
    answers["skin_condition_flare"] = false;
    const Evaluation result = run(microneedling(), answers);
    CHECK(codes(result) == std::vector<std::string>{"skin_condition"});
    CHECK(result.flags[0].severity == Severity::review);
  }
  answers["skin_condition"] = ChoiceIds{"none"};
  CHECK(run(microneedling(), answers).flags.empty());
}

TEST_CASE("skin_flare is asked only for eczema, psoriasis, dermatitis or rosacea", "[forms][microneedling]") {
  Answers answers = baseline_answers(microneedling());
  answers["skin_condition_flare"] = true;
  for (const char* condition : {"eczema", "psoriasis", "dermatitis", "rosacea"}) {
    answers["skin_condition"] = ChoiceIds{condition};
    const Evaluation result = run(microneedling(), answers);
    CHECK(contains(result.visible, "skin_condition_flare"));
    CHECK(codes(result) == std::vector<std::string>{"skin_condition", "skin_flare"});
    CHECK(find_flag(result, "skin_flare")->severity == Severity::stop);
  }
  // Vitiligo does not flare in this sense: the question is hidden and its answer ignored.
  answers["skin_condition"] = ChoiceIds{"vitiligo"};
  Evaluation result = run(microneedling(), answers);
  CHECK_FALSE(contains(result.visible, "skin_condition_flare"));
  CHECK(codes(result) == std::vector<std::string>{"skin_condition"});
  CHECK_FALSE(result.kept.count("skin_condition_flare"));
  answers["skin_condition"] = ChoiceIds{"none"};
  CHECK(run(microneedling(), answers).flags.empty());
  answers["skin_condition"] = ChoiceIds{"eczema"};
  answers["skin_condition_flare"] = false;
  CHECK(codes(run(microneedling(), answers)) == std::vector<std::string>{"skin_condition"});
}

TEST_CASE("isotretinoin_recent: a last dose exactly 6 months before the visit is not recent",
          "[forms][microneedling]") {
  // 2026-08-31 minus 6 months clamps to 2026-02-28 (common year).
  CHECK(codes(with_dose("2026-02-28", "2026-08-31")) == std::vector<std::string>{"isotretinoin_past"});
  CHECK(codes(with_dose("2026-03-01", "2026-08-31")) == std::vector<std::string>{"isotretinoin_recent"});
  // In a leap year the clamp lands on 29 February.
  CHECK(codes(with_dose("2024-02-29", "2024-08-31")) == std::vector<std::string>{"isotretinoin_past"});
  CHECK(codes(with_dose("2024-03-01", "2024-08-31")) == std::vector<std::string>{"isotretinoin_recent"});
  CHECK(codes(with_dose("2024-02-28", "2024-08-31")) == std::vector<std::string>{"isotretinoin_past"});
  // An ordinary mid-month boundary across a year end.
  CHECK(codes(with_dose("2025-12-15", "2026-06-15")) == std::vector<std::string>{"isotretinoin_past"});
  CHECK(codes(with_dose("2025-12-16", "2026-06-15")) == std::vector<std::string>{"isotretinoin_recent"});
  CHECK(codes(with_dose("2026-06-15", "2026-06-15")) == std::vector<std::string>{"isotretinoin_recent"});
}

TEST_CASE("isotretinoin flags carry severity, messages and the question that triggered them",
          "[forms][microneedling]") {
  const Evaluation recent = with_dose("2026-03-01", "2026-08-31");
  CHECK(recent.flags[0].severity == Severity::stop);
  CHECK(recent.flags[0].questions == std::vector<std::string>{"isotretinoin_last_dose"});
  CHECK(recent.has_stop_flag());
  const Evaluation past = with_dose("2026-02-28", "2026-08-31");
  CHECK(past.flags[0].severity == Severity::review);
  CHECK(past.flags[0].questions == std::vector<std::string>{"isotretinoin"});
}

TEST_CASE("isotretinoin_past fires when the date is missing, and nothing fires for 'no'",
          "[forms][microneedling]") {
  Answers answers = baseline_answers(microneedling());
  answers["isotretinoin"] = true;
  const Evaluation no_date = run(microneedling(), answers);
  CHECK(codes(no_date) == std::vector<std::string>{"isotretinoin_past"});
  CHECK(no_date.missing == std::vector<std::string>{"isotretinoin_last_dose"});

  answers["isotretinoin"] = false;
  answers["isotretinoin_last_dose"] = date("2026-08-01");  // hidden now: ignored, not kept
  const Evaluation no = run(microneedling(), answers);
  CHECK(no.flags.empty());
  CHECK_FALSE(contains(no.visible, "isotretinoin_last_dose"));
  CHECK_FALSE(no.kept.count("isotretinoin_last_dose"));
}

TEST_CASE("a last dose in the future is reported invalid and still treated as recent",
          "[forms][microneedling]") {
  const Evaluation result = with_dose("2026-09-01", "2026-08-31");
  REQUIRE(result.invalid.size() == 1);
  CHECK(result.invalid[0].question_id == "isotretinoin_last_dose");
  CHECK(result.invalid[0].message == "answer to 'isotretinoin_last_dose' is a date in the future");
  CHECK(codes(result) == std::vector<std::string>{"isotretinoin_recent"});
  CHECK_FALSE(result.complete());
}

TEST_CASE("the isotretinoin window is a number in the form file a clinic can change",
          "[forms][microneedling]") {
  const auto folder = std::filesystem::path(INTAKE_SOURCE_FORMS_DIR) / "microneedling";
  std::string yaml = read_text(folder / "form.yaml");
  const std::string from = "isotretinoin_stop_months: 6 ", to = "isotretinoin_stop_months: 3 ";
  REQUIRE(yaml.find(from) != std::string::npos);
  yaml.replace(yaml.find(from), from.size(), to);
  const FormLoadResult loaded = load_form_from_text(yaml, read_folder_documents(folder), folder);
  REQUIRE(loaded.form);
  Answers answers = baseline_answers(*loaded.form);
  answers["isotretinoin"] = true;
  // 2026-08-31 minus 3 months is 2026-05-31.
  answers["isotretinoin_last_dose"] = date("2026-05-31");
  CHECK(codes(run(*loaded.form, answers)) == std::vector<std::string>{"isotretinoin_past"});
  answers["isotretinoin_last_dose"] = date("2026-06-01");
  CHECK(codes(run(*loaded.form, answers)) == std::vector<std::string>{"isotretinoin_recent"});
  // The staff message follows the number.
  CHECK(loaded.form->find_rule("isotretinoin_recent")->staff_message.find("less than 3 months") !=
        std::string::npos);
}

TEST_CASE("minor: under 18 on the visit date, the 18th birthday itself counts", "[forms][microneedling]") {
  CHECK(codes(born("2008-06-15", "2026-06-14")) == std::vector<std::string>{"minor"});
  CHECK(born("2008-06-15", "2026-06-15").flags.empty());
  const Evaluation minor = born("2008-06-15", "2026-06-14");
  CHECK(minor.flags[0].severity == Severity::stop);
  CHECK(minor.flags[0].questions == std::vector<std::string>{"date_of_birth"});
  CHECK_FALSE(minor.flags[0].patient_message.empty());
  // Without a date of birth there is no age, and missing data never flags.
  CHECK(run(microneedling(), baseline_answers(microneedling()), std::nullopt).flags.empty());
}

TEST_CASE("minor: a 29 February birthday falls on 1 March in common years", "[forms][microneedling]") {
  CHECK(codes(born("2008-02-29", "2026-02-28")) == std::vector<std::string>{"minor"});
  CHECK(born("2008-02-29", "2026-03-01").flags.empty());
  CHECK(codes(born("1996-02-29", "2014-02-28")) == std::vector<std::string>{"minor"});
  CHECK(born("1996-02-29", "2014-03-01").flags.empty());
}

TEST_CASE("other_allergies and previous_reaction are notes when not empty", "[forms][microneedling]") {
  Answers answers = baseline_answers(microneedling());
  answers["other_allergies"] = std::string("penicillin");
  Evaluation result = run(microneedling(), answers);
  CHECK(codes(result) == std::vector<std::string>{"other_allergies"});
  CHECK(result.flags[0].severity == Severity::note);
  answers["other_allergies"] = std::string("   ");
  CHECK(run(microneedling(), answers).flags.empty());
  answers["other_allergies"] = std::string("");
  CHECK(run(microneedling(), answers).flags.empty());

  answers["previous_microneedling"] = true;
  answers["previous_reaction"] = std::string("a rash for two days");
  result = run(microneedling(), answers);
  CHECK(codes(result) == std::vector<std::string>{"previous_reaction"});
  CHECK(result.flags[0].severity == Severity::note);
  // Hidden when there was no previous treatment: the answer is ignored.
  answers["previous_microneedling"] = false;
  result = run(microneedling(), answers);
  CHECK(result.flags.empty());
  CHECK_FALSE(contains(result.visible, "previous_reaction"));
}

TEST_CASE("patient messages come in the patient's language", "[forms][microneedling]") {
  Answers answers = baseline_answers(microneedling());
  answers["pregnant"] = true;
  const Evaluation en = run(microneedling(), answers, date("1980-05-10"), date("2026-08-31"), "en");
  const Evaluation es = run(microneedling(), answers, date("1980-05-10"), date("2026-08-31"), "es");
  CHECK(en.flags[0].patient_message.starts_with("Thank you"));
  CHECK(es.flags[0].patient_message.starts_with("Gracias"));
  CHECK(en.flags[0].staff_message == es.flags[0].staff_message);  // staff read English
}

TEST_CASE("a patient with many answers gets every flag in the form's rule order", "[forms][microneedling]") {
  Answers answers = baseline_answers(microneedling());
  for (const YesNoFlag& row : kYesNoFlags) answers[row.question] = true;
  for (const char* added :
       {"dark_marks_history", "infection_now", "blood_borne_infection", "photosensitising_meds",
        "bleeding_supplements", "latex_allergy", "skin_cancer_area"})
    answers[added] = true;
  answers["sun_reaction"] = std::string("never_burns");
  answers["last_microneedling_date"] = date("2026-08-20");
  answers["skin_condition"] = ChoiceIds{"rosacea"};
  answers["skin_condition_flare"] = true;
  answers["isotretinoin"] = true;
  answers["isotretinoin_last_dose"] = date("2026-08-01");
  answers["other_allergies"] = std::string("latex");
  answers["previous_microneedling"] = true;
  answers["previous_reaction"] = std::string("swelling");
  const Evaluation result = run(microneedling(), answers, date("2010-01-01"), date("2026-08-31"));
  std::vector<std::string> expected;
  for (const Rule& rule : microneedling().rules)
    if (rule.flag != "isotretinoin_past") expected.push_back(rule.flag);
  CHECK(codes(result) == expected);
}
