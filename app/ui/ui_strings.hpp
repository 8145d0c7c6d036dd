#pragma once
// Every patient- and staff-facing string of the screens, looked up by key in
// lang/<area>.<code>.json (one file per area and language, merged per language).
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace intake::ui {

// Fills "{name}" placeholders: format_text("Step {n} of {total}", {{"n", "2"}, {"total", "7"}}).
std::string format_text(std::string_view pattern,
                        std::initializer_list<std::pair<std::string_view, std::string>> values);

class UiStrings {
 public:
  // Loads every embedded language; throws nothing: a broken file is a build-time test failure.
  static UiStrings load_embedded();

  std::vector<std::string> languages() const;
  bool has_language(std::string_view code) const;
  // The text for key in language; falls back to English, then to the key itself so a missing
  // string is visible rather than blank.
  const std::string& get(std::string_view language, std::string_view key) const;
  const std::map<std::string, std::string, std::less<>>* table(std::string_view language) const;

 private:
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> tables_;
  mutable std::map<std::string, std::string, std::less<>> missing_;
};

}  // namespace intake::ui
