#pragma once
// The audit trail: every create, view, review, export, staff login (success and failure),
// staff change and setting change is one entry, chained by SHA-256.
//
//   hash = SHA-256( prev_hash + JSON [seq, at, actor, action, record_id or null, details] )
//
// with prev_hash the previous entry's hash (64 zeros for entry #1). From the entry
// audit.authenticated on, each entry also carries a MAC keyed by the audit key and the head
// is kept outside the database (audit_seal.hpp). Entries that create or
// change stored data carry the SHA-256 of that data in `details`, so `audit verify`
// (audit_verify.hpp) finds an altered record, PDF, review, staff row or setting too.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::store {

namespace audit_action {
inline constexpr const char* kRecordCreate = "record.create";
inline constexpr const char* kRecordView = "record.view";
inline constexpr const char* kRecordList = "record.list";  // a list of patients was shown
inline constexpr const char* kRecordReview = "record.review";
inline constexpr const char* kRecordExport = "record.export";
inline constexpr const char* kRecordPrintRead = "record.print_read";      // PDF handed to the spooler
inline constexpr const char* kRecordPrint = "record.print";               // the spooler took it
inline constexpr const char* kRecordPrintFailed = "record.print_failed";  // with the spooler's reason
inline constexpr const char* kRecordHistory = "record.history";           // earlier visits were read
inline constexpr const char* kRecordUnlink = "record.unlink";             // a wrong visit match undone
inline constexpr const char* kStaffLogin = "staff.login";
inline constexpr const char* kStaffLoginFailed = "staff.login_failed";
inline constexpr const char* kStaffCreate = "staff.create";
inline constexpr const char* kStaffDisable = "staff.disable";
inline constexpr const char* kStaffEnable = "staff.enable";
inline constexpr const char* kStaffPinReset = "staff.pin_reset";
inline constexpr const char* kSettingChange = "setting.change";
inline constexpr const char* kStoreBackup = "store.backup";
inline constexpr const char* kAuditAuthenticated = "audit.authenticated";  // MACs start here
inline constexpr const char* kAuditRestoreAccepted = "audit.restore_accepted";
}  // namespace audit_action

struct AuditInput {
  std::string actor;           // "kiosk", "cli:root", a staff name
  std::string action;          // one of audit_action
  std::string record_id;       // "" when the entry is not about one record
  std::string details = "{}";  // JSON object text; never patient names
};

struct AuditEntry {
  std::int64_t seq = 0;
  std::string at;  // UTC
  std::string actor;
  std::string action;
  std::string record_id;  // "" when none
  std::string details;
  std::string prev_hash;
  std::string hash;
};

// Appends one entry in its own write transaction.
Status append_audit_entry(Store& store, const AuditInput& input);

Result<std::vector<AuditEntry>> audit_entries_for_record(Store& store, const std::string& record_id);
// Newest first.
Result<std::vector<AuditEntry>> recent_audit_entries(Store& store, int limit);

// --- for the store's own files -------------------------------------------------------
// Appends inside the caller's open WriteTransaction, so the entry commits (or not) together
// with the change it describes.
Result<AuditEntry> append_audit_in_transaction(sqlite3* db, const AuditInput& input,
                                               std::chrono::system_clock::time_point now);
std::string audit_entry_hash(const AuditEntry& entry);
inline const std::string kGenesisHash(64, '0');

}  // namespace intake::store
