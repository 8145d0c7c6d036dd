// Pages and their questions: each question's type, texts, type options and choices.
#include "forms/form_reader.hpp"
#include "forms/text_checks.hpp"

#include <cmath>
#include <set>

namespace intake::forms {

namespace {
constexpr std::size_t kMaxQuestions = 500;
constexpr std::size_t kMaxChoices = 100;
}  // namespace
void FormReader::read_pages(const YAML::Node& root) {
  const YAML::Node pages = get(root, "pages");
  if (!pages.IsDefined() || !pages.IsSequence() || pages.size() == 0) {
    error(pages.IsDefined() ? pages : root, "the form needs 'pages', a list of pages with questions");
    return;
  }
  std::set<std::string> page_ids;
  for (const Page& page : form_.pages) page_ids.insert(page.id);  // a base form's pages
  for (const YAML::Node& node : pages) {
    if (base_ ? !check_keys(node, {"id", "after", "title", "questions"}, "a page")
              : !check_keys(node, {"id", "title", "questions"}, "a page"))
      continue;
    Page page;
    if (auto id = id_field(node, "id", "page")) {
      page.id = *id;
      if (!page_ids.insert(page.id).second) error(get(node, "id"), "page id '" + page.id + "' is used twice");
    }
    if (base_) {
      AddedPage added{page.id,
                      string_field(node, "after", "page '" + page.id + "'", false).value_or(""),
                      {yaml_file_, node.Mark().line + 1, node.Mark().column + 1}};
      extension_.pages.push_back(std::move(added));
    }
    page.title = localized_field(node, "title", "page '" + page.id + "'", true);
    const YAML::Node questions = get(node, "questions");
    if (!questions.IsDefined() || !questions.IsSequence() || questions.size() == 0) {
      error(questions.IsDefined() ? questions : node, "page '" + page.id + "' needs 'questions', a list");
    } else {
      for (const YAML::Node& question : questions) {
        if (form_.questions.size() >= kMaxQuestions) {
          error(question, "a form may have at most 500 questions");
          break;
        }
        if (read_question(question, page.id)) page.question_ids.push_back(form_.questions.back().id);
      }
    }
    form_.pages.push_back(std::move(page));
  }
}

bool FormReader::read_question(const YAML::Node& node, const std::string& page_id) {
  if (!check_keys(node,
                  {"id", "type", "required", "text", "help", "missing", "shown_when", "choices",
                   "not_in_future", "not_in_past", "min", "max", "max_length"},
                  "a question"))
    return false;
  Question question;
  question.page_id = page_id;
  question.location = {yaml_file_, node.Mark().line + 1, node.Mark().column + 1};
  const auto id = id_field(node, "id", "question");
  if (!id) return false;
  question.id = *id;
  const YAML::Node id_node = get(node, "id");
  if (is_reserved_name(question.id)) {
    error(id_node,
          "'" + question.id + "' is a reserved word of the rule language and cannot be a question id");
    return false;
  }
  if (form_.find_question(question.id)) {
    error(id_node, "question id '" + question.id + "' is used twice");
    return false;
  }
  if (form_.windows.count(question.id)) {
    error(id_node, "question id '" + question.id + "' is also a window name");
    return false;
  }
  const std::string what = "question '" + question.id + "'";
  if (auto type_text = string_field(node, "type", what, true)) {
    if (auto type = parse_question_type(*type_text))
      question.type = *type;
    else {
      error(get(node, "type"),
            "unknown question type '" + *type_text +
                "' (expected yes_no, single_choice, multi_choice, short_text, long_text, date or number)");
      return false;
    }
  } else {
    return false;
  }
  question.required = bool_field(node, "required", false);
  question.text = localized_field(node, "text", what, true);
  question.help = localized_field(node, "help", what, false);
  question.missing = localized_field(node, "missing", what, false);
  read_type_options(node, question, what);
  if (const YAML::Node shown = get(node, "shown_when"); shown.IsDefined() && !shown.IsNull()) {
    if (!shown.IsScalar()) {
      error(shown, "'shown_when' must be an expression written as text");
    } else {
      form_.questions.push_back(std::move(question));
      queue_expression(shown, form_.questions.size() - 1, /*is_rule=*/false);
      return true;
    }
  }
  form_.questions.push_back(std::move(question));
  return true;
}

void FormReader::read_type_options(const YAML::Node& node, Question& question, const std::string& what) {
  const bool choice_type =
      question.type == QuestionType::single_choice || question.type == QuestionType::multi_choice;
  const bool text_type =
      question.type == QuestionType::short_text || question.type == QuestionType::long_text;
  const auto only_for = [&](std::string_view key, bool allowed, std::string_view types) {
    const YAML::Node option = get(node, key);
    if (option.IsDefined() && !allowed)
      error(option, "'" + std::string(key) + "' only applies to " + std::string(types) + " questions");
    return option.IsDefined() && allowed;
  };
  if (only_for("choices", choice_type, "single_choice and multi_choice"))
    read_choices(get(node, "choices"), question, what);
  else if (choice_type)
    error(node, what + " needs 'choices'");
  if (only_for("not_in_future", question.type == QuestionType::date, "date"))
    question.not_in_future = bool_field(node, "not_in_future", false);
  if (only_for("not_in_past", question.type == QuestionType::date, "date"))
    question.not_in_past = bool_field(node, "not_in_past", false);
  if (question.not_in_future && question.not_in_past)
    error(node, what + " cannot be both not_in_future and not_in_past");
  if (only_for("min", question.type == QuestionType::number, "number"))
    question.min = number_field(node, "min");
  if (only_for("max", question.type == QuestionType::number, "number"))
    question.max = number_field(node, "max");
  if (question.min && question.max && *question.min > *question.max)
    error(get(node, "min"), what + " has min above max");
  if (only_for("max_length", text_type, "short_text and long_text")) {
    const auto length = number_field(node, "max_length");
    if (length && (*length < 1 || *length > 100000 || std::floor(*length) != *length))
      error(get(node, "max_length"), "'max_length' must be a whole number from 1 to 100000");
    else if (length)
      question.max_length = static_cast<std::size_t>(*length);
  }
}

void FormReader::read_choices(const YAML::Node& choices, Question& question, const std::string& what) {
  if (!choices.IsSequence() || choices.size() == 0) {
    error(choices, what + " needs 'choices', a list of {id, text}");
    return;
  }
  for (const YAML::Node& node : choices) {
    if (question.choices.size() >= kMaxChoices) {
      error(node, "a question may have at most 100 choices");
      return;
    }
    if (!check_keys(node, {"id", "text", "exclusive"}, "a choice")) continue;
    Choice choice;
    const auto id = id_field(node, "id", "choice");
    if (!id) continue;
    choice.id = *id;
    if (question.find_choice(choice.id)) {
      error(get(node, "id"), what + " has choice '" + choice.id + "' twice");
      continue;
    }
    choice.text = localized_field(node, "text", "choice '" + choice.id + "' of " + what, true);
    if (const YAML::Node exclusive = get(node, "exclusive"); exclusive.IsDefined()) {
      if (question.type != QuestionType::multi_choice)
        error(exclusive, "'exclusive' only applies to multi_choice questions");
      choice.exclusive = bool_field(node, "exclusive", false);
    }
    question.choices.push_back(std::move(choice));
  }
}

}  // namespace intake::forms
