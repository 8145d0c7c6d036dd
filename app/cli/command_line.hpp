#pragma once
// Splits argv into the global options (accepted before any command), the command, and the
// rest. The kiosk UI gets whatever is left when no command is named.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace intake::cli {

struct CommandLine {
  std::optional<std::filesystem::path> data_dir;   // --data-dir DIR
  std::optional<std::filesystem::path> forms_dir;  // --forms-dir DIR
  bool help = false;                               // --help / -h
  std::optional<std::string> command;              // e.g. "forms"; empty: start the kiosk
  std::vector<std::string> args;                   // after the command, or the kiosk's options
  std::string error;                               // non-empty when argv could not be parsed
};

CommandLine parse_command_line(const std::vector<std::string>& argv_without_program);

}  // namespace intake::cli
