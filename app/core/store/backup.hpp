#pragma once
// Backup: an encrypted copy of the whole store, made with SQLCipher's sqlcipher_export into a
// temporary file next to FILE, synced, then moved into place (an existing FILE is never
// overwritten). The copy is keyed with the same key, so it opens exactly like the store. It
// runs while the kiosk keeps working: it reads one WAL snapshot and never blocks writers.
//
// Restoring a backup (tested in tests/store/test_backup.cpp):
//   1. Stop the kiosk (systemctl stop intake-kiosk, or close it).
//   2. In the data directory, move store.db, store.db-wal and store.db-shm aside (keep them
//      until the restore is checked).
//   3. Copy the backup file to <data dir>/store.db, mode 0600, owned by the kiosk's user.
//   4. Keep the same keys: store.key and audit.key (or the systemd credentials store-key and
//      audit-key) are unchanged; keep audit.head too.
//   5. Run `intake-kiosk --data-dir DIR audit verify`: the chain must be intact; it reports the
//      backup as behind the audit head (exit 27), which is what a restore looks like.
//   6. `intake-kiosk audit accept-restore` records that the restore was meant (audited) and
//      moves audit.head to the restored store; `audit verify` then passes. Start the kiosk.
// The backup holds the records up to the moment it was made; later ones are only in the
// moved-aside store.
#include <filesystem>
#include <string>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::store {

// Errors: kExitAlreadyExists (destination exists), kExitReadOnly, kExitDiskFull, others from
// SQLite. Audited as "store.backup" with the destination.
Status backup_store(Store& store, const std::filesystem::path& destination, const std::string& actor);

// Reads a backup written by backup_store back through SQLCipher with the store's key: every
// page (HMAC and structure) and its audit chain's head, which must be the same entry as in
// the store. kExitCorrupt when the copy does not match.
Status verify_backup(Store& store, const std::filesystem::path& backup);

}  // namespace intake::store
