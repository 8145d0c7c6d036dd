#pragma once
// A load-time problem in a form file, reported as "file:line:column: message" so a medical
// director editing form.yaml in a text editor can jump straight to it.
#include <string>
#include <vector>

namespace intake::forms {

struct Diagnostic {
  std::string file;  // path as given to the loader (e.g. forms/microneedling/form.yaml)
  int line = 0;      // 1-based; 0 when the problem is about the whole file (e.g. it is missing)
  int column = 0;    // 1-based; 0 when only the line is known
  std::string message;
};

// "file:line:column: message", "file:line: message" or "file: message".
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace intake::forms
