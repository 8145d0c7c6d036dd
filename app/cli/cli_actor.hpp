#pragma once
// Who the audit trail names for a command run from a shell: "cli:<login name>" (or the uid).
#include <string>

namespace intake::cli {

// `user` is $USER as main read it (empty: unset).
std::string cli_actor(const std::string& user);

}  // namespace intake::cli
