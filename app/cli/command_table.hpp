#pragma once
#include <span>
#include <string_view>

#include "cli/cli_context.hpp"

namespace intake::cli {

std::span<const Command> all_commands();
const Command* find_command(std::string_view name);

}  // namespace intake::cli
