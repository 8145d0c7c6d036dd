#pragma once
// The reader behind load_form: one object per load of one form.yaml and its documents. Its
// steps live in files named for them:
//   form_loader.cpp             the whole load: the YAML parse, the steps in order, reading files
//   yaml_fields.cpp             scalar fields and messages at a line and column
//   read_form_root.cpp          the top level: id, version, languages, windows, consent texts
//   read_localized_text.cpp     {en: ..., es: ...} texts with their {window} placeholders
//   read_questions.cpp          pages, questions, type options and choices
//   read_rules.cpp              rules (flags)
//   read_extension.cpp          `extends:` and `replace:` (the combining is form_extends.cpp)
//   check_form_expressions.cpp  shown_when / when once every question is known; flag cycles
//   load_form_documents.cpp     consent and aftercare files, their sections in every language
// Internal to the forms library; everyone else calls form_loader.hpp.
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "forms/document.hpp"
#include "forms/form.hpp"
#include "forms/form_extends.hpp"
#include "forms/form_loader.hpp"
#include "forms/yaml_fields.hpp"

namespace intake::forms {

// No real form file comes near this; it keeps a hostile file from costing much.
inline constexpr std::size_t kMaxFileBytes = 1 << 20;

class FormReader : private YamlFields {
 public:
  FormReader(const std::filesystem::path& folder, const std::string& yaml_text,
             const std::map<std::string, std::string>& documents, std::vector<Diagnostic>& errors,
             const BaseFormLoader& base_loader);

  // The form, or null when any error was found (every error is in `errors`).
  std::shared_ptr<const Form> run();

 private:
  // ---- a form built on another ------------------------------------------------------------
  // Starts this form as a copy of the loaded base, so names, windows and flag codes of the base
  // resolve while this file is read. False when `extends:` cannot be honoured.
  bool start_from_base(const YAML::Node& root);
  void read_replacements(const YAML::Node& root);

  // ---- localized text ---------------------------------------------------------------------
  LocalizedText localized_field(const YAML::Node& map, std::string_view key, std::string_view what,
                                bool required);

  // ---- structure --------------------------------------------------------------------------
  void read_root(const YAML::Node& root);
  void read_languages(const YAML::Node& root);
  void read_windows(const YAML::Node& root);
  void read_consent_texts(const YAML::Node& root);
  void read_pages(const YAML::Node& root);
  bool read_question(const YAML::Node& node, const std::string& page_id);
  void read_type_options(const YAML::Node& node, Question& question, const std::string& what);
  void read_choices(const YAML::Node& choices, Question& question, const std::string& what);
  void read_rules(const YAML::Node& root);

  // ---- expressions ------------------------------------------------------------------------
  // Indices, not pointers: the vectors may still grow while the file is read.
  struct Queued {
    YAML::Mark mark;
    std::string source;
    bool quoted = false;
    std::size_t index = 0;
    bool is_rule = false;
  };
  void queue_expression(const YAML::Node& node, std::size_t index, bool is_rule);
  YAML::Mark mark_for(const Queued& q, std::size_t offset) const;
  void check_expressions();
  void check_rule_cycles();

  // ---- documents --------------------------------------------------------------------------
  void load_documents();
  void compare_sections(const Document& first, const std::string& first_name, const Document& other,
                        const std::string& file);

  std::filesystem::path folder_;
  const std::string& yaml_text_;
  const std::map<std::string, std::string>& documents_;
  const BaseFormLoader& base_loader_;
  std::shared_ptr<const Form> base_;  // set when this form extends another
  FormExtension extension_;
  std::vector<std::string_view> lines_;
  std::vector<Queued> queued_;
  // Placeholders that are not windows, while reading one text ({areas}, {clinic}).
  std::vector<std::string> filled_later_;
  Form form_;
};

}  // namespace intake::forms
