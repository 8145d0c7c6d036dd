#pragma once
// A small one-language form with every question type, for testing the rule language in
// isolation from the shipped form. Tests pass their own `rules:` block.
#include <map>
#include <string>

#include "forms/form_loader.hpp"

namespace intake::forms::test {

inline const char* kMiniFormHead = R"(id: mini
version: "1"
languages: [en]
title: {en: Mini}
windows:
  three: 3
  half: 0.5
pages:
  - id: only
    title: {en: Only}
    questions:
      - id: a
        type: yes_no
        text: {en: "A?"}
      - id: b
        type: yes_no
        text: {en: "B?"}
      - id: n
        type: number
        min: 0
        max: 10
        text: {en: "N?"}
      - id: color
        type: single_choice
        text: {en: "Colour?"}
        choices:
          - {id: red, text: {en: Red}}
          - {id: blue, text: {en: Blue}}
      - id: areas
        type: multi_choice
        text: {en: "Areas?"}
        choices:
          - {id: x, text: {en: X}}
          - {id: y, text: {en: Y}}
          - {id: none, exclusive: true, text: {en: None}}
      - id: d
        type: date
        not_in_future: true
        text: {en: "D?"}
      - id: t
        type: short_text
        max_length: 10
        text: {en: "T?"}
      - id: next_visit
        type: date
        not_in_past: true
        text: {en: "Next?"}
)";

inline std::map<std::string, std::string> mini_documents() {
  return {{"consent.en.md", "# C\n\n## One {#one}\nText.\n"},
          {"aftercare.en.md", "# A\n\n## One {#one}\nText.\n"}};
}

inline FormLoadResult load_mini(const std::string& rules_yaml) {
  return load_form_from_text(std::string(kMiniFormHead) + rules_yaml, mini_documents(), "mini");
}

// One rule named `probe` with the given condition.
inline FormLoadResult load_probe(const std::string& condition) {
  return load_mini(
      "rules:\n  - flag: probe\n    severity: note\n    label: {en: Probe}\n    staff_message: {en: x}\n    "
      "when: '" +
      condition + "'\n");
}

}  // namespace intake::forms::test
