// {en: ..., es: ...} texts: one per language of the form, each with its {window} placeholders
// filled in.
#include "forms/form_reader.hpp"

#include <set>

#include "common/text.hpp"
#include "forms/window_placeholders.hpp"

namespace intake::forms {

using text::trim;
LocalizedText FormReader::localized_field(const YAML::Node& map, std::string_view key, std::string_view what,
                                          bool required) {
  LocalizedText text;
  const YAML::Node node = get(map, key);
  if (!node.IsDefined() || node.IsNull()) {
    if (required)
      error(map, std::string(what) + " needs '" + std::string(key) + "' with a text per language");
    return text;
  }
  if (!node.IsMap()) {
    error(node, "'" + std::string(key) + "' of " + std::string(what) +
                    " needs a text per language, like {en: ..., es: ...}");
    return text;
  }
  std::set<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string language = it->first.IsScalar() ? it->first.Scalar() : "";
    if (!seen.insert(language).second) {
      error(it->first, "language '" + language + "' appears twice in '" + std::string(key) + "' of " +
                           std::string(what));
      continue;
    }
    if (!form_.has_language(language)) {
      error(it->first, "'" + std::string(key) + "' of " + std::string(what) + " has text in '" + language +
                           "', which is not one of the form's languages");
      continue;
    }
    if (!it->second.IsScalar() || trim(it->second.Scalar()).empty()) {
      error(it->second, "'" + std::string(key) + "' of " + std::string(what) + " in '" + language +
                            "' must be non-empty text");
      continue;
    }
    const YAML::Mark mark = it->second.Mark();
    text[language] = substitute_windows(
        trim(it->second.Scalar()), form_.windows, filled_later_, [&](const std::string& name, int) {
          error_at(mark, "text mentions {" + name + "}, which is not a window of this form");
        });
  }
  for (const std::string& language : form_.languages)
    if (!text.count(language) && !seen.count(language))
      error(node,
            "'" + std::string(key) + "' of " + std::string(what) + " has no '" + language + "' translation");
  return text;
}

}  // namespace intake::forms
