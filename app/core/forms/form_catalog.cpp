#include "forms/form_catalog.hpp"

#include <algorithm>
#include <map>

#include "forms/form_loader.hpp"

namespace intake::forms {

const Form* FormCatalog::find(std::string_view form_id) const {
  for (const auto& form : forms)
    if (form->id == form_id) return form.get();
  return nullptr;
}

FormCatalog load_form_catalog(const std::filesystem::path& directory) {
  FormCatalog catalog;
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) {
    catalog.errors.push_back({directory.string(), 0, 0, "is not a readable directory of forms"});
    return catalog;
  }
  std::vector<std::filesystem::path> folders;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
    if (!entry.is_directory(ec) || entry.path().filename().string().starts_with('.')) continue;
    if (std::filesystem::exists(entry.path() / "form.yaml", ec))
      folders.push_back(entry.path());
    else  // e.g. a misspelled form.yml: silently skipping it would hide a whole procedure
      catalog.errors.push_back(
          {entry.path().string(), 0, 0, "has no form.yaml; every folder here must be a form"});
  }
  if (ec) catalog.errors.push_back({directory.string(), 0, 0, "could not be listed: " + ec.message()});
  std::sort(folders.begin(), folders.end());  // stable message order for `forms check`
  if (folders.empty() && catalog.errors.empty() && !ec)
    catalog.errors.push_back({directory.string(), 0, 0, "holds no form folders (a folder with a form.yaml)"});

  std::map<std::string, std::string> first_folder;  // form id -> folder that defined it
  for (const auto& folder : folders) {
    FormLoadResult loaded = load_form(folder);
    catalog.errors.insert(catalog.errors.end(), loaded.errors.begin(), loaded.errors.end());
    if (!loaded.form) continue;
    const auto [it, inserted] = first_folder.emplace(loaded.form->id, folder.string());
    if (!inserted) {
      catalog.errors.push_back({(folder / "form.yaml").string(), 0, 0,
                                "form id '" + loaded.form->id + "' is already used by " + it->second});
      continue;
    }
    catalog.forms.push_back(std::move(loaded.form));
  }
  std::sort(catalog.forms.begin(), catalog.forms.end(),
            [](const auto& a, const auto& b) { return a->id < b->id; });
  return catalog;
}

}  // namespace intake::forms
