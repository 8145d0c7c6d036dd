#pragma once
// How a command ends. Its work is a function returning Result<int> (the exit
// code) that passes the core's errors up with TRY; the command hands that
// result to exit_code() once, so an error becomes one line on stderr and its
// own exit code in one place.
#include <string_view>

#include "cli/cli_context.hpp"
#include "common/result.hpp"

namespace intake::cli {

// Writes "<who>: <message>" to stderr and returns the error's exit code.
int fail(CliContext& context, const Error& error, std::string_view who = "intake-kiosk");

// The command's own exit code, or fail()'s for an error.
int exit_code(CliContext& context, const Result<int>& result, std::string_view who = "intake-kiosk");

}  // namespace intake::cli
