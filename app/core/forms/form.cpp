#include "forms/form.hpp"

#include <algorithm>

namespace intake::forms {

const std::string& localized(const LocalizedText& text, std::string_view language) {
  static const std::string kEmpty;
  if (auto it = text.find(language); it != text.end()) return it->second;
  if (auto it = text.find("en"); it != text.end()) return it->second;
  return text.empty() ? kEmpty : text.begin()->second;
}

namespace {
constexpr std::array kQuestionTypeNames = {
    EnumName<QuestionType>{QuestionType::yes_no, "yes_no"},
    EnumName<QuestionType>{QuestionType::single_choice, "single_choice"},
    EnumName<QuestionType>{QuestionType::multi_choice, "multi_choice"},
    EnumName<QuestionType>{QuestionType::short_text, "short_text"},
    EnumName<QuestionType>{QuestionType::long_text, "long_text"},
    EnumName<QuestionType>{QuestionType::date, "date"},
    EnumName<QuestionType>{QuestionType::number, "number"}};
}  // namespace

std::string_view to_string(QuestionType type) { return enum_name(kQuestionTypeNames, type, "unknown"); }

std::optional<QuestionType> parse_question_type(std::string_view text) {
  return enum_from_name(kQuestionTypeNames, text);
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

const Document& Form::consent_document(std::string_view language) const {
  return pick(consent, language, languages);
}
const Document& Form::aftercare_document(std::string_view language) const {
  return pick(aftercare, language, languages);
}

bool is_reserved_name(std::string_view name) {
  static constexpr std::string_view kReserved[] = {
      "and",           "or",      "not",        "true",
      "false",         "age",     "visit_date", "last_treatment_date",
      "date_of_birth", "has_any", "answered",   "flagged",
      "months",        "weeks",   "days",       "date"};
  return std::find(std::begin(kReserved), std::end(kReserved), name) != std::end(kReserved);
}

}  // namespace intake::forms
