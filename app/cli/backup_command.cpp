// `backup FILE`: an encrypted copy that opens with the same key (restore: store/backup.hpp).
#include <cstdlib>
#include <ostream>

#include <unistd.h>

#include "cli/cli_context.hpp"
#include "store/backup.hpp"
#include "store/store.hpp"

namespace intake::cli {

int run_backup_command(CliContext& context, const CommandArgs& args) {
  if (args.size() != 1 || args[0].starts_with("--")) {
    context.err << "usage: intake-kiosk backup FILE\n";
    return kExitUsage;
  }
  auto store = store::open_store(context.paths);
  if (!store) {
    context.err << "intake-kiosk: " << store.error().message << "\n";
    return store.error().code;
  }
  const char* user = std::getenv("USER");
  const std::string actor =
      std::string("cli:") + (user != nullptr && *user != '\0' ? user : std::to_string(::getuid()));
  if (auto st = store::backup_store(*store, args[0], actor); !st) {
    context.err << "intake-kiosk: " << st.error().message << "\n";
    return st.error().code;
  }
  context.out << "wrote encrypted backup " << args[0]
              << " (it opens with the store's key)\n";
  return kExitOk;
}

}  // namespace intake::cli
