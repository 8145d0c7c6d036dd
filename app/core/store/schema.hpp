#pragma once
// The store's schema as an ordered list of migrations; PRAGMA user_version records how many
// have run. All pending migrations run in ONE write transaction with the new user_version, so
// an upgrade happens once and whole: a failure or crash part-way leaves the store exactly as
// the previous release wrote it (same user_version), and that release still opens it. A store
// whose user_version is higher than ours was written by a newer intake-kiosk and is refused,
// never downgraded.
#include <sqlite3.h>

#include <span>

#include "common/result.hpp"

namespace intake::store {

inline constexpr int kSchemaVersion = 6;
// From this version on every audit entry carries a MAC (audit_seal.hpp).
inline constexpr int kAuthenticatedAuditVersion = 2;

Result<int> read_schema_version(sqlite3* db);
// Brings the schema to kSchemaVersion; refuses a newer store (kExitNewerSchema).
Status migrate_schema(sqlite3* db);

struct Migration {
  int version;
  const char* sql;
  Status (*then)(sqlite3*) = nullptr;  // runs in the same transaction, after `sql`
};
// This build's migrations, oldest first.
std::span<const Migration> schema_migrations();
// migrate_schema over another list up to target_version: for the upgrade tests (a migration
// that fails part-way must leave nothing behind).
Status apply_migrations(sqlite3* db, std::span<const Migration> migrations, int target_version);

}  // namespace intake::store
