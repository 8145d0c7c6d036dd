// `extends:` and `replace:` in form.yaml: what a form built on another says about the base.
// The combining itself is in form_extends.cpp.
#include "forms/form_reader.hpp"
#include "forms/text_checks.hpp"

#include <string>
#include <utility>
#include <vector>

namespace intake::forms {

bool FormReader::start_from_base(const YAML::Node& root) {
  const YAML::Node node = get(root, "extends");
  if (!node.IsDefined() || node.IsNull()) return true;
  if (!node.IsScalar() || !is_valid_form_id(node.Scalar())) {
    error(node, "'extends' names the folder of the form this one is built on, like 'extends: microneedling'");
    return false;
  }
  if (!base_loader_) {
    error(node,
          "'extends' cannot be used here: a form may extend only a form that extends nothing, "
          "and is checked in the folder of forms it belongs to");
    return false;
  }
  FormLoadResult base = base_loader_(node.Scalar());
  if (!base.form) {
    error(node, "extends '" + node.Scalar() + "', which could not be loaded" +
                    (base.errors.empty() ? std::string() : ": " + format_diagnostic(base.errors.front())));
    return false;
  }
  if (base.form->id != node.Scalar()) {
    error(node, "the form in folder '" + node.Scalar() + "' has id '" + base.form->id +
                    "'; extends needs the folder and id to match");
    return false;
  }
  base_ = base.form;
  form_ = *base_;
  form_.id.clear();
  form_.version.clear();
  form_.title.clear();
  form_.treatment.clear();
  form_.consent.clear();
  form_.aftercare.clear();
  form_.folder = folder_;
  return true;
}

void FormReader::read_replacements(const YAML::Node& root) {
  const YAML::Node list = get(root, "replace");
  if (!list.IsDefined() || list.IsNull()) return;
  if (!list.IsSequence()) {
    error(list, "'replace' must be a list of texts to replace, like - {question: ID, text: {...}}");
    return;
  }
  using Target = TextReplacement::Target;
  for (const YAML::Node& node : list) {
    if (!check_keys(node,
                    {"question", "page", "rule", "text", "help", "title", "staff_message", "patient_message",
                     "label"},
                    "a replacement"))
      continue;
    TextReplacement replacement;
    replacement.location = {yaml_file_, node.Mark().line + 1, node.Mark().column + 1};
    const std::pair<const char*, std::vector<std::pair<const char*, Target>>> kinds[] = {
        {"question", {{"text", Target::question_text}, {"help", Target::question_help}}},
        {"page", {{"title", Target::page_title}}},
        {"rule",
         {{"staff_message", Target::rule_staff_message},
          {"patient_message", Target::rule_patient_message},
          {"label", Target::rule_label}}},
    };
    int found = 0;
    for (const auto& [kind, fields] : kinds) {
      const YAML::Node id = get(node, kind);
      if (!id.IsDefined()) continue;
      ++found;
      if (auto value = id_field(node, kind, kind)) replacement.id = *value;
      int given = 0;
      for (const auto& [field, target] : fields) {
        if (!get(node, field).IsDefined()) continue;
        ++given;
        replacement.target = target;
        const std::string what = "the replacement for " + std::string(kind) + " '" + replacement.id + "'";
        replacement.text = localized_field(node, field, what, true);
      }
      if (given != 1) {
        std::string names;
        for (const auto& [field, target] : fields)
          names += (names.empty() ? "" : " or ") + std::string(field);
        error(node, "a replacement of a " + std::string(kind) + " gives exactly one of " + names);
      }
    }
    if (found != 1) {
      error(node, "a replacement names exactly one of question, page or rule");
      continue;
    }
    extension_.replacements.push_back(std::move(replacement));
  }
}

}  // namespace intake::forms
