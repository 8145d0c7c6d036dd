// The shipped micro-needling form keeps the screening contract (ids, types, flag codes and
// severities of the domain file) and is complete in English and Spanish.
#include <catch2/catch_test_macros.hpp>

#include "common/sha256.hpp"
#include "form_test_support.hpp"

using namespace intake;
using namespace intake::forms;
using namespace intake::forms::test;

TEST_CASE("the shipped form loads with no problems", "[forms][microneedling]") {
  const FormLoadResult loaded = load_form(std::filesystem::path(INTAKE_SOURCE_FORMS_DIR) / "microneedling");
  for (const Diagnostic& d : loaded.errors) UNSCOPED_INFO(format_diagnostic(d));
  CHECK(loaded.errors.empty());
  REQUIRE(loaded.form);
  CHECK(loaded.form->id == "microneedling");
  CHECK(loaded.form->languages == std::vector<std::string>{"en", "es"});
}

TEST_CASE("every question id of the domain table exists with its type", "[forms][microneedling]") {
  const std::pair<const char*, QuestionType> table[] = {
      {"pregnant", QuestionType::yes_no},
      {"breastfeeding", QuestionType::yes_no},
      {"cold_sore_active", QuestionType::yes_no},
      {"cold_sore_history", QuestionType::yes_no},
      {"acne_active", QuestionType::yes_no},
      {"skin_condition", QuestionType::multi_choice},
      {"skin_condition_flare", QuestionType::yes_no},
      {"skin_broken", QuestionType::yes_no},
      {"sunburn_recent", QuestionType::yes_no},
      {"lesions_in_area", QuestionType::yes_no},
      {"isotretinoin", QuestionType::yes_no},
      {"isotretinoin_last_dose", QuestionType::date},
      {"retinoids_recent", QuestionType::yes_no},
      {"anticoagulants", QuestionType::yes_no},
      {"medications", QuestionType::long_text},
      {"bleeding_disorder", QuestionType::yes_no},
      {"keloid_history", QuestionType::yes_no},
      {"diabetes", QuestionType::yes_no},
      {"immune_condition", QuestionType::yes_no},
      {"cancer_treatment", QuestionType::yes_no},
      {"heart_condition", QuestionType::yes_no},
      {"injectables_recent", QuestionType::yes_no},
      {"procedures_recent", QuestionType::yes_no},
      {"anesthetic_allergy", QuestionType::yes_no},
      {"metal_allergy", QuestionType::yes_no},
      {"other_allergies", QuestionType::short_text},
      {"treatment_areas", QuestionType::multi_choice},
      {"concerns", QuestionType::multi_choice},
      {"previous_microneedling", QuestionType::yes_no},
      {"previous_reaction", QuestionType::short_text},
  };
  const Form& form = microneedling();
  for (const auto& [id, type] : table) {
    INFO(id);
    const Question* question = form.find_question(id);
    REQUIRE(question);
    CHECK(question->type == type);
  }
  CHECK(form.find_question("isotretinoin_last_dose")->not_in_future);
  CHECK(form.find_question("treatment_areas")->required);
  CHECK_FALSE(form.find_question("medications")->required);
  CHECK_FALSE(form.find_question("other_allergies")->required);
  CHECK_FALSE(form.find_question("previous_reaction")->required);
  const auto choice_ids = [&](const char* id) {
    std::vector<std::string> ids;
    for (const Choice& c : form.find_question(id)->choices) ids.push_back(c.id);
    return ids;
  };
  CHECK(choice_ids("skin_condition") ==
        std::vector<std::string>{"eczema", "psoriasis", "dermatitis", "rosacea", "vitiligo", "none"});
  CHECK(form.find_question("skin_condition")->find_choice("none")->exclusive);
  CHECK(choice_ids("treatment_areas") ==
        std::vector<std::string>{"face", "neck", "decolletage", "hands", "arms", "abdomen", "back", "legs"});
  CHECK(choice_ids("concerns") == std::vector<std::string>{"fine_lines", "acne_scars", "hyperpigmentation",
                                                           "pores", "texture", "stretch_marks", "laxity",
                                                           "other"});
}

TEST_CASE("every flag code of the domain table exists with its severity", "[forms][microneedling]") {
  const std::pair<const char*, Severity> table[] = {
      {"pregnancy", Severity::stop},
      {"breastfeeding", Severity::stop},
      {"cold_sore_active", Severity::stop},
      {"cold_sore_history", Severity::review},
      {"acne_active", Severity::stop},
      {"skin_condition", Severity::review},
      {"skin_flare", Severity::stop},
      {"skin_broken", Severity::stop},
      {"sunburn_recent", Severity::stop},
      {"lesions_in_area", Severity::review},
      {"isotretinoin_recent", Severity::stop},
      {"isotretinoin_past", Severity::review},
      {"retinoids_recent", Severity::review},
      {"anticoagulants", Severity::review},
      {"bleeding_disorder", Severity::stop},
      {"keloid_history", Severity::review},
      {"diabetes", Severity::review},
      {"immune_condition", Severity::review},
      {"cancer_treatment", Severity::stop},
      {"heart_condition", Severity::review},
      {"injectables_recent", Severity::review},
      {"procedures_recent", Severity::review},
      {"anesthetic_allergy", Severity::review},
      {"metal_allergy", Severity::stop},
      {"other_allergies", Severity::note},
      {"previous_reaction", Severity::note},
      {"minor", Severity::stop},
      // The December 2026 additions.
      {"pigmentation_risk", Severity::review},
      {"infection_now", Severity::stop},
      {"blood_borne_infection", Severity::review},
      {"photosensitising_meds", Severity::review},
      {"bleeding_supplements", Severity::note},
      {"latex_allergy", Severity::review},
      {"skin_cancer_area", Severity::stop},
      {"treatment_interval", Severity::review},
  };
  const Form& form = microneedling();
  CHECK(form.rules.size() == std::size(table));
  for (const auto& [code, severity] : table) {
    INFO(code);
    const Rule* rule = form.find_rule(code);
    REQUIRE(rule);
    CHECK(rule->severity == severity);
    CHECK_FALSE(rule->staff_message.empty());
  }
  CHECK(form.windows.at("isotretinoin_stop_months") == 6);
  CHECK(form.windows.at("isotretinoin_ask_months") == 12);
}

TEST_CASE("every text of the form exists in English and Spanish", "[forms][microneedling]") {
  const Form& form = microneedling();
  const auto complete = [&](const LocalizedText& text, const std::string& what) {
    INFO(what);
    for (const std::string& language : form.languages) {
      REQUIRE(text.count(language));
      CHECK_FALSE(text.at(language).empty());
      CHECK(text.at(language).find('{') == std::string::npos);  // every {window} was filled in
    }
  };
  complete(form.title, "title");
  complete(form.photo_consent, "photo consent");
  complete(form.certification, "certification");
  for (const Page& page : form.pages) complete(page.title, "page " + page.id);
  for (const Question& question : form.questions) {
    complete(question.text, question.id);
    if (!question.help.empty()) complete(question.help, question.id + " help");
    for (const Choice& choice : question.choices) complete(choice.text, question.id + "." + choice.id);
    CHECK(question.text.at("en") != question.text.at("es"));
  }
  for (const Rule& rule : form.rules)
    if (!rule.patient_message.empty()) complete(rule.patient_message, rule.flag);
  CHECK(form.find_question("sunburn_recent")->text.at("en").find("last 2 weeks") != std::string::npos);
  CHECK(form.find_question("sunburn_recent")->text.at("es").find("últimas 2 semanas") != std::string::npos);
}

TEST_CASE("the consent has every section the domain file lists, in both languages",
          "[forms][microneedling]") {
  const std::vector<std::string> sections = {"procedure",    "benefits",       "risks",
                                             "alternatives", "health_history", "pregnancy",
                                             "care_duties",  "cold_sores",     "questions_voluntary"};
  for (const char* language : {"en", "es"}) {
    INFO(language);
    const Document& consent = microneedling().consent_document(language);
    CHECK(consent.language == language);
    std::vector<std::string> ids;
    for (const DocumentSection& section : consent.sections) {
      ids.push_back(section.id);
      CHECK_FALSE(section.title.empty());
      CHECK_FALSE(section.blocks.empty());
    }
    CHECK(ids == sections);
    CHECK(consent.sha256_hex == sha256_hex(consent.displayed_text));
    CHECK(consent.sha256_hex.size() == 64);
    const Document& aftercare = microneedling().aftercare_document(language);
    CHECK(aftercare.sections.size() == 4);
  }
  CHECK(microneedling().consent_document("en").sha256_hex !=
        microneedling().consent_document("es").sha256_hex);
}

TEST_CASE("patient-facing texts make none of the claims the domain file rules out",
          "[forms][microneedling]") {
  const Form& form = microneedling();
  for (const char* language : {"en", "es"}) {
    for (const Document* document : {&form.consent_document(language), &form.aftercare_document(language)}) {
      std::string text = document->displayed_text;
      for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const char* claim : {"infus", "toxin", "guarantee", "garantiz"}) {
        INFO(language << ": " << claim);
        CHECK(text.find(claim) == std::string::npos);
      }
    }
  }
  const std::string risks = form.consent_document("en").displayed_text;
  for (const char* risk : {"redness", "swelling", "infection", "cold sore", "milia", "scars", "granulomas",
                           "bruising", "darker patches", "allergic reaction"})
    CHECK(risks.find(risk) != std::string::npos);
}
