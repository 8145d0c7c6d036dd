#pragma once
// Rotating the store key: PRAGMA rekey re-encrypts every page with a new key in one
// transaction. The order makes every crash recoverable:
//   1. the new key is written (atomically) beside the current one: store.key.next, or the
//      credential store-key.next that intake-kiosk-keys sealed;
//   2. an audit entry "store.key_rotation_begun", then PRAGMA rekey, which commits or not;
//   3. an audit entry "store.key_rotated";
//   4. store.key.next replaces store.key (with credentials, intake-kiosk-keys does this).
// The current key opens the store until 2 commits, the new key from then on, and open_store
// tries the new key when the current one fails (finishing step 4 for key files). Running the
// rotation again after a crash finishes it with the same new key.
#include <filesystem>
#include <functional>
#include <string>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/store_key.hpp"

namespace intake::store {

enum class RotationStep { next_key_ready, rekeyed, audited, promoted };

struct RotationReport {
  bool finished_earlier_rotation = false;  // the store was already on the new key
  bool key_is_credential = false;          // the caller must promote store-key.next itself
};

// Needs the store to be closed everywhere else (stop the kiosk first). after_step is for the
// crash tests: it runs after each durable step.
Result<RotationReport> rotate_store_key(const std::filesystem::path& data_dir, const std::string& actor,
                                        const Clock& clock,
                                        const std::function<void(RotationStep)>& after_step = {},
                                        const KeySources& keys = {});

}  // namespace intake::store
