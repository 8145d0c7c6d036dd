#include "store/schema.hpp"

#include <string>

#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/audit_seal.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"

namespace intake::store {

namespace {

// Version 1. Comments say why each index exists: the staff queue must stay instant with
// 100,000 records (a busy clinic over some years), so every filter it offers has an index that matches it.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE records (
  record_no               INTEGER PRIMARY KEY,        -- stable rowid: indexes point at it
  id                      TEXT NOT NULL UNIQUE,       -- R-YYYYMMDD-XXXXXX
  created_at              TEXT NOT NULL,              -- UTC, see timestamp.hpp
  signed_at               TEXT NOT NULL,              -- local time with offset, as on the PDF
  form_id                 TEXT NOT NULL,
  form_version            TEXT NOT NULL,
  consent_sha256          TEXT NOT NULL,
  language                TEXT NOT NULL,
  given_name              TEXT NOT NULL,
  family_name             TEXT NOT NULL,
  date_of_birth           TEXT NOT NULL,              -- YYYY-MM-DD
  phone                   TEXT NOT NULL,
  email                   TEXT NOT NULL,
  guardian_name           TEXT,                       -- NULL when there is no guardian
  guardian_relationship   TEXT,
  answers_json            TEXT NOT NULL,
  flags_json              TEXT NOT NULL,
  flag_summary            TEXT NOT NULL,              -- "stop:pregnancy review:diabetes", for lists
  flag_level              INTEGER NOT NULL,           -- 0 none, 1 note, 2 review, 3 stop
  consent_json            TEXT NOT NULL,
  photo_consent           INTEGER NOT NULL,
  signature_json          TEXT NOT NULL,
  guardian_signature_json TEXT,
  status                  TEXT NOT NULL CHECK (status IN ('submitted', 'reviewed'))
);
-- Lists page through these indexes alone (they cover the filters and carry record_no), and
-- only the page's rows are read from the table: deep pages stay cheap with 100,000 records.
CREATE INDEX records_by_created ON records (created_at);
-- Partial indexes: "flagged only" and "unreviewed" (and both) are each one ordered index walk.
CREATE INDEX records_flagged_by_created ON records (created_at, status) WHERE flag_level > 0;
CREATE INDEX records_unreviewed_by_created ON records (created_at, flag_level)
  WHERE status = 'submitted';
CREATE INDEX records_by_date_of_birth ON records (date_of_birth, created_at);

-- Folded name words (name_search_key.hpp); a prefix search is a range scan of the key, and
-- created_at (a copy of the record's) lets it page by date without reading the records.
CREATE TABLE record_name_words (
  word       TEXT NOT NULL,
  record_no  INTEGER NOT NULL REFERENCES records (record_no),
  created_at TEXT NOT NULL,
  PRIMARY KEY (word, record_no)
) WITHOUT ROWID;
-- For a common prefix ("m", "gar") the list walks records_by_created newest first and probes
-- this index per record, stopping after one page (record_read.cpp).
CREATE INDEX record_name_words_by_record ON record_name_words (record_no, word);

-- Version 1 is the patient-signed original; reviews add versions, never replace one.
CREATE TABLE record_pdfs (
  record_id  TEXT NOT NULL REFERENCES records (id),
  version    INTEGER NOT NULL CHECK (version >= 1),
  kind       TEXT NOT NULL CHECK (kind IN ('patient_signed', 'review')),
  bytes      BLOB NOT NULL,
  sha256     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (record_id, version)
);

CREATE TABLE staff (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role            TEXT NOT NULL CHECK (role IN ('front_desk', 'practitioner', 'admin')),
  pin_hash        TEXT NOT NULL,                      -- Argon2id, libsodium crypto_pwhash_str
  disabled        INTEGER NOT NULL DEFAULT 0,
  failed_attempts INTEGER NOT NULL DEFAULT 0,         -- consecutive wrong PINs
  locked_until    TEXT,                               -- UTC; NULL when not locked
  created_at      TEXT NOT NULL
);

CREATE TABLE reviews (
  id                    INTEGER PRIMARY KEY,
  record_id             TEXT NOT NULL REFERENCES records (id),
  pdf_version           INTEGER NOT NULL,
  decision              TEXT NOT NULL
                        CHECK (decision IN ('cleared', 'treat_with_changes', 'not_treated')),
  note                  TEXT NOT NULL,
  reviewer_id           INTEGER NOT NULL REFERENCES staff (id),
  reviewer_name         TEXT NOT NULL,
  countersignature_json TEXT NOT NULL,
  reviewed_at           TEXT NOT NULL,                -- local time with offset, as on the PDF
  created_at            TEXT NOT NULL
);
CREATE INDEX reviews_by_record ON reviews (record_id);

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Append-only hash chain: hash = SHA-256(prev_hash and this entry's fields), audit.cpp.
CREATE TABLE audit (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  record_id TEXT,
  details   TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
CREATE INDEX audit_by_record ON audit (record_id) WHERE record_id IS NOT NULL;
CREATE INDEX audit_by_action ON audit (action);
)sql";

// Authenticated audit trail: a MAC per entry keyed by the audit key (audit_seal.hpp). Older
// entries keep a NULL mac: the migration's own entry chains over them, and it is MACed.
constexpr const char* kAuthenticatedAudit = R"sql(
ALTER TABLE audit ADD COLUMN mac TEXT;
)sql";

Status record_authentication_start(sqlite3* db) {
  const AuditSeal* seal = audit_seal(db);
  if (seal == nullptr)
    return store_error(kExitStoreFailure, "The audit key was not loaded before the upgrade.");
  const std::string details =
      std::string("{\"audit_key\":\"") + (seal->key_created() ? "created" : "existing") + "\"}";
  TRY(append_audit_in_transaction(db, {"intake-kiosk", audit_action::kAuditAuthenticated, "", details},
                                  connection_now(db)));
  return ok_status();
}

// The kiosk's signing certificates (a renewal adds one, none is ever removed): a PDF signed
// years ago still names a certificate this store knows. The private key never comes here.
constexpr const char* kDeviceCertificates = R"sql(
CREATE TABLE device_certificates (
  sha256      TEXT PRIMARY KEY,      -- SHA-256 of the certificate's DER, lowercase hex
  subject     TEXT NOT NULL,         -- e.g. "CN=Check-in kiosk 3F9A1C2B,O=Our Clinic"
  issuer      TEXT NOT NULL,
  not_before  TEXT NOT NULL,         -- UTC, see timestamp.hpp
  not_after   TEXT NOT NULL,
  pem         TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Records and reviews waiting for the clinic's FHIR server (fhir/outbox_delivery.hpp). A row is
// added in the SAME transaction as the record or review it announces, so a crash can never
// store one without the other; delivered_at is set only once the server confirmed every entry.
// Rows are kept after delivery (small, no patient data): they say what was sent when.
constexpr const char* kFhirOutbox = R"sql(
CREATE TABLE fhir_outbox (
  seq             INTEGER PRIMARY KEY,              -- delivery order
  record_id       TEXT NOT NULL REFERENCES records (id),
  reason          TEXT NOT NULL CHECK (reason IN ('record', 'review')),
  queued_at       TEXT NOT NULL,                    -- UTC
  attempts        INTEGER NOT NULL DEFAULT 0,
  failing_since   TEXT,                             -- UTC of the first failed attempt, NULL once sent
  last_error      TEXT,                             -- one sentence, never patient data
  delivered_at    TEXT                              -- UTC; NULL while waiting
);
-- The worker's "next waiting row" and the status count are one walk of this partial index.
CREATE INDEX fhir_outbox_waiting ON fhir_outbox (seq) WHERE delivered_at IS NULL;
)sql";

// Visit history: check-ins are matched by date of birth and folded name (visit_history.hpp);
// a check-in an admin unlinked from a wrong match is listed here and then matches nothing.
constexpr const char* kVisitUnlinks = R"sql(
CREATE TABLE unlinked_visits (
  record_id   TEXT PRIMARY KEY REFERENCES records (id),
  unlinked_by TEXT NOT NULL,
  unlinked_at TEXT NOT NULL                           -- UTC
) WITHOUT ROWID;
)sql";

// A practitioner's reason for going ahead despite each STOP or REVIEW flag: a JSON list of
// {"code", "reason"}, "[]" for reviews from before (and for "Not treated today").
constexpr const char* kClearingReasons = R"sql(
ALTER TABLE reviews ADD COLUMN reasons_json TEXT NOT NULL DEFAULT '[]';
)sql";

constexpr Migration kMigrations[] = {
    {1, kVersion1},     {2, kAuthenticatedAudit, record_authentication_start},
    {3, kVisitUnlinks}, {4, kDeviceCertificates},
    {5, kFhirOutbox},   {6, kClearingReasons}};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == kSchemaVersion);

Error newer_schema_error(int found, int ours) {
  return store_error(kExitNewerSchema, "The store has schema version " + std::to_string(found) +
                                           ", newer than this program's " + std::to_string(ours) +
                                           "; update intake-kiosk instead (the store was not changed).");
}

}  // namespace

Result<int> read_schema_version(sqlite3* db) {
  auto stmt = TRY(Statement::prepare(db, "PRAGMA user_version"));
  auto row = TRY(stmt.step("reading the schema version"));
  return row ? static_cast<int>(stmt.integer(0)) : 0;
}

std::span<const Migration> schema_migrations() { return kMigrations; }

Status migrate_schema(sqlite3* db) { return apply_migrations(db, kMigrations, kSchemaVersion); }

Status apply_migrations(sqlite3* db, std::span<const Migration> migrations, int target_version) {
  auto current = TRY(read_schema_version(db));
  if (current > target_version) return newer_schema_error(current, target_version);
  if (current == target_version) return ok_status();
  auto transaction = TRY(WriteTransaction::begin(db));
  // Another process may have migrated while we waited for the write lock.
  auto now = TRY(read_schema_version(db));
  if (now > target_version) return newer_schema_error(now, target_version);
  if (now == target_version) return ok_status();
  for (const Migration& migration : migrations) {
    if (migration.version <= now || migration.version > target_version) continue;
    if (auto st = exec_sql(db, migration.sql, "upgrading the store's tables"); !st) {
      // The transaction rolls back as it goes out of scope: nothing of the upgrade remains.
      return store_error(kExitStoreFailure,
                         "Upgrading the store to schema version " + std::to_string(migration.version) +
                             " failed (" + st.error().message +
                             "); the store was not changed and the previous version still opens it.");
    }
    if (migration.then != nullptr)
      if (auto st = migration.then(db); !st)
        return store_error(kExitStoreFailure,
                           "Upgrading the store to schema version " + std::to_string(migration.version) +
                               " failed (" + st.error().message +
                               "); the store was not changed and the previous version still opens it.");
  }
  const std::string set_version = "PRAGMA user_version = " + std::to_string(target_version);
  TRY(exec_sql(db, set_version.c_str(), "recording the schema version"));
  return transaction.commit();
}

}  // namespace intake::store
