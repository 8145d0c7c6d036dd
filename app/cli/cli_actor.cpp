#include "cli/cli_actor.hpp"

#include <unistd.h>

#include <cstdlib>

namespace intake::cli {

std::string cli_actor() {
  const char* user = std::getenv("USER");
  return std::string("cli:") + (user != nullptr && *user != '\0' ? user : std::to_string(::getuid()));
}

}  // namespace intake::cli
