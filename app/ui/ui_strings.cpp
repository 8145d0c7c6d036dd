#include "ui/ui_strings.hpp"

#include <nlohmann/json.hpp>

#include "ui/ui_strings_data.hpp"

namespace intake::ui {

std::string format_text(std::string_view pattern,
                        std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      const auto close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [key, value] : values) {
          if (key == name) {
            out += value;
            replaced = true;
            break;
          }
        }
        if (replaced) {
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

UiStrings UiStrings::load_embedded() {
  UiStrings strings;
  for (std::size_t i = 0; i < kEmbeddedLanguageCount; ++i) {
    auto parsed = nlohmann::json::parse(kEmbeddedLanguages[i].json, nullptr, false);
    if (!parsed.is_object()) continue;
    auto& table = strings.tables_[kEmbeddedLanguages[i].code];
    for (auto& [key, value] : parsed.items())
      if (value.is_string()) table[key] = value.get<std::string>();
  }
  return strings;
}

std::vector<std::string> UiStrings::languages() const {
  std::vector<std::string> codes;
  for (const auto& [code, table] : tables_) codes.push_back(code);
  return codes;
}

bool UiStrings::has_language(std::string_view code) const { return tables_.contains(code); }

const std::map<std::string, std::string, std::less<>>* UiStrings::table(std::string_view language) const {
  auto it = tables_.find(language);
  return it == tables_.end() ? nullptr : &it->second;
}

const std::string& UiStrings::get(std::string_view language, std::string_view key) const {
  for (std::string_view code : {language, std::string_view("en")}) {
    if (const auto* strings = table(code)) {
      auto it = strings->find(key);
      if (it != strings->end()) return it->second;
    }
  }
  // Unknown keys are shown as themselves, so a missing string is noticed rather than blank.
  auto [it, inserted] = missing_.try_emplace(std::string(key), std::string(key));
  return it->second;
}

}  // namespace intake::ui
