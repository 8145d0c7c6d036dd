#pragma once
// Loads one form folder (form.yaml + consent.<lang>.md + aftercare.<lang>.md) and validates
// everything; a form with any error is refused as a whole. Never throws, never crashes.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "forms/diagnostic.hpp"
#include "forms/form.hpp"
#include "forms/form_extends.hpp"

namespace intake::forms {

struct FormLoadResult {
  std::shared_ptr<const Form> form;  // null when any error was found
  std::vector<Diagnostic> errors;    // every problem found, in file order per file
};

// A form with `extends: ID` is combined with the form in the sibling folder ID.
FormLoadResult load_form(const std::filesystem::path& folder);

// The same checks on in-memory text (used by tests and the fuzzer). `documents` maps a file
// name ("consent.en.md") to its text; `folder` only prefixes file names in messages.
// `base_loader` loads the form named by `extends:`; without one, `extends:` is an error.
FormLoadResult load_form_from_text(const std::string& yaml_text,
                                   const std::map<std::string, std::string>& documents,
                                   const std::filesystem::path& folder,
                                   const BaseFormLoader& base_loader = {});

}  // namespace intake::forms
