#include "forms/diagnostic.hpp"

namespace intake::forms {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string out = diagnostic.file;
  if (diagnostic.line > 0) {
    out += ':' + std::to_string(diagnostic.line);
    if (diagnostic.column > 0) out += ':' + std::to_string(diagnostic.column);
  }
  out += ": ";
  out += diagnostic.message;
  return out;
}

}  // namespace intake::forms
