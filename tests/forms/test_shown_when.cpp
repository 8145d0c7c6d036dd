// shown_when hides questions, and an answer to a hidden question changes nothing: it does not
// show later questions, raise flags, count as missing, or get stored.
#include <catch2/catch_test_macros.hpp>

#include "form_test_support.hpp"
#include "mini_form.hpp"

using namespace intake;
using namespace intake::forms;
using namespace intake::forms::test;

TEST_CASE("visible lists shown questions in display order", "[forms][shown_when]") {
  const Evaluation result = run(microneedling(), baseline_answers(microneedling()));
  std::vector<std::string> expected;
  for (const Question& question : microneedling().questions)
    if (!question.shown_when) expected.push_back(question.id);
  CHECK(result.visible == expected);
  CHECK_FALSE(contains(result.visible, "isotretinoin_last_dose"));
  CHECK_FALSE(contains(result.visible, "skin_condition_flare"));
  CHECK_FALSE(contains(result.visible, "previous_reaction"));
}

TEST_CASE("a required question that is hidden is never missing", "[forms][shown_when]") {
  Answers answers = baseline_answers(microneedling());
  CHECK_FALSE(contains(run(microneedling(), answers).missing, "isotretinoin_last_dose"));
  answers["isotretinoin"] = true;
  CHECK(contains(run(microneedling(), answers).missing, "isotretinoin_last_dose"));
}

TEST_CASE("unanswered condition hides the question", "[forms][shown_when]") {
  Answers answers = baseline_answers(microneedling());
  answers.erase("isotretinoin");
  answers["isotretinoin_last_dose"] = date("2026-08-30");
  const Evaluation result = run(microneedling(), answers);
  CHECK_FALSE(contains(result.visible, "isotretinoin_last_dose"));
  CHECK(result.flags.empty());
  CHECK_FALSE(result.kept.count("isotretinoin_last_dose"));
}

TEST_CASE("hiding cascades: a question behind a hidden question stays hidden", "[forms][shown_when]") {
  const std::string head = kMiniFormHead;
  const std::string yaml = head + R"(      - id: e
        type: yes_no
        shown_when: "a"
        text: {en: "E?"}
      - id: f
        type: yes_no
        required: true
        shown_when: "e"
        text: {en: "F?"}
rules:
  - flag: f_yes
    severity: stop
    label: {en: F}
    staff_message: {en: x}
    when: "f"
)";
  const FormLoadResult loaded = load_form_from_text(yaml, mini_documents(), "mini");
  REQUIRE(loaded.form);
  // e was answered yes earlier, then a was changed to no: e is hidden, so f is hidden too.
  const Answers answers{{"a", false}, {"e", true}, {"f", true}};
  const Evaluation result = run(*loaded.form, answers);
  CHECK_FALSE(contains(result.visible, "e"));
  CHECK_FALSE(contains(result.visible, "f"));
  CHECK(result.flags.empty());
  CHECK(result.missing.empty());
  CHECK(result.kept.count("a"));
  CHECK_FALSE(result.kept.count("e"));
  CHECK_FALSE(result.kept.count("f"));

  const Evaluation shown = run(*loaded.form, {{"a", true}, {"e", true}, {"f", true}});
  CHECK(contains(shown.visible, "f"));
  CHECK(codes(shown) == std::vector<std::string>{"f_yes"});
}

TEST_CASE("kept holds exactly the shown, answered questions", "[forms][shown_when]") {
  Answers answers = baseline_answers(microneedling());
  answers["previous_reaction"] = std::string("hidden text");  // previous_microneedling is no
  answers["medications"] = std::string("   ");                // nothing written
  const Evaluation result = run(microneedling(), answers);
  CHECK_FALSE(result.kept.count("previous_reaction"));
  CHECK_FALSE(result.kept.count("medications"));
  CHECK(result.kept.size() == answers.size() - 2);
}
