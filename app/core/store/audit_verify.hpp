#pragma once
// `audit verify`: walks the whole audit chain, then checks every stored record, PDF, review,
// staff account and setting against the entry that last vouched for it. Any row changed
// outside this program (even with the key, through the sqlcipher shell) shows up here.
#include <cstdint>
#include <string>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::store {

struct AuditVerification {
  std::int64_t entries_checked = 0;
  std::int64_t records_checked = 0;
  std::int64_t pdfs_checked = 0;
  std::int64_t problems = 0;      // how many mismatches in all
  std::int64_t first_bad_seq = 0; // the first audit entry involved; 0 when ok
  std::string first_problem;      // one sentence naming it, e.g. "Audit entry #12 has been
                                  // altered: its hash does not match."; "" when ok
  bool ok() const { return problems == 0; }
};

// A mismatch is a result (ok() == false), not an Error; Errors are for a store that cannot
// be read at all.
Result<AuditVerification> verify_audit_trail(Store& store);

}  // namespace intake::store
