#pragma once
// Every way the store can fail, as one clear sentence and a distinct process exit code.
// The CLI returns Error::code as its exit status, so these numbers are part of the interface:
// scripts at a clinic may test for them. Codes 10-29 belong to the store; never reuse one.
#include <string>

#include "common/result.hpp"

struct sqlite3;

namespace intake::store {

enum StoreExitCode : int {
  kExitWrongKey = 10,         // the key does not open the store
  kExitKeyMissing = 11,       // a store exists but its key file/credential is gone
  kExitKeyInvalid = 12,       // key file is not 64 hex characters, or others can read it
  kExitNotAStore = 13,        // the file is not an encrypted intake store (e.g. plain SQLite)
  kExitCorrupt = 14,          // a page failed its HMAC or integrity check
  kExitNewerSchema = 15,      // written by a newer intake-kiosk; we refuse to touch it
  kExitReadOnly = 16,         // data directory or store file cannot be written
  kExitDiskFull = 17,         // SQLITE_FULL / ENOSPC: nothing was saved
  kExitBusy = 18,             // another process held the write lock longer than the timeout
  kExitNotFound = 19,         // no such record, PDF version or staff account
  kExitAuditMismatch = 20,    // audit verify found an altered entry, record or PDF
  kExitStaffDenied = 21,      // wrong PIN, locked or disabled account, or role not allowed
  kExitInvalidInput = 22,     // a caller passed data the store refuses (bad id, empty PDF...)
  kExitAlreadyExists = 23,    // refusing to overwrite (backup target, staff name, record id)
  kExitStoreFailure = 24,     // any other SQLite or file-system failure
  kExitStoreMissing = 25,     // a key (or audit head) is there but store.db is missing or empty
  kExitAuditKeyMissing = 26,  // the store's audit trail is authenticated but audit.key is gone
  kExitAuditBehind = 27,      // the store is older than its recorded audit head (cut or restored)
  kExitDataDirUnsafe = 28,    // group or others may read or write the data directory
};

inline Error store_error(StoreExitCode code, std::string message) { return Error{std::move(message), code}; }

// Maps an SQLite result code on `db` to the right kind above. `doing` completes
// "The store failed while ..." for codes that have no fixed sentence.
Error sqlite_error(sqlite3* db, int rc, const char* doing);

}  // namespace intake::store
