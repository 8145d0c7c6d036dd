#include "forms/form.hpp"

#include <algorithm>

namespace intake::forms {

const std::string& localized(const LocalizedText& text, std::string_view language) {
  static const std::string kEmpty;
  if (auto it = text.find(language); it != text.end()) return it->second;
  if (auto it = text.find("en"); it != text.end()) return it->second;
  return text.empty() ? kEmpty : text.begin()->second;
}

std::string_view to_string(QuestionType type) {
  switch (type) {
    case QuestionType::yes_no: return "yes_no";
    case QuestionType::single_choice: return "single_choice";
    case QuestionType::multi_choice: return "multi_choice";
    case QuestionType::short_text: return "short_text";
    case QuestionType::long_text: return "long_text";
    case QuestionType::date: return "date";
    case QuestionType::number: return "number";
  }
  return "unknown";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::stop: return "stop";
    case Severity::review: return "review";
    case Severity::note: return "note";
  }
  return "unknown";
}

std::optional<QuestionType> parse_question_type(std::string_view text) {
  for (QuestionType type : {QuestionType::yes_no, QuestionType::single_choice, QuestionType::multi_choice,
                            QuestionType::short_text, QuestionType::long_text, QuestionType::date, QuestionType::number})
    if (to_string(type) == text) return type;
  return std::nullopt;
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (Severity severity : {Severity::stop, Severity::review, Severity::note})
    if (to_string(severity) == text) return severity;
  return std::nullopt;
}

const Choice* Question::find_choice(std::string_view choice_id) const {
  for (const Choice& choice : choices)
    if (choice.id == choice_id) return &choice;
  return nullptr;
}

const Question* Form::find_question(std::string_view question_id) const {
  for (const Question& question : questions)
    if (question.id == question_id) return &question;
  return nullptr;
}

const Rule* Form::find_rule(std::string_view flag_code) const {
  for (const Rule& rule : rules)
    if (rule.flag == flag_code) return &rule;
  return nullptr;
}

bool Form::has_language(std::string_view language) const {
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

namespace {
const Document& pick(const std::map<std::string, Document, std::less<>>& documents, std::string_view language,
                     const std::vector<std::string>& languages) {
  static const Document kEmpty;
  if (auto it = documents.find(language); it != documents.end()) return it->second;
  if (!languages.empty())
    if (auto it = documents.find(languages.front()); it != documents.end()) return it->second;
  return kEmpty;
}
}  // namespace

const Document& Form::consent_document(std::string_view language) const { return pick(consent, language, languages); }
const Document& Form::aftercare_document(std::string_view language) const { return pick(aftercare, language, languages); }

bool is_reserved_name(std::string_view name) {
  static constexpr std::string_view kReserved[] = {"and",     "or",       "not",    "true",  "false", "age",
                                                   "visit_date", "last_treatment_date", "date_of_birth", "has_any", "answered",
                                                   "flagged", "months",   "weeks",  "days",  "date"};
  return std::find(std::begin(kReserved), std::end(kReserved), name) != std::end(kReserved);
}

}  // namespace intake::forms
