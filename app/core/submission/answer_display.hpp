#pragma once
// An answer as words a person reads: "Yes", "Face, Neck", "10 May 1990", "2,5". The signed PDF
// prints these (in the patient's language, and in English for staff), and the kiosk's review
// screen shows the same words, so what the patient certified is what the PDF says.
// Core code: no ImGui. Languages with their own words: en, es; any other language falls back
// to English for the fixed words (choice labels and question texts always come from the form).
#include <string>
#include <string_view>
#include <vector>

#include "common/calendar_date.hpp"
#include "forms/answers.hpp"
#include "forms/evaluation.hpp"
#include "forms/form.hpp"

namespace intake::submission {

std::string yes_no_text(bool yes, std::string_view language);  // "Yes" / "Sí"
std::string date_text(const CalendarDate& date,
                      std::string_view language);                   // "10 May 1990" / "10 de mayo de 1990"
std::string number_text(double number, std::string_view language);  // "2.5" / "2,5"; no exponent
std::string not_answered_text(std::string_view language);           // "Not answered" / "Sin respuesta"

// The question's own choice labels in `language`; several choices joined with ", ".
// Free text is returned as typed. A value of the wrong type for the question (which a checked
// session never holds) is shown as not answered rather than guessed at.
std::string answer_text(const forms::Question& question, const forms::AnswerValue& value,
                        std::string_view language);

// The question as the patient read it (text in `language`, window numbers already filled in).
const std::string& question_text(const forms::Question& question, std::string_view language);

// One row of "every shown question with its answer" (the review screen, the PDF).
struct AnswerLine {
  std::string question_id;
  std::string question;  // question_text() in the language
  std::string answer;    // answer_text(), or not_answered_text() for an optional blank one
  bool answered = false;
};

// The evaluation's visible questions in display order, answered from Evaluation::kept (so an
// answer to a hidden question never shows).
std::vector<AnswerLine> answer_lines(const forms::Form& form, const forms::Evaluation& evaluation,
                                     std::string_view language);

}  // namespace intake::submission
