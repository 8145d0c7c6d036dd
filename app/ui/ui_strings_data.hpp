#pragma once
#include <cstddef>

namespace intake::ui {

struct EmbeddedLanguage {
  const char* code;  // "en", "es"
  const char* json;  // the verbatim lang/<code>.json
};
extern const EmbeddedLanguage kEmbeddedLanguages[];
extern const std::size_t kEmbeddedLanguageCount;

}  // namespace intake::ui
