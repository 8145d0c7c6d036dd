#include "forms/window_placeholders.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "forms/text_checks.hpp"

namespace intake::forms {

std::string format_window_value(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15)
    return std::to_string(static_cast<long long>(value));
  std::ostringstream out;
  out << value;
  return out.str();
}

std::string substitute_windows(std::string_view text,
                               const std::map<std::string, double, std::less<>>& windows,
                               const std::vector<std::string>& kept, const UnknownPlaceholder& unknown) {
  std::string out;
  int line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') ++line;
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const std::string name(text.substr(i + 1, close - i - 1));
        if (is_valid_id(name)) {
          if (std::find(kept.begin(), kept.end(), name) != kept.end())
            out += "{" + name + "}";
          else if (auto w = windows.find(name); w != windows.end())
            out += format_window_value(w->second);
          else
            unknown(name, line);
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace intake::forms
