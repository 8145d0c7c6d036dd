// `key rotate`: re-encrypts the store with a new store key (store/key_rotation.hpp), audited.
// On a packaged kiosk run `intake-kiosk-keys rotate` as root instead: it seals the new key,
// runs this with it, and promotes the sealed key afterwards.
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "store/key_rotation.hpp"

namespace intake::cli {

int run_key_command(CliContext& context, const CommandArgs& args) {
  if (args.size() != 1 || args[0] != "rotate") {
    context.err << "usage: intake-kiosk key rotate\n";
    return kExitUsage;
  }
  auto rotated = store::rotate_store_key(context.paths.data_dir, context.actor, context.clock, {},
                                         store::KeySources{context.paths.credentials_dir});
  if (!rotated) {
    context.err << "intake-kiosk: " << rotated.error().message << "\n";
    return rotated.error().code;
  }
  if (rotated->finished_earlier_rotation)
    context.out << "finished an earlier key rotation: the store already used the new key\n";
  else
    context.out << "the store is re-encrypted with the new key; the old key no longer opens it\n";
  context.out << (rotated->key_is_credential
                      ? "store-key.next is now the store key: promote it (intake-kiosk-keys does)\n"
                      : "store.key now holds the new key\n");
  return kExitOk;
}

}  // namespace intake::cli
