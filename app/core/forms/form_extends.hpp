#pragma once
// A form built on another one: `extends: microneedling` in form.yaml. The new form reuses the
// base form's pages, questions, rules, windows and consent sections as they are loaded from the
// base's own files (never copied), and adds its own:
//
//   id: rf-microneedling
//   extends: microneedling        # the base form's folder next to this one (folder name = id)
//   version: "2026.1"             # records keep "2026.1+microneedling.2026.1"
//   title: {en: ..., es: ...}
//   windows: {...}                # added windows (the base's stay as the base sets them)
//   pages:                        # added pages; `after` places one after a page of the base
//     - id: devices
//       after: your_health
//       questions: [...]
//   rules: [...]                  # added rules (after the base's; flagged() may read both)
//   add_consent_after: risks      # where the added consent sections go (default: at the end)
//   replace:                      # a text of the base, replaced for this form only
//     - rule: immune_condition
//       staff_message: "..."
//     - question: heart_condition # also page: ID with title, rule: FLAG with patient_message
//       help: {en: ..., es: ...}
//
// consent.<lang>.md / aftercare.<lang>.md in the new folder give the combined document's title
// (and opening, if any) and its added sections; a section with the id of a base section
// replaces that section's words. Without such files the base's documents are used.
// A form may extend only a form that extends nothing.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "forms/diagnostic.hpp"
#include "forms/form.hpp"

namespace intake::forms {

struct FormLoadResult;

// Loads the base form named by `extends:` (the loader passes one that looks next to the folder).
using BaseFormLoader = std::function<FormLoadResult(std::string_view base_id)>;

struct TextReplacement {
  enum class Target {
    question_text,
    question_help,
    page_title,
    rule_staff_message,
    rule_patient_message,
    rule_label
  };
  Target target = Target::question_text;
  std::string id;  // question id, page id or flag code
  LocalizedText text;
  SourceLocation location;
};

struct AddedPage {
  std::string page_id;
  std::string after;  // a page of the base (or an earlier added page); "" = at the end
  SourceLocation location;
};

// What form.yaml says about combining; filled by the loader while it reads the file.
struct FormExtension {
  std::vector<AddedPage> pages;
  std::vector<TextReplacement> replacements;
  std::string consent_after;  // "" = added consent sections go at the end
  SourceLocation consent_after_location;
};

// Turns `form` (the base's content followed by what the new file added, with the new file's own
// documents in form.consent / form.aftercare) into the combined form: pages in place, questions
// in display order, replacements applied, documents merged with the base's and hashed again,
// the combined version set. Problems are appended to `errors` at the file and line they are
// written at.
void combine_with_base(Form& form, const Form& base, const FormExtension& extension,
                       std::vector<Diagnostic>& errors);

}  // namespace intake::forms
