#include "cli/cli_result.hpp"

#include <ostream>

namespace intake::cli {

int fail(CliContext& context, const Error& error, std::string_view who) {
  context.err << who << ": " << error.message << "\n";
  return error.code;
}

int exit_code(CliContext& context, const Result<int>& result, std::string_view who) {
  return result ? result.value() : fail(context, result.error(), who);
}

}  // namespace intake::cli
