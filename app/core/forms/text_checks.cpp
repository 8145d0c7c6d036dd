#include "forms/text_checks.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace intake::forms {

int first_invalid_utf8_line(std::string_view text) { return text::first_invalid_utf8_line(text); }

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

bool is_valid_form_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

bool is_language_code(std::string_view code) {
  return code.size() >= 2 && code.size() <= 8 && is_valid_id(code);
}

}  // namespace intake::forms
