// Rules: a flag code, its severity, the words staff and the patient read, and the condition
// that raises it.
#include "forms/form_reader.hpp"
#include "forms/text_checks.hpp"

namespace intake::forms {

namespace {
constexpr std::size_t kMaxRules = 500;
constexpr std::size_t kMaxFlagLabelLength = 40;  // bytes of UTF-8: a queue row shows two or three
}  // namespace
void FormReader::read_rules(const YAML::Node& root) {
  const YAML::Node rules = get(root, "rules");
  if (!rules.IsDefined() || rules.IsNull()) return;  // a form may have no rules
  if (!rules.IsSequence()) {
    error(rules, "'rules' must be a list");
    return;
  }
  for (const YAML::Node& node : rules) {
    if (form_.rules.size() >= kMaxRules) {
      error(node, "a form may have at most 500 rules");
      return;
    }
    if (!check_keys(node, {"flag", "severity", "when", "label", "staff_message", "patient_message"},
                    "a rule"))
      continue;
    Rule rule;
    rule.location = {yaml_file_, node.Mark().line + 1, node.Mark().column + 1};
    const auto flag = id_field(node, "flag", "flag");
    if (!flag) continue;
    rule.flag = *flag;
    if (form_.find_rule(rule.flag)) {
      error(get(node, "flag"), "flag code '" + rule.flag + "' is used by two rules");
      continue;
    }
    const std::string what = "rule '" + rule.flag + "'";
    if (auto severity = string_field(node, "severity", what, true)) {
      if (auto parsed = parse_severity(*severity))
        rule.severity = *parsed;
      else
        error(get(node, "severity"), "unknown severity '" + *severity + "' (expected stop, review or note)");
    }
    // Staff read a flag in their own language: its label on the queue and the record, its
    // message beside the answer that raised it.
    rule.label = localized_field(node, "label", what, true);
    for (const auto& [language, words] : rule.label)
      if (words.size() > kMaxFlagLabelLength)
        error(get(get(node, "label"), language), "the label of " + what + " in '" + language +
                                                     "' is too long for the queue; use at most " +
                                                     std::to_string(kMaxFlagLabelLength) + " letters");
    rule.staff_messages = localized_field(node, "staff_message", what, true);
    rule.staff_message = localized(rule.staff_messages, "en");
    rule.patient_message = localized_field(node, "patient_message", what, false);
    const YAML::Node when = get(node, "when");
    form_.rules.push_back(std::move(rule));
    if (!when.IsDefined() || when.IsNull())
      error(node, what + " needs 'when', the condition that raises the flag");
    else if (!when.IsScalar())
      error(when, "'when' must be an expression written as text");
    else
      queue_expression(when, form_.rules.size() - 1, /*is_rule=*/true);
  }
}

}  // namespace intake::forms
