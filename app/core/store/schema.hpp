#pragma once
// The store's schema as an ordered list of migrations; PRAGMA user_version records how many
// have run. Each migration runs in its own write transaction, so a crash mid-upgrade leaves
// the previous version intact. A store whose user_version is higher than ours was written
// by a newer intake-kiosk and is refused, never downgraded.
#include <sqlite3.h>

#include "common/result.hpp"

namespace intake::store {

inline constexpr int kSchemaVersion = 5;
// From this version on every audit entry carries a MAC (audit_seal.hpp).
inline constexpr int kAuthenticatedAuditVersion = 2;

Result<int> read_schema_version(sqlite3* db);
// Brings the schema to kSchemaVersion; refuses a newer store (kExitNewerSchema).
Status migrate_schema(sqlite3* db);

}  // namespace intake::store
