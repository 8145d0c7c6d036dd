#pragma once
// The audit trail's secret half. The SHA-256 chain (audit.hpp) proves order but anyone with
// the store key could recompute it; so every entry also carries
//
//   mac = HMAC-SHA256(audit key, "intake-audit-entry\n" + hash)
//
// with the audit key (store_key.hpp: credential audit-key or audit.key), which is never the
// store key. The chain's head (seq and hash of the newest entry) is also kept outside the
// database in <data dir>/audit.head, MACed the same way and rewritten atomically after every
// commit that added entries, so cutting off the newest entries or putting an older copy of
// store.db in place shows up in `audit verify`.
//
// One AuditSeal belongs to one connection (it rides on the sqlite3 handle as client data), so
// every function that appends entries through a sqlite3* reaches it without a new parameter.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "store/store_key.hpp"

namespace intake::store {

inline constexpr const char* kAuditHeadFileName = "audit.head";

struct AuditHead {
  std::int64_t seq = 0;  // 0: no entries yet
  std::string hash;
};

class AuditSeal {
 public:
  AuditSeal(StoreKey key, std::filesystem::path data_dir, bool key_created)
      : key_(std::move(key)), data_dir_(std::move(data_dir)), key_created_(key_created) {}

  std::string entry_mac(const std::string& entry_hash) const;
  bool entry_mac_matches(const std::string& entry_hash, const std::string& mac) const;
  std::string head_mac(const AuditHead& head) const;
  bool head_mac_matches(const AuditHead& head, const std::string& mac) const;

  std::filesystem::path head_path() const { return data_dir_ / kAuditHeadFileName; }
  const std::filesystem::path& data_dir() const { return data_dir_; }
  bool key_created() const { return key_created_; }

  // A head file is only ever created together with a new store or by the migration that
  // starts authenticating; otherwise a missing head file stays missing until an admin
  // accepts the store as it is (a deleted head file must not be silently recreated).
  bool may_create_head = false;
  // open_store holds the directory lock while it migrates; publishing must not take it again.
  bool directory_locked = false;
  bool appended = false;  // this connection appended entries since the last publish

 private:
  StoreKey key_;
  std::filesystem::path data_dir_;
  bool key_created_ = false;
};

void attach_audit_seal(sqlite3* db, AuditSeal* seal);  // the handle owns and deletes it
AuditSeal* audit_seal(sqlite3* db);                    // null for a bare connection

enum class HeadFileState { missing, unreadable, forged, ok };
struct HeadFile {
  HeadFileState state = HeadFileState::missing;
  AuditHead head;
};
HeadFile read_audit_head_file(const AuditSeal& seal);
Status write_audit_head_file(const AuditSeal& seal, const AuditHead& head);

// The newest entry in the database ({0, ""} when there is none).
Result<AuditHead> latest_audit_head(sqlite3* db);
// The hash of entry `seq`, if the database holds it.
Result<std::optional<std::string>> audit_hash_at(sqlite3* db, std::int64_t seq);

// Called after every successful COMMIT: rewrites audit.head when this connection appended
// entries, unless the file on disk is ahead of or different from the store (then it is kept as
// evidence for `audit verify`). Failing to write it loses nothing: verify reports the head
// file behind, and the next commit catches up.
void publish_audit_head(sqlite3* db);

}  // namespace intake::store
