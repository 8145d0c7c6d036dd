#include "submission/answer_display.hpp"

#include <array>
#include <cmath>

#include <fmt/format.h>

namespace intake::submission {
namespace {

bool spanish(std::string_view language) { return language == "es"; }

constexpr std::array<const char*, 12> kMonthsEn = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};
constexpr std::array<const char*, 12> kMonthsEs = {"enero",      "febrero", "marzo",     "abril",
                                                   "mayo",       "junio",   "julio",     "agosto",
                                                   "septiembre", "octubre", "noviembre", "diciembre"};

std::string choice_label(const forms::Question& question, const std::string& id, std::string_view language) {
  const forms::Choice* choice = question.find_choice(id);
  return choice ? forms::localized(choice->text, language) : id;
}

}  // namespace

std::string yes_no_text(bool yes, std::string_view language) {
  if (spanish(language)) return yes ? "Sí" : "No";
  return yes ? "Yes" : "No";
}

std::string date_text(const CalendarDate& date, std::string_view language) {
  if (date.month < 1 || date.month > 12) return to_iso(date);
  if (spanish(language)) return fmt::format("{} de {} de {}", date.day, kMonthsEs[date.month - 1], date.year);
  return fmt::format("{} {} {}", date.day, kMonthsEn[date.month - 1], date.year);
}

std::string number_text(double number, std::string_view language) {
  if (!std::isfinite(number)) return not_answered_text(language);
  // Whole numbers without ".0"; others with at most 4 decimals and no trailing zeros.
  std::string text = std::trunc(number) == number && std::abs(number) < 1e15 ? fmt::format("{:.0f}", number)
                                                                             : fmt::format("{:.4f}", number);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (spanish(language))
    for (char& c : text)
      if (c == '.') c = ',';
  return text;
}

std::string not_answered_text(std::string_view language) {
  return spanish(language) ? "Sin respuesta" : "Not answered";
}

std::string answer_text(const forms::Question& question, const forms::AnswerValue& value,
                        std::string_view language) {
  if (!forms::is_answered(value) || !check_answer_type(question, value)) return not_answered_text(language);
  switch (question.type) {
    case forms::QuestionType::yes_no: return yes_no_text(std::get<bool>(value), language);
    case forms::QuestionType::number: return number_text(std::get<double>(value), language);
    case forms::QuestionType::date: return date_text(std::get<CalendarDate>(value), language);
    case forms::QuestionType::short_text:
    case forms::QuestionType::long_text: return std::get<std::string>(value);
    case forms::QuestionType::single_choice:
      return choice_label(question, std::get<std::string>(value), language);
    case forms::QuestionType::multi_choice: {
      std::string joined;
      for (const std::string& id : std::get<forms::ChoiceIds>(value)) {
        if (!joined.empty()) joined += ", ";
        joined += choice_label(question, id, language);
      }
      return joined;
    }
  }
  return not_answered_text(language);
}

const std::string& question_text(const forms::Question& question, std::string_view language) {
  return forms::localized(question.text, language);
}

std::vector<AnswerLine> answer_lines(const forms::Form& form, const forms::Evaluation& evaluation,
                                     std::string_view language) {
  std::vector<AnswerLine> lines;
  for (const std::string& id : evaluation.visible) {
    const forms::Question* question = form.find_question(id);
    if (!question) continue;
    AnswerLine line{id, question_text(*question, language), not_answered_text(language), false};
    if (const auto it = evaluation.kept.find(id);
        it != evaluation.kept.end() && forms::is_answered(it->second)) {
      line.answer = answer_text(*question, it->second, language);
      line.answered = true;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace intake::submission
