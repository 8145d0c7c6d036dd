#pragma once
// Reading the fields of one YAML file (form.yaml) with every problem reported at the line and
// column it is written at; reading goes on after a problem so that one `forms check` run lists
// them all. No lookup here inserts into a node or throws.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "forms/diagnostic.hpp"

namespace intake::forms {

using KeySet = std::initializer_list<std::string_view>;

class YamlFields {
 public:
  YamlFields(std::string file, std::vector<Diagnostic>& errors);

  // ---- messages ---------------------------------------------------------------------------
  void error_at(const YAML::Mark& mark, std::string message);
  void error(const YAML::Node& node, std::string message);
  void file_error(const std::string& file, std::string message);

  // ---- scalars ----------------------------------------------------------------------------
  // False (and reported) when `map` is not a mapping; unknown and repeated keys are reported.
  bool check_keys(const YAML::Node& map, KeySet allowed, std::string_view what);
  // A map lookup that never inserts and never throws; the first match wins.
  static YAML::Node get(const YAML::Node& map, std::string_view key);
  std::optional<std::string> string_field(const YAML::Node& map, std::string_view key, std::string_view what,
                                          bool required);
  // A required field holding a stable id (is_valid_id).
  std::optional<std::string> id_field(const YAML::Node& map, std::string_view key, std::string_view what);
  bool bool_field(const YAML::Node& map, std::string_view key, bool fallback);
  std::optional<double> number_value(const YAML::Node& node, std::string_view key);
  std::optional<double> number_field(const YAML::Node& map, std::string_view key);

 protected:
  std::string yaml_file_;
  std::vector<Diagnostic>& errors_;
};

}  // namespace intake::forms
