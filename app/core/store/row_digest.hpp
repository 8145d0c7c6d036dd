#pragma once
// SHA-256 of a table row, for the audit chain. The row is read back through SQLite and
// encoded as canonical JSON (column name -> value, keys sorted; blobs by their SHA-256), so the
// digest taken at insert time and the one `audit verify` recomputes later are computed by the
// same code from the same stored values.
#include <string>

#include "store/sqlite_handle.hpp"

namespace intake::store {

// The columns each audited table's digest covers. records.status is left out: a review
// changes it, and audit verify checks it against the reviews instead.
inline constexpr const char* kRecordDigestColumns =
    "id, created_at, signed_at, form_id, form_version, consent_sha256, language, given_name, "
    "family_name, date_of_birth, phone, email, guardian_name, guardian_relationship, "
    "answers_json, flags_json, flag_summary, flag_level, consent_json, photo_consent, "
    "signature_json, guardian_signature_json";
inline constexpr const char* kReviewDigestColumns =
    "id, record_id, pdf_version, decision, note, reviewer_id, reviewer_name, "
    "countersignature_json, reviewed_at, created_at";
// failed_attempts and locked_until change on every login attempt; the login entries audit them.
inline constexpr const char* kStaffDigestColumns = "id, name, role, pin_hash, disabled";

// Digest of the row `statement` currently points at: its first `columns` result columns,
// or all of them when columns < 0.
std::string row_digest(const Statement& statement, int columns = -1);

}  // namespace intake::store
