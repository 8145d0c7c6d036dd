# Writes a .cpp that holds each lang/<area>.<code>.json (or lang/<code>.json) verbatim, keyed by
# language code; files of the same language are merged when loaded.
set(body "// Generated from app/ui/lang/*.json by embed_strings.cmake. Do not edit.\n#include \"ui/ui_strings_data.hpp\"\nnamespace intake::ui {\nconst EmbeddedLanguage kEmbeddedLanguages[] = {\n")
file(GLOB lang_files "${LANG_DIR}/*.json")
list(SORT lang_files)
foreach(file ${lang_files})
  get_filename_component(name "${file}" NAME)
  string(REGEX REPLACE "^(.*\\.)?([a-z][a-z])\\.json$" "\\2" code "${name}")
  file(READ "${file}" json)
  string(APPEND body "  {\"${code}\", R\"json(${json})json\"},\n")
endforeach()
string(APPEND body "};\nconst std::size_t kEmbeddedLanguageCount = sizeof(kEmbeddedLanguages) / sizeof(kEmbeddedLanguages[0]);\n}  // namespace intake::ui\n")
file(WRITE "${OUT}" "${body}")
