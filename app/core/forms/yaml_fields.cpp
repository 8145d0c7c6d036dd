// Field readers for form.yaml; see yaml_fields.hpp.
#include "forms/yaml_fields.hpp"

#include <cmath>
#include <cstdlib>
#include <set>

#include "forms/text_checks.hpp"

namespace intake::forms {

YamlFields::YamlFields(std::string file, std::vector<Diagnostic>& errors)
    : yaml_file_(std::move(file)), errors_(errors) {}

void YamlFields::error_at(const YAML::Mark& mark, std::string message) {
  errors_.push_back({yaml_file_, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0,
                     std::move(message)});
}
void YamlFields::error(const YAML::Node& node, std::string message) {
  error_at(node.Mark(), std::move(message));
}
void YamlFields::file_error(const std::string& file, std::string message) {
  errors_.push_back({file, 0, 0, std::move(message)});
}

bool YamlFields::check_keys(const YAML::Node& map, KeySet allowed, std::string_view what) {
  if (!map.IsMap()) {
    error(map, std::string(what) + " must be a mapping of keys to values");
    return false;
  }
  std::set<std::string> seen;
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (!it->first.IsScalar()) {
      error(it->first, "keys must be plain names");
      continue;
    }
    const std::string key = it->first.Scalar();
    if (!seen.insert(key).second) error(it->first, "key '" + key + "' appears twice in " + std::string(what));
    bool known = false;
    std::string list;
    for (std::string_view a : allowed) {
      known = known || a == key;
      list += (list.empty() ? "" : ", ") + std::string(a);
    }
    if (!known)
      error(it->first,
            "unknown key '" + key + "' in " + std::string(what) + " (expected one of: " + list + ")");
  }
  return true;
}
// A map lookup that never inserts and never throws; the first match wins.
YAML::Node YamlFields::get(const YAML::Node& map, std::string_view key) {
  if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (auto it = map.begin(); it != map.end(); ++it)
    if (it->first.IsScalar() && it->first.Scalar() == key) return it->second;
  return YAML::Node(YAML::NodeType::Undefined);
}
std::optional<std::string> YamlFields::string_field(const YAML::Node& map, std::string_view key,
                                                    std::string_view what, bool required) {
  const YAML::Node node = get(map, key);
  if (!node.IsDefined() || node.IsNull()) {
    if (required) error(map, std::string(what) + " needs '" + std::string(key) + "'");
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    error(node, "'" + std::string(key) + "' must be a single value");
    return std::nullopt;
  }
  return node.Scalar();
}
std::optional<std::string> YamlFields::id_field(const YAML::Node& map, std::string_view key,
                                                std::string_view what) {
  auto id = string_field(map, key, what, true);
  if (!id) return std::nullopt;
  if (!is_valid_id(*id)) {
    error(get(map, key),
          std::string(what) + " id '" + *id +
              "' must be lower-case letters, digits and '_', starting with a letter (at most 64)");
    return std::nullopt;
  }
  return id;
}
bool YamlFields::bool_field(const YAML::Node& map, std::string_view key, bool fallback) {
  const YAML::Node node = get(map, key);
  if (!node.IsDefined() || node.IsNull()) return fallback;
  if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false"))
    return node.Scalar() == "true";
  error(node, "'" + std::string(key) + "' must be true or false");
  return fallback;
}
std::optional<double> YamlFields::number_value(const YAML::Node& node, std::string_view key) {
  if (node.IsScalar()) {
    const std::string& text = node.Scalar();
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (!text.empty() && end == text.c_str() + text.size() && std::isfinite(value) &&
        text.find_first_of("xXnNiI") == std::string::npos)
      return value;
  }
  error(node, "'" + std::string(key) + "' must be a number");
  return std::nullopt;
}
std::optional<double> YamlFields::number_field(const YAML::Node& map, std::string_view key) {
  const YAML::Node node = get(map, key);
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  return number_value(node, key);
}

}  // namespace intake::forms
