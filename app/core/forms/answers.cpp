#include "forms/answers.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "common/text.hpp"
#include "common/try.hpp"
#include "forms/text_checks.hpp"

namespace intake::forms {

using text::trim;
namespace {

Error question_error(const Question& question, const std::string& what) {
  return Error{"answer to '" + question.id + "' " + what};
}

std::string_view expected_json(QuestionType type) {
  switch (type) {
    case QuestionType::yes_no: return "true or false";
    case QuestionType::number: return "a number";
    case QuestionType::short_text:
    case QuestionType::long_text: return "a string";
    case QuestionType::single_choice: return "one choice id as a string";
    case QuestionType::multi_choice: return "a list of choice ids";
    case QuestionType::date: return "a date string \"YYYY-MM-DD\"";
  }
  return "a value";
}

std::size_t length_limit(const Question& question) {
  if (question.max_length) return question.max_length;
  return question.type == QuestionType::long_text ? kDefaultLongTextLength : kDefaultShortTextLength;
}

// Choice ids and question ids are short tokens of ours; an unknown one could be any input, so
// messages show at most 64 characters of it.
std::string capped(const std::string& id) { return id.size() > 64 ? id.substr(0, 64) + "..." : id; }

}  // namespace

bool is_answered(const AnswerValue& value) {
  if (const std::string* text = std::get_if<std::string>(&value)) return !trim(*text).empty();
  if (const ChoiceIds* ids = std::get_if<ChoiceIds>(&value)) return !ids->empty();
  return true;
}

Status check_answer_type(const Question& question, const AnswerValue& value) {
  const auto wrong = [&] {
    return question_error(question, "must be " + std::string(expected_json(question.type)));
  };
  switch (question.type) {
    case QuestionType::yes_no:
      if (!std::holds_alternative<bool>(value)) return wrong();
      break;
    case QuestionType::number:
      if (!std::holds_alternative<double>(value) || !std::isfinite(std::get<double>(value))) return wrong();
      break;
    case QuestionType::date:
      if (!std::holds_alternative<CalendarDate>(value)) return wrong();
      {
        const CalendarDate& date = std::get<CalendarDate>(value);
        if (!is_valid_date(date.year, date.month, date.day))
          return question_error(question, "is not a real date");
      }
      break;
    case QuestionType::short_text:
    case QuestionType::long_text: {
      const std::string* text = std::get_if<std::string>(&value);
      if (!text) return wrong();
      // One-line answers keep to one line; notes may have line breaks. Neither may hold
      // controls or characters that reorder what staff read. Lengths count characters.
      const text::TextProblem problem = question.type == QuestionType::short_text
                                            ? text::single_line_problem(*text)
                                            : text::multi_line_problem(*text);
      if (problem != text::TextProblem::none) return question_error(question, text::describe(problem));
      if (text::code_point_count(*text) > length_limit(question))
        return question_error(question,
                              "is longer than " + std::to_string(length_limit(question)) + " characters");
      break;
    }
    case QuestionType::single_choice: {
      const std::string* id = std::get_if<std::string>(&value);
      if (!id) return wrong();
      if (!question.find_choice(*id))
        return question_error(question, "names a choice the question does not have");
      break;
    }
    case QuestionType::multi_choice: {
      const ChoiceIds* ids = std::get_if<ChoiceIds>(&value);
      if (!ids) return wrong();
      std::set<std::string_view> seen;
      for (const std::string& id : *ids) {
        const Choice* choice = question.find_choice(id);
        if (!choice) return question_error(question, "names a choice the question does not have");
        if (!seen.insert(id).second) return question_error(question, "lists the same choice twice");
        if (choice->exclusive && ids->size() > 1)
          return question_error(question, "combines '" + choice->id + "' with other choices");
      }
      break;
    }
  }
  return ok_status();
}

Status check_answer_limits(const Question& question, const AnswerValue& value,
                           const CalendarDate& visit_date) {
  if (question.type == QuestionType::date) {
    if (const CalendarDate* date = std::get_if<CalendarDate>(&value)) {
      if (question.not_in_future && *date > visit_date)
        return question_error(question, "is a date in the future");
      if (question.not_in_past && *date < visit_date)
        return question_error(question, "is a date in the past");
    }
  }
  if (question.type == QuestionType::number) {
    if (const double* number = std::get_if<double>(&value)) {
      if (question.min && *number < *question.min)
        return question_error(question, "is below the lowest allowed number");
      if (question.max && *number > *question.max)
        return question_error(question, "is above the highest allowed number");
    }
  }
  return ok_status();
}

ChoiceIds toggle_choice(const Question& question, const ChoiceIds& current, std::string_view choice_id) {
  const Choice* picked = question.find_choice(choice_id);
  if (!picked) return current;
  ChoiceIds next;
  if (std::find(current.begin(), current.end(), choice_id) != current.end()) {
    for (const std::string& id : current)
      if (id != choice_id) next.push_back(id);
    return next;
  }
  if (!picked->exclusive)
    for (const std::string& id : current)
      if (const Choice* choice = question.find_choice(id); choice && !choice->exclusive) next.push_back(id);
  next.emplace_back(choice_id);
  // Keep the question's own order, so stored answers and printed summaries read the same way.
  ChoiceIds ordered;
  for (const Choice& choice : question.choices)
    if (std::find(next.begin(), next.end(), choice.id) != next.end()) ordered.push_back(choice.id);
  return ordered;
}

Result<ParsedAnswers> answers_from_json(const Form& form, const nlohmann::json& object) {
  if (!object.is_object()) return Error{"answers must be a JSON object mapping question ids to values"};
  ParsedAnswers parsed;
  for (const auto& [key, value] : object.items()) {
    if (key == kDateOfBirthKey) {
      if (value.is_null()) continue;
      const auto date =
          value.is_string() ? parse_calendar_date(value.get_ref<const std::string&>()) : std::nullopt;
      if (!date) return Error{"date_of_birth must be a real date string \"YYYY-MM-DD\""};
      parsed.date_of_birth = *date;
      continue;
    }
    const Question* question = form.find_question(key);
    if (!question) {
      return Error{"form '" + form.id + "' has no question '" + capped(key) + "'"};
    }
    if (value.is_null()) continue;  // unanswered
    const auto wrong = [&] {
      return Error{"answer to '" + question->id + "' must be " + std::string(expected_json(question->type))};
    };
    AnswerValue answer;
    switch (question->type) {
      case QuestionType::yes_no:
        if (!value.is_boolean()) return wrong();
        answer = value.get<bool>();
        break;
      case QuestionType::number:
        if (!value.is_number()) return wrong();
        answer = value.get<double>();
        break;
      case QuestionType::date: {
        if (!value.is_string()) return wrong();
        const auto date = parse_calendar_date(value.get_ref<const std::string&>());
        if (!date) return Error{"answer to '" + question->id + "' is not a real date written \"YYYY-MM-DD\""};
        answer = *date;
        break;
      }
      case QuestionType::short_text:
      case QuestionType::long_text:
      case QuestionType::single_choice:
        if (!value.is_string()) return wrong();
        answer = value.get<std::string>();
        break;
      case QuestionType::multi_choice: {
        if (!value.is_array()) return wrong();
        ChoiceIds ids;
        for (const auto& item : value) {
          if (!item.is_string()) return wrong();
          ids.push_back(item.get<std::string>());
        }
        answer = std::move(ids);
        break;
      }
    }
    TRY(check_answer_type(*question, answer));
    parsed.answers.emplace(key, std::move(answer));
  }
  return parsed;
}

nlohmann::json answers_to_json(const Form& form, const Answers& answers) {
  nlohmann::json out = nlohmann::json::object();
  for (const Question& question : form.questions) {
    const auto it = answers.find(question.id);
    if (it == answers.end()) continue;
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, CalendarDate>)
            out[question.id] = to_iso(v);
          else
            out[question.id] = v;
        },
        it->second);
  }
  return out;
}

}  // namespace intake::forms
