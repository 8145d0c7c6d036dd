#pragma once
// Who the audit trail names for a command run from a shell: "cli:<login name>" (or the uid).
#include <string>

namespace intake::cli {

std::string cli_actor();

}  // namespace intake::cli
