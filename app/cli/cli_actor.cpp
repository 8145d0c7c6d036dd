#include "cli/cli_actor.hpp"

#include <unistd.h>

namespace intake::cli {

std::string cli_actor(const std::string& user) {
  return std::string("cli:") + (!user.empty() ? user : std::to_string(::getuid()));
}

}  // namespace intake::cli
