// Expressions (shown_when, when) are checked after every question is known, so "unknown
// question" and "later question" can be told apart; and no flag may depend on itself.
#include "forms/form_reader.hpp"

#include <functional>
#include <set>

#include "forms/expression_checker.hpp"
#include "forms/expression_parser.hpp"

namespace intake::forms {

void FormReader::queue_expression(const YAML::Node& node, std::size_t index, bool is_rule) {
  queued_.push_back({node.Mark(), node.Scalar(), node.Tag() == "!", index, is_rule});
}

// Where in the file an offset inside the expression is: exact when the expression sits on
// one line as written (the usual case), else the start of the value.
YAML::Mark FormReader::mark_for(const Queued& q, std::size_t offset) const {
  YAML::Mark mark = q.mark;
  if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= lines_.size()) return mark;
  const std::string_view line = lines_[mark.line];
  const std::size_t start = static_cast<std::size_t>(mark.column) + (q.quoted ? 1 : 0);
  if (start <= line.size() && line.substr(start, q.source.size()) == q.source)
    mark.column = static_cast<int>(start + offset);
  return mark;
}

void FormReader::check_expressions() {
  std::set<std::string, std::less<>> flag_codes;
  for (const Rule& rule : form_.rules) flag_codes.insert(rule.flag);
  for (const Queued& q : queued_) {
    ExpressionError parse_error;
    auto expression = parse_expression(q.source, parse_error);
    if (!expression) {
      error_at(mark_for(q, parse_error.offset), "malformed expression: " + parse_error.message);
      continue;
    }
    std::vector<ExpressionError> problems;
    const CheckScope scope{form_, q.is_rule ? form_.questions.size() : q.index,
                           q.is_rule ? &flag_codes : nullptr};
    check_expression(*expression, scope, problems);
    for (const ExpressionError& problem : problems) error_at(mark_for(q, problem.offset), problem.message);
    if (!problems.empty()) continue;
    if (q.is_rule)
      form_.rules[q.index].when = std::move(*expression);
    else
      form_.questions[q.index].shown_when = std::move(*expression);
  }
}

void FormReader::check_rule_cycles() {
  // 0 = unvisited, 1 = on the current path, 2 = done.
  std::map<std::string, int> state;
  std::vector<std::string> path;
  std::function<void(const Rule&)> visit = [&](const Rule& rule) {
    state[rule.flag] = 1;
    path.push_back(rule.flag);
    for (const std::string& code : rule.when.flags) {
      const Rule* next = form_.find_rule(code);
      if (!next) continue;
      if (state[code] == 1) {
        std::string cycle;
        bool on = false;
        for (const std::string& step : path) {
          on = on || step == code;
          if (on) cycle += step + " -> ";
        }
        errors_.push_back({yaml_file_, next->location.line, next->location.column,
                           "flag '" + code + "' depends on itself through flagged(): " + cycle + code});
      } else if (state[code] == 0) {
        visit(*next);
      }
    }
    path.pop_back();
    state[rule.flag] = 2;
  };
  for (const Rule& rule : form_.rules)
    if (state[rule.flag] == 0) visit(rule);
}

}  // namespace intake::forms
