#pragma once
// `audit verify`: walks the whole audit chain, then checks every stored record, PDF, review,
// staff account and setting against the entry that last vouched for it. Any row changed
// outside this program (even with the key, through the sqlcipher shell) shows up here.
#include <cstdint>
#include <string>

#include "common/result.hpp"
#include "store/audit_seal.hpp"
#include "store/store.hpp"

namespace intake::store {

// The store's newest entry against the head kept outside it (audit_seal.hpp).
enum class HeadCheck {
  matches,           // the store ends exactly where audit.head says
  head_file_behind,  // the store has newer entries (a crash between a commit and the head
                     // write, or a full disk): fine, the next commit catches up
  store_behind,      // audit.head names entries the store no longer has: cut or an old backup
  diverged,          // the store's entry at the head's seq is a different one
  missing,           // the store has entries but audit.head is gone
  forged,            // audit.head is unreadable or not MACed with this kiosk's audit key
};

struct AuditVerification {
  AuditHead store_head;     // the newest entry in the store
  AuditHead recorded_head;  // what audit.head holds (when readable)
  HeadCheck head = HeadCheck::matches;
  std::int64_t entries_checked = 0;
  std::int64_t records_checked = 0;
  std::int64_t pdfs_checked = 0;
  std::int64_t problems = 0;       // how many mismatches in all
  std::int64_t first_bad_seq = 0;  // the first audit entry involved; 0 when ok
  std::string first_problem;       // one sentence naming it, e.g. "Audit entry #12 has been
                                   // altered: its hash does not match."; "" when ok
  bool ok() const { return problems == 0; }
  bool store_behind() const { return head == HeadCheck::store_behind; }
};

// A mismatch is a result (ok() == false), not an Error; Errors are for a store that cannot
// be read at all.
Result<AuditVerification> verify_audit_trail(Store& store);

// `audit verify --against FOLDER`: every export manifest under FOLDER carries the chain head
// at export time; the store must still hold each of them.
struct AnchorCheck {
  std::int64_t manifests_checked = 0;
  std::int64_t heads_checked = 0;
  std::int64_t problems = 0;
  bool store_behind = false;  // some exported head is newer than the store's newest entry
  std::string first_problem;
  bool ok() const { return problems == 0; }
};
Result<AnchorCheck> verify_exported_heads(Store& store, const std::filesystem::path& folder);

// The manifest line that carries the head: "# audit-head seq=<n> sha256=<hash>".
std::string audit_head_manifest_line(const AuditHead& head);
Result<AuditHead> current_audit_head(Store& store);

// `audit accept-restore`: an admin says the store as it is now (an older backup put back on
// purpose) is the one to keep. Appends an audited entry naming the head it replaces, then
// points audit.head at the store's new newest entry.
Status accept_restored_store(Store& store, const std::string& actor);

}  // namespace intake::store
