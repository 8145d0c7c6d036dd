#pragma once
// Every form under the forms directory, loaded once at start-up by the kiosk, the CLI and the
// submission path through the same loader.
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "forms/diagnostic.hpp"
#include "forms/form.hpp"

namespace intake::forms {

struct FormCatalog {
  std::vector<std::shared_ptr<const Form>> forms;  // the valid ones, sorted by id
  std::vector<Diagnostic> errors;                  // all problems, of refused forms included

  const Form* find(std::string_view form_id) const;
  bool ok() const { return errors.empty(); }
};

// Each sub-folder of `directory` is a form (folders starting with '.' are skipped). A missing
// or unreadable directory, a folder without form.yaml, a refused form, or two forms with the
// same id are errors; the valid forms are still returned.
FormCatalog load_form_catalog(const std::filesystem::path& directory);

}  // namespace intake::forms
