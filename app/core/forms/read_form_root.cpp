// The top level of form.yaml: id, version, languages, windows and the consent texts; the
// pages and rules are read by their own files.
#include "forms/form_reader.hpp"
#include "forms/text_checks.hpp"

#include "common/text.hpp"

namespace intake::forms {

using text::trim;
namespace {
constexpr std::size_t kMaxLanguages = 20;
}  // namespace
void FormReader::read_root(const YAML::Node& root) {
  if (!root.IsDefined() || root.IsNull()) {
    errors_.push_back(
        {yaml_file_, 1, 0, "the file is empty; a form needs id, version, languages, pages and rules"});
    return;
  }
  if (!root.IsMap()) {
    error(root, "form.yaml must be a mapping with id, version, languages, pages and rules");
    return;
  }
  if (base_)
    check_keys(root,
               {"id", "extends", "version", "title", "treatment", "windows", "consent", "pages", "rules",
                "replace", "add_consent_after"},
               "a form built on another");
  else
    check_keys(root,
               {"id", "extends", "version", "languages", "title", "treatment", "windows", "consent", "pages",
                "rules"},
               "the form");
  if (auto id = string_field(root, "id", "form", true)) {
    if (is_valid_form_id(*id))
      form_.id = *id;
    else
      error(get(root, "id"),
            "form id '" + *id +
                "' must be lower-case letters, digits, '_' and '-', starting with a letter (at most 64)");
  }
  if (auto version = string_field(root, "version", "the form", true)) {
    if (trim(*version).empty()) error(get(root, "version"), "'version' must not be empty");
    form_.version = *version;
  }
  if (!base_) read_languages(root);  // a form built on another has the base's languages
  read_windows(root);
  form_.title = localized_field(root, "title", "the form", true);
  form_.treatment = localized_field(root, "treatment", "the form", false);
  read_consent_texts(root);
  if (!base_ || get(root, "pages").IsDefined()) read_pages(root);
  read_rules(root);
  if (base_) {
    read_replacements(root);
    if (auto after = string_field(root, "add_consent_after", "the form", false)) {
      extension_.consent_after = *after;
      const YAML::Mark mark = get(root, "add_consent_after").Mark();
      extension_.consent_after_location = {yaml_file_, mark.line + 1, mark.column + 1};
    }
  }
}

void FormReader::read_languages(const YAML::Node& root) {
  const YAML::Node node = get(root, "languages");
  if (!node.IsDefined() || !node.IsSequence() || node.size() == 0) {
    error(node.IsDefined() ? node : root, "the form needs 'languages', a list like [en, es]");
    return;
  }
  for (const YAML::Node& item : node) {
    if (!item.IsScalar() || !is_language_code(item.Scalar())) {
      error(item, "a language must be a short code like 'en' or 'es'");
      continue;
    }
    if (form_.has_language(item.Scalar())) {
      error(item, "language '" + item.Scalar() + "' is listed twice");
      continue;
    }
    form_.languages.push_back(item.Scalar());
  }
  if (form_.languages.size() > kMaxLanguages) error(node, "a form may have at most 20 languages");
}

void FormReader::read_windows(const YAML::Node& root) {
  const YAML::Node node = get(root, "windows");
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsMap()) {
    error(node, "'windows' must map names to numbers, like isotretinoin_stop_months: 6");
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string name = it->first.IsScalar() ? it->first.Scalar() : "";
    if (!is_valid_id(name) || is_reserved_name(name)) {
      error(it->first, "window name '" + name + "' must be a lower-case id that is not a reserved word");
      continue;
    }
    if (form_.windows.count(name)) {
      error(it->first, "window '" + name + "' is defined twice");
      continue;
    }
    if (auto value = number_value(it->second, name)) {
      if (*value < 0) error(it->second, "window '" + name + "' must not be negative");
      form_.windows[name] = *value;
    }
  }
}

void FormReader::read_consent_texts(const YAML::Node& root) {
  const YAML::Node node = get(root, "consent");
  if (!node.IsDefined() || node.IsNull()) return;
  if (!check_keys(node,
                  {"photo_consent", "certification", "statement", "statement_areas", "signature_intent",
                   "stop_notice"},
                  "'consent'"))
    return;
  // These keep the base's texts too unless the form gives its own.
  if (!base_ || get(node, "statement").IsDefined()) {
    filled_later_ = {"areas", "clinic"};
    form_.consent_statement = localized_field(node, "statement", "'consent'", false);
    filled_later_.clear();
  }
  if (!base_ || get(node, "statement_areas").IsDefined())
    if (auto areas = string_field(node, "statement_areas", "'consent'", false))
      form_.consent_areas_question = *areas;
  if (!base_ || get(node, "signature_intent").IsDefined())
    form_.signature_intent = localized_field(node, "signature_intent", "'consent'", false);
  if (!base_ || get(node, "stop_notice").IsDefined())
    form_.stop_notice = localized_field(node, "stop_notice", "'consent'", false);
  // A form built on another keeps the base's texts unless it gives its own.
  if (!base_ || get(node, "photo_consent").IsDefined())
    form_.photo_consent = localized_field(node, "photo_consent", "'consent'", false);
  if (!base_ || get(node, "certification").IsDefined())
    form_.certification = localized_field(node, "certification", "'consent'", false);
}

}  // namespace intake::forms
