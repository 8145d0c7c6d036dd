#include "ui/answer_text.hpp"

#include <fmt/format.h>

#include "ui/widgets/field_row.hpp"

namespace intake::ui {

std::string answer_text(const UiFrame& frame, const forms::Question& question,
                        const forms::AnswerValue& value) {
  if (const bool* yes = std::get_if<bool>(&value)) return frame.t(*yes ? "answer.yes" : "answer.no");
  if (const double* number = std::get_if<double>(&value)) return fmt::format("{:g}", *number);
  if (const CalendarDate* date = std::get_if<CalendarDate>(&value)) return date_in_words(frame, *date);
  if (const std::string* text = std::get_if<std::string>(&value)) {
    if (question.type == forms::QuestionType::single_choice) {
      if (const forms::Choice* choice = question.find_choice(*text))
        return forms::localized(choice->text, frame.language);
    }
    return *text;
  }
  if (const forms::ChoiceIds* ids = std::get_if<forms::ChoiceIds>(&value)) {
    std::string joined;
    for (const auto& id : *ids) {
      if (!joined.empty()) joined += ", ";
      const forms::Choice* choice = question.find_choice(id);
      joined += choice ? forms::localized(choice->text, frame.language) : id;
    }
    return joined;
  }
  return {};
}

}  // namespace intake::ui
