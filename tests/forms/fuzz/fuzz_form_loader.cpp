// libFuzzer target: the whole form loader (YAML, validation, expressions, documents) and, when
// a form loads, the evaluator. Input: form.yaml text, optionally followed by "\n%%\n" and the
// text used for every consent/aftercare document.
#include <cstddef>
#include <cstdint>
#include <string>

#include "forms/evaluation.hpp"
#include "forms/form_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::string yaml = input;
  std::string document = "# T\n\n## S {#s}\nText.\n";
  if (const std::size_t split = input.find("\n%%\n"); split != std::string::npos) {
    yaml = input.substr(0, split);
    document = input.substr(split + 4);
  }
  std::map<std::string, std::string> documents;
  for (const char* kind : {"consent", "aftercare"})
    for (const char* language : {"en", "es", "fr"})
      documents[std::string(kind) + "." + language + ".md"] = document;

  const intake::forms::FormLoadResult result = intake::forms::load_form_from_text(yaml, documents, "fuzz");
  if (result.form == nullptr && result.errors.empty()) __builtin_trap();  // refused without a reason
  if (result.form) {
    const intake::forms::Answers none;
    (void)intake::forms::evaluate(*result.form,
                                  {none, intake::CalendarDate{2000, 2, 29}, {2026, 8, 31}, "en"});
  }
  return 0;
}
