#include "forms/evaluation.hpp"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "forms/expression_evaluator.hpp"

namespace intake::forms {
namespace {

// Rules may read other rules through flagged(); the loader refused cycles, so a rule order
// where every rule comes after the ones it reads always exists (Kahn's algorithm).
std::vector<std::size_t> rule_order(const Form& form) {
  const std::size_t n = form.rules.size();
  std::vector<std::size_t> pending(n, 0);
  std::vector<std::vector<std::size_t>> readers(n);
  for (std::size_t i = 0; i < n; ++i)
    for (const std::string& code : form.rules[i].when.flags)
      for (std::size_t j = 0; j < n; ++j)
        if (form.rules[j].flag == code) {
          ++pending[i];
          readers[j].push_back(i);
        }
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i)
    if (pending[i] == 0) order.push_back(i);
  for (std::size_t k = 0; k < order.size(); ++k)
    for (std::size_t reader : readers[order[k]])
      if (--pending[reader] == 0) order.push_back(reader);
  return order;  // shorter than n only for a cyclic form, which the loader never returns
}

// The dates a fired rule compared: the answered date questions and last_treatment_date read by
// the parts of a top-level "or" that are true (the whole condition otherwise). Staff need to
// know which date raised, say, a treatment-interval flag: the patient's answer or the store's.
void collect_dates(const ExprNode& node, const Form& form, const Answers& kept,
                   std::vector<std::string>& out) {
  if (node.kind == ExprNode::Kind::question) {
    const Question* question = form.find_question(node.text);
    const auto it = kept.find(node.text);
    if (question && question->type == QuestionType::date && it != kept.end())
      if (const CalendarDate* date = std::get_if<CalendarDate>(&it->second)) {
        const std::string text = "the answer to '" + node.text + "' (" + to_iso(*date) + ")";
        if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(text);
      }
  }
  for (const ExprNode& child : node.children) collect_dates(child, form, kept, out);
}

bool reads_last_treatment(const ExprNode& node) {
  if (node.kind == ExprNode::Kind::last_treatment_date) return true;
  return std::any_of(node.children.begin(), node.children.end(), reads_last_treatment);
}

std::string date_sources(const Rule& rule, const EvaluationScope& scope, const EvaluationInput& input) {
  std::vector<const ExprNode*> parts;
  if (rule.when.root.kind == ExprNode::Kind::logical_or) {
    for (const ExprNode& child : rule.when.root.children)
      if (evaluate_condition(child, scope) == true) parts.push_back(&child);
  } else {
    parts.push_back(&rule.when.root);
  }
  std::vector<std::string> sources;
  for (const ExprNode* part : parts) {
    collect_dates(*part, scope.form, scope.answers, sources);
    if (input.last_treatment_date && reads_last_treatment(*part))
      sources.push_back("an earlier treated check-in on " + to_iso(*input.last_treatment_date) +
                        " (matched by name and date of birth)");
  }
  std::string out;
  for (std::size_t i = 0; i < sources.size(); ++i)
    out += (i == 0 ? "" : i + 1 == sources.size() ? " and " : ", ") + sources[i];
  return out;
}

}  // namespace

bool Evaluation::has_stop_flag() const {
  return std::any_of(flags.begin(), flags.end(),
                     [](const Flag& flag) { return flag.severity == Severity::stop; });
}

Evaluation evaluate(const Form& form, const EvaluationInput& input) {
  Evaluation result;
  // Visibility in display order: a shown_when reads only earlier questions, and only what was
  // kept of them, so an answer behind a hidden question can never show or flag anything.
  for (const Question& question : form.questions) {
    if (question.shown_when) {
      const EvaluationScope scope{form, result.kept, input.date_of_birth, input.visit_date, nullptr};
      if (evaluate_condition(*question.shown_when, scope) != true) continue;
    }
    result.visible.push_back(question.id);
    const auto it = input.answers.find(question.id);
    const bool answered = it != input.answers.end() && is_answered(it->second);
    if (answered) {
      if (Status type = check_answer_type(question, it->second); !type) {
        result.invalid.push_back({question.id, type.error().message});
      } else {
        if (Status limits = check_answer_limits(question, it->second, input.visit_date); !limits)
          result.invalid.push_back({question.id, limits.error().message});
        result.kept.emplace(question.id, it->second);
      }
    }
    if (question.required && !result.kept.count(question.id)) result.missing.push_back(question.id);
  }

  std::map<std::string, bool, std::less<>> fired;
  const EvaluationScope scope{
      form, result.kept, input.date_of_birth, input.visit_date, &fired, input.last_treatment_date};
  for (std::size_t index : rule_order(form)) {
    const Rule& rule = form.rules[index];
    fired[rule.flag] = evaluate_condition(rule.when, scope) == true;
  }
  for (const Rule& rule : form.rules) {
    if (!fired[rule.flag]) continue;
    Flag flag;
    flag.code = rule.flag;
    flag.severity = rule.severity;
    flag.staff_message = rule.staff_message;
    if (const std::string dates = date_sources(rule, scope, input); !dates.empty())
      flag.staff_message += " Date that raised it: " + dates + ".";
    if (!rule.patient_message.empty()) flag.patient_message = localized(rule.patient_message, input.language);
    for (const Question& question : form.questions)
      if (result.kept.count(question.id) && std::find(rule.when.questions.begin(), rule.when.questions.end(),
                                                      question.id) != rule.when.questions.end())
        flag.questions.push_back(question.id);
    if (rule.when.uses_age && input.date_of_birth) flag.questions.emplace_back(kDateOfBirthKey);
    result.flags.push_back(std::move(flag));
  }
  return result;
}

nlohmann::json evaluation_to_json(const Evaluation& evaluation) {
  nlohmann::json flags = nlohmann::json::array();
  for (const Flag& flag : evaluation.flags)
    flags.push_back({{"code", flag.code},
                     {"severity", std::string(to_string(flag.severity))},
                     {"message", flag.staff_message},
                     {"patient_message", flag.patient_message},
                     {"questions", flag.questions}});
  nlohmann::json invalid = nlohmann::json::array();
  for (const AnswerProblem& problem : evaluation.invalid)
    invalid.push_back({{"question", problem.question_id}, {"message", problem.message}});
  return {{"visible", evaluation.visible},
          {"missing", evaluation.missing},
          {"flags", flags},
          {"invalid", invalid}};
}

}  // namespace intake::forms
