// Answers as the patient and staff read them on the PDF (and later the kiosk's review screen),
// and the times printed beside initials and signatures.
#include <catch2/catch_test_macros.hpp>

#include <cstdlib>

#include "cli/host_environment.hpp"
#include "common/date_time.hpp"
#include "submission/answer_display.hpp"
#include "submission_test_support.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;

namespace {
const forms::Question& question(const char* id) {
  const forms::Question* q = shipped_forms().find("microneedling")->find_question(id);
  REQUIRE(q != nullptr);
  return *q;
}
}  // namespace

TEST_CASE("yes/no answers read Yes/No in English and Sí/No in Spanish", "[submission][display]") {
  CHECK(answer_text(question("pregnant"), true, "en") == "Yes");
  CHECK(answer_text(question("pregnant"), false, "en") == "No");
  CHECK(answer_text(question("pregnant"), true, "es") == "Sí");
  CHECK(answer_text(question("pregnant"), false, "es") == "No");
}

TEST_CASE("choices show the form's labels in the language, joined in the order given",
          "[submission][display]") {
  const forms::AnswerValue areas = forms::ChoiceIds{"face", "decolletage"};
  CHECK(answer_text(question("treatment_areas"), areas, "en") == "Face, Chest (décolletage)");
  CHECK(answer_text(question("treatment_areas"), areas, "es") == "Cara, Escote");
  CHECK(answer_text(question("skin_condition"), forms::ChoiceIds{"none"}, "es") == "Ninguna de estas");
}

TEST_CASE("dates are written out with the month's name", "[submission][display]") {
  const CalendarDate date{1990, 5, 10};
  CHECK(date_text(date, "en") == "10 May 1990");
  CHECK(date_text(date, "es") == "10 de mayo de 1990");
  CHECK(answer_text(question("isotretinoin_last_dose"), CalendarDate{2026, 2, 28}, "en") ==
        "28 February 2026");
  CHECK(date_text(CalendarDate{2024, 12, 1}, "fr") == "1 December 2024");  // English fallback
}

TEST_CASE("numbers have no exponent and Spanish uses a decimal comma", "[submission][display]") {
  CHECK(number_text(3, "en") == "3");
  CHECK(number_text(2.5, "en") == "2.5");
  CHECK(number_text(2.5, "es") == "2,5");
  CHECK(number_text(1250000, "en") == "1250000");
  CHECK(number_text(0.125, "en") == "0.125");
}

TEST_CASE("free text is shown as typed; empty or wrongly typed answers read as not answered",
          "[submission][display]") {
  CHECK(answer_text(question("medications"), std::string("Vitamin D, 1 a day"), "en") ==
        "Vitamin D, 1 a day");
  CHECK(answer_text(question("medications"), std::string("   "), "es") == "Sin respuesta");
  CHECK(answer_text(question("pregnant"), std::string("yes"), "en") == "Not answered");
}

TEST_CASE("question texts come from the form with window numbers filled in", "[submission][display]") {
  CHECK(question_text(question("sunburn_recent"), "en").find("2 weeks") != std::string::npos);
  CHECK(question_text(question("sunburn_recent"), "es").find("2 semanas") != std::string::npos);
}

TEST_CASE("answer lines list the shown questions in order and never a hidden answer",
          "[submission][display]") {
  const forms::Form& form = *shipped_forms().find("microneedling");
  forms::Answers answers = {{"treatment_areas", forms::ChoiceIds{"face"}},
                            {"previous_microneedling", false},
                            {"previous_reaction", std::string("Hidden text")},  // shown only after a yes
                            {"isotretinoin", true},
                            {"isotretinoin_last_dose", CalendarDate{2026, 3, 2}}};
  const forms::Evaluation evaluation =
      forms::evaluate(form, {answers, CalendarDate{1990, 5, 10}, kVisitDate, "es"});
  const std::vector<AnswerLine> lines = answer_lines(form, evaluation, "es");
  REQUIRE(lines.size() == evaluation.visible.size());
  CHECK(lines[0].question_id == "treatment_areas");
  CHECK(lines[0].answer == "Cara");
  CHECK(lines[0].answered);
  for (const AnswerLine& line : lines) {
    CHECK(line.question_id != "previous_reaction");
    if (line.question_id == "isotretinoin_last_dose") CHECK(line.answer == "2 de marzo de 2026");
    if (line.question_id == "pregnant") {
      CHECK_FALSE(line.answered);
      CHECK(line.answer == "Sin respuesta");
    }
  }
}

TEST_CASE("signing times must carry their offset", "[submission][time]") {
  CHECK(is_timestamp_with_offset("2026-11-21T10:47:02+01:00"));
  CHECK(is_timestamp_with_offset("2026-11-21T10:47:02.125Z"));
  CHECK(is_timestamp_with_offset("2026-11-21T10:47:02-05:30"));
  CHECK_FALSE(is_timestamp_with_offset("2026-11-21T10:47:02"));
  CHECK_FALSE(is_timestamp_with_offset("2026-02-30T10:47:02Z"));
  CHECK_FALSE(is_timestamp_with_offset("2026-11-21 10:47:02+01:00"));
  CHECK_FALSE(is_timestamp_with_offset("2026-11-21T10:47:02+0100"));
}

TEST_CASE("the local zone name comes from TZ when TZ names a zone", "[submission][time]") {
  CHECK(cli::system_time_zone_name(":Europe/Madrid") == "Europe/Madrid");
  CHECK(cli::system_time_zone_name("CET-1CEST") != "CET-1CEST");  // a POSIX rule is not a zone name
}
