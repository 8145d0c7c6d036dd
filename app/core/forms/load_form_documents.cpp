// The consent and aftercare files: one per language, their {window} placeholders filled in,
// and the same sections in the same order in every language.
#include "forms/form_reader.hpp"

#include <algorithm>
#include <set>

#include "forms/window_placeholders.hpp"

namespace intake::forms {

void FormReader::load_documents() {
  for (const char* kind : {"consent", "aftercare"}) {
    auto& target = std::string_view(kind) == "consent" ? form_.consent : form_.aftercare;
    // A form built on another may leave a document to its base entirely.
    if (base_ &&
        std::none_of(form_.languages.begin(), form_.languages.end(), [&](const std::string& language) {
          return documents_.count(std::string(kind) + "." + language + ".md") > 0;
        }))
      continue;
    std::string first_file;
    const Document* first = nullptr;
    for (const std::string& language : form_.languages) {
      const std::string name = std::string(kind) + "." + language + ".md";
      const std::string file = (folder_ / name).string();
      const auto it = documents_.find(name);
      if (it == documents_.end()) {
        file_error(file, "missing: the form declares language '" + language + "', so it needs this file");
        continue;
      }
      if (it->second.size() > kMaxFileBytes) {
        file_error(file, "the file is larger than 1 MB");
        continue;
      }
      const std::size_t before = errors_.size();
      // A missing window is reported against the line of the .md that mentions it.
      const std::string text =
          substitute_windows(it->second, form_.windows, {}, [&](const std::string& name, int line) {
            errors_.push_back(
                {file, line, 0, "text mentions {" + name + "}, which is not a window of this form"});
          });
      Document document = parse_document(text, file, language, errors_);
      if (errors_.size() != before) continue;
      target[language] = std::move(document);
      if (!first) {
        first = &target[language];
        first_file = name;
        continue;
      }
      compare_sections(*first, first_file, target[language], file);
    }
  }
}

void FormReader::compare_sections(const Document& first, const std::string& first_name, const Document& other,
                                  const std::string& file) {
  std::vector<std::string> a, b;
  for (const auto& s : first.sections) a.push_back(s.id);
  for (const auto& s : other.sections) b.push_back(s.id);
  if (a == b) return;
  for (const std::string& id : a)
    if (std::find(b.begin(), b.end(), id) == b.end())
      file_error(file, "has no section {#" + id + "}, which " + first_name + " has");
  for (const auto& section : other.sections)
    if (std::find(a.begin(), a.end(), section.id) == a.end())
      errors_.push_back({file, section.line, 0, "section {#" + section.id + "} is not in " + first_name});
  std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  if (sa == sb) file_error(file, "sections are in a different order than in " + first_name);
}

}  // namespace intake::forms
