// answers_from_json turns ANSWERS.json into typed answers and refuses wrong types with a
// message naming the question (never the patient's value).
#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

#include "form_test_support.hpp"

using namespace intake;
using namespace intake::forms;
using namespace intake::forms::test;
using nlohmann::json;

namespace {
std::string error_for(const json& object) {
  auto parsed = answers_from_json(microneedling(), object);
  REQUIRE_FALSE(parsed.ok());
  return parsed.error().message;
}
}  // namespace

TEST_CASE("every JSON value kind converts to the question's typed answer", "[forms][answers]") {
  const json object = {{"pregnant", false},
                       {"isotretinoin_last_dose", "2026-03-01"},
                       {"treatment_areas", {"face", "neck"}},
                       {"medications", "vitamin D"},
                       {"other_allergies", nullptr},
                       {"date_of_birth", "1990-05-10"}};
  auto parsed = answers_from_json(microneedling(), object);
  REQUIRE(parsed.ok());
  const Answers& answers = parsed->answers;
  CHECK(std::get<bool>(answers.at("pregnant")) == false);
  CHECK(std::get<CalendarDate>(answers.at("isotretinoin_last_dose")) == date("2026-03-01"));
  CHECK(std::get<ChoiceIds>(answers.at("treatment_areas")) == ChoiceIds{"face", "neck"});
  CHECK(std::get<std::string>(answers.at("medications")) == "vitamin D");
  CHECK_FALSE(answers.count("other_allergies"));  // null = unanswered
  CHECK_FALSE(answers.count("date_of_birth"));
  CHECK(parsed->date_of_birth == date("1990-05-10"));
}

TEST_CASE("wrong types are errors naming the question", "[forms][answers]") {
  CHECK(error_for({{"pregnant", "yes"}}) == "answer to 'pregnant' must be true or false");
  CHECK(error_for({{"pregnant", 1}}) == "answer to 'pregnant' must be true or false");
  CHECK(error_for({{"isotretinoin_last_dose", true}}) ==
        "answer to 'isotretinoin_last_dose' must be a date string \"YYYY-MM-DD\"");
  CHECK(error_for({{"isotretinoin_last_dose", "2026-02-30"}}) ==
        "answer to 'isotretinoin_last_dose' is not a real date written \"YYYY-MM-DD\"");
  CHECK(error_for({{"treatment_areas", "face"}}) ==
        "answer to 'treatment_areas' must be a list of choice ids");
  CHECK(error_for({{"treatment_areas", {"face", 3}}}) ==
        "answer to 'treatment_areas' must be a list of choice ids");
  CHECK(error_for({{"medications", 12}}) == "answer to 'medications' must be a string");
  CHECK(error_for({{"date_of_birth", "10/05/1990"}}) ==
        "date_of_birth must be a real date string \"YYYY-MM-DD\"");
  CHECK(error_for(json::array()) == "answers must be a JSON object mapping question ids to values");
}

TEST_CASE("unknown questions and choices are errors naming them", "[forms][answers]") {
  CHECK(error_for({{"pregnnant", true}}) == "form 'microneedling' has no question 'pregnnant'");
  CHECK(error_for({{"treatment_areas", {"elbow"}}}) ==
        "answer to 'treatment_areas' names a choice the question does not have");
  CHECK(error_for({{"treatment_areas", {"face", "face"}}}) ==
        "answer to 'treatment_areas' lists the same choice twice");
  CHECK(error_for({{"skin_condition", {"none", "eczema"}}}) ==
        "answer to 'skin_condition' combines 'none' with other choices");
  CHECK(error_for({{std::string(300, 'q'), true}}).size() < 150);
}

TEST_CASE("text longer than the question allows is refused", "[forms][answers]") {
  CHECK(error_for({{"other_allergies", std::string(201, 'a')}}) ==
        "answer to 'other_allergies' is longer than 200 characters");
  // Characters, not bytes: 200 accented letters fit.
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "\xC3\xA9";
  CHECK(answers_from_json(microneedling(), json{{"other_allergies", accented}}).ok());
  CHECK(error_for({{"other_allergies", "bad \xC3\x28"}}) ==
        "answer to 'other_allergies' is not valid UTF-8 text");
}

TEST_CASE("answers_to_json round-trips through answers_from_json", "[forms][answers]") {
  Answers answers = baseline_answers(microneedling());
  answers["isotretinoin"] = true;
  answers["isotretinoin_last_dose"] = date("2026-01-31");
  answers["other_allergies"] = std::string("José's latex allergy");
  const json object = answers_to_json(microneedling(), answers);
  CHECK(object.at("isotretinoin_last_dose") == "2026-01-31");
  auto back = answers_from_json(microneedling(), object);
  REQUIRE(back.ok());
  CHECK(back->answers == answers);
}

TEST_CASE("toggle_choice keeps an exclusive 'none' alone and the question's order", "[forms][answers]") {
  const Question& skin = *microneedling().find_question("skin_condition");
  ChoiceIds picked = toggle_choice(skin, {}, "rosacea");
  picked = toggle_choice(skin, picked, "eczema");
  CHECK(picked == ChoiceIds{"eczema", "rosacea"});
  CHECK(toggle_choice(skin, picked, "none") == ChoiceIds{"none"});
  CHECK(toggle_choice(skin, ChoiceIds{"none"}, "vitiligo") == ChoiceIds{"vitiligo"});
  CHECK(toggle_choice(skin, picked, "eczema") == ChoiceIds{"rosacea"});
  CHECK(toggle_choice(skin, picked, "elbow") == picked);
  CHECK(check_answer_type(skin, toggle_choice(skin, picked, "none")).ok());
}
