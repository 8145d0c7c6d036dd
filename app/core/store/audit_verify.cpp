#include "store/audit_verify.hpp"

#include <map>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "common/sha256.hpp"
#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/audit_seal.hpp"
#include "store/row_digest.hpp"
#include "store/sqlite_handle.hpp"

namespace intake::store {

namespace {

struct Vouch {
  std::int64_t seq = 0;
  std::string digest;      // record_sha256 / review_sha256 / staff_sha256 / setting value
  std::string pdf_sha256;  // for record.create and record.review
};

// What the chain says each stored row should be.
struct Expectations {
  std::map<std::string, Vouch> records;                        // record id -> record.create
  std::map<std::pair<std::string, std::int64_t>, Vouch> pdfs;  // (record id, version)
  std::map<std::int64_t, Vouch> reviews;                       // review id
  std::map<std::int64_t, Vouch> staff;                         // staff id -> latest change
  std::map<std::string, Vouch> settings;                       // key -> latest change
  std::set<std::string> reviewed;                              // record ids with a review
};

class Findings {
 public:
  explicit Findings(AuditVerification& report) : report_(report) {}
  // Keeps the problem tied to the lowest audit entry, so "first" means first in the chain.
  void add(std::int64_t seq, std::string message) {
    ++report_.problems;
    if (report_.first_bad_seq == 0 || (seq != 0 && seq < report_.first_bad_seq) ||
        report_.first_problem.empty()) {
      report_.first_bad_seq = seq;
      report_.first_problem = std::move(message);
    }
  }

 private:
  AuditVerification& report_;
};

std::string entry_name(std::int64_t seq) { return "audit entry #" + std::to_string(seq); }

void collect_expectation(const AuditEntry& entry, Expectations& expect, Findings& findings) {
  const bool creates = entry.action == audit_action::kRecordCreate;
  const bool reviews = entry.action == audit_action::kRecordReview;
  const bool staff =
      entry.action == audit_action::kStaffCreate || entry.action == audit_action::kStaffDisable ||
      entry.action == audit_action::kStaffEnable || entry.action == audit_action::kStaffPinReset;
  const bool setting = entry.action == audit_action::kSettingChange;
  if (!creates && !reviews && !staff && !setting) return;
  const auto details = nlohmann::json::parse(entry.details, nullptr, false);
  if (!details.is_object()) {
    findings.add(entry.seq, "Audit entry #" + std::to_string(entry.seq) + " has unreadable details.");
    return;
  }
  try {
    if (creates) {
      expect.records[entry.record_id] = {entry.seq, details.at("record_sha256").get<std::string>(),
                                         details.at("pdf_sha256").get<std::string>()};
      expect.pdfs[{entry.record_id, 1}] = expect.records[entry.record_id];
    } else if (reviews) {
      Vouch vouch{entry.seq, details.at("review_sha256").get<std::string>(),
                  details.at("pdf_sha256").get<std::string>()};
      expect.reviews[details.at("review_id").get<std::int64_t>()] = vouch;
      expect.pdfs[{entry.record_id, details.at("pdf_version").get<std::int64_t>()}] = vouch;
      expect.reviewed.insert(entry.record_id);
    } else if (staff) {
      expect.staff[details.at("staff_id").get<std::int64_t>()] = {
          entry.seq, details.at("staff_sha256").get<std::string>(), ""};
    } else {
      expect.settings[details.at("key").get<std::string>()] = {entry.seq,
                                                               details.at("value").get<std::string>(), ""};
    }
  } catch (const nlohmann::json::exception&) {
    findings.add(entry.seq,
                 "Audit entry #" + std::to_string(entry.seq) + " is missing the hashes it should carry.");
  }
}

// From the audit.authenticated entry on, every entry must carry a MAC made with the audit
// key; someone holding only the store key can recompute hashes but not these.
void check_entry_mac(const AuditEntry& entry, const std::string& mac, const AuditSeal* seal,
                     bool& authenticated, bool& mac_broken, Findings& findings) {
  if (entry.action == audit_action::kAuditAuthenticated) authenticated = true;
  if (!authenticated || mac_broken || seal == nullptr) return;
  if (!seal->entry_mac_matches(entry.hash, mac)) {
    findings.add(entry.seq, "Audit entry #" + std::to_string(entry.seq) +
                                " is not signed by this kiosk's audit key: it was written or "
                                "rewritten without it.");
    mac_broken = true;
  }
}

Status walk_chain(sqlite3* db, AuditVerification& report, Expectations& expect, Findings& findings) {
  auto statement = TRY(
      Statement::prepare(db,
                         "SELECT seq, at, actor, action, coalesce(record_id, ''), details, prev_hash, hash, "
                         "coalesce(mac, '') FROM audit ORDER BY seq"));
  std::string previous_hash = kGenesisHash;
  std::int64_t expected_seq = 1;
  bool chain_broken = false;
  const AuditSeal* seal = audit_seal(db);
  bool authenticated = false;
  bool mac_broken = false;
  while (true) {
    if (!TRY(statement.step("reading the audit trail"))) break;
    AuditEntry entry{statement.integer(0), statement.text(1), statement.text(2), statement.text(3),
                     statement.text(4),    statement.text(5), statement.text(6), statement.text(7)};
    ++report.entries_checked;
    if (!chain_broken) {
      // Only the first break is reported: every later entry would follow from it.
      if (entry.seq != expected_seq) {
        findings.add(expected_seq, "Audit entry #" + std::to_string(expected_seq) +
                                       " is missing: the chain jumps to #" + std::to_string(entry.seq) + ".");
        chain_broken = true;
      } else if (entry.prev_hash != previous_hash) {
        findings.add(entry.seq, "Audit entry #" + std::to_string(entry.seq) + " does not follow entry #" +
                                    std::to_string(entry.seq - 1) + ": its previous hash does not match.");
        chain_broken = true;
      } else if (audit_entry_hash(entry) != entry.hash) {
        findings.add(entry.seq, "Audit entry #" + std::to_string(entry.seq) +
                                    " has been altered: its hash does not match its contents.");
        chain_broken = true;
      }
    }
    check_entry_mac(entry, statement.text(8), seal, authenticated, mac_broken, findings);
    previous_hash = entry.hash;
    expected_seq = entry.seq + 1;
    collect_expectation(entry, expect, findings);
  }
  if (report.entries_checked > 0 && !authenticated && seal != nullptr)
    findings.add(1,
                 "The audit trail has no entry signed by this kiosk's audit key: it was "
                 "rewritten without it.");
  report.store_head = {expected_seq - 1, previous_hash};
  return ok_status();
}

Status check_records(sqlite3* db, AuditVerification& report, const Expectations& expect, Findings& findings) {
  // status comes last and outside the digest: a review changes it, the reviews vouch for it.
  auto statement =
      TRY(Statement::prepare(db, std::string("SELECT ") + kRecordDigestColumns + ", status FROM records"));
  const int status_column = sqlite3_column_count(statement.raw()) - 1;
  std::set<std::string> seen;
  while (true) {
    if (!TRY(statement.step("reading the records"))) break;
    ++report.records_checked;
    const std::string id = statement.text(0);
    seen.insert(id);
    const auto vouch = expect.records.find(id);
    if (vouch == expect.records.end()) {
      findings.add(0, "Record " + id + " has no creation entry in the audit trail.");
      continue;
    }
    const std::int64_t seq = vouch->second.seq;
    if (row_digest(statement, status_column) != vouch->second.digest) {
      findings.add(seq, "Record " + id + " does not match its " + entry_name(seq) +
                            ": it was altered after it was stored.");
      continue;
    }
    const std::string status = statement.text(status_column);
    const std::string expected_status = expect.reviewed.count(id) ? "reviewed" : "submitted";
    if (status != expected_status)
      findings.add(seq, "Record " + id + " has status \"" + status + "\" but its audit entries say \"" +
                            expected_status + "\".");
  }
  for (const auto& [id, vouch] : expect.records)
    if (!seen.count(id))
      findings.add(vouch.seq,
                   "Record " + id + " named by " + entry_name(vouch.seq) + " is missing from the store.");
  return ok_status();
}

Status check_pdfs(sqlite3* db, AuditVerification& report, const Expectations& expect, Findings& findings) {
  auto statement = TRY(Statement::prepare(
      db, "SELECT record_id, version, sha256, bytes FROM record_pdfs ORDER BY record_id, version"));
  std::set<std::pair<std::string, std::int64_t>> seen;
  while (true) {
    if (!TRY(statement.step("reading the stored PDFs"))) break;
    ++report.pdfs_checked;
    const std::string id = statement.text(0);
    const std::int64_t version = statement.integer(1);
    const std::string stored = statement.text(2);
    const std::string name = "The PDF of record " + id + " version " + std::to_string(version);
    seen.insert({id, version});
    const auto vouch = expect.pdfs.find({id, version});
    const std::int64_t seq = vouch == expect.pdfs.end() ? 0 : vouch->second.seq;
    if (sha256_hex(statement.blob_view(3)) != stored) {
      findings.add(seq, name + " does not match its stored SHA-256.");
    } else if (vouch == expect.pdfs.end()) {
      findings.add(0, name + " has no entry in the audit trail.");
    } else if (vouch->second.pdf_sha256 != stored) {
      findings.add(seq, name + " does not match its " + entry_name(seq) + ".");
    }
  }
  for (const auto& [key, vouch] : expect.pdfs)
    if (!seen.count(key))
      findings.add(vouch.seq, "The PDF of record " + key.first + " version " + std::to_string(key.second) +
                                  " named by " + entry_name(vouch.seq) + " is missing from the store.");
  return ok_status();
}

// Reviews and staff: every row's digest must equal the one its latest audit entry recorded.
Status check_digested_rows(sqlite3* db, const char* columns, const char* table,
                           const std::map<std::int64_t, Vouch>& expected, const char* what,
                           Findings& findings) {
  auto statement =
      TRY(Statement::prepare(db, std::string("SELECT ") + columns + " FROM " + table + " ORDER BY id"));
  std::set<std::int64_t> seen;
  while (true) {
    if (!TRY(statement.step("reading audited rows"))) break;
    const std::int64_t id = statement.integer(0);
    seen.insert(id);
    const auto vouch = expected.find(id);
    const std::string name = std::string(what) + " #" + std::to_string(id);
    if (vouch == expected.end()) {
      findings.add(0, name + " has no entry in the audit trail.");
    } else if (row_digest(statement) != vouch->second.digest) {
      findings.add(vouch->second.seq, name + " does not match its " + entry_name(vouch->second.seq) + ".");
    }
  }
  for (const auto& [id, vouch] : expected)
    if (!seen.count(id))
      findings.add(vouch.seq, std::string(what) + " #" + std::to_string(id) + " named by " +
                                  entry_name(vouch.seq) + " is missing from the store.");
  return ok_status();
}

Status check_settings(sqlite3* db, const Expectations& expect, Findings& findings) {
  auto statement = TRY(Statement::prepare(db, "SELECT key, value FROM settings ORDER BY key"));
  std::set<std::string> seen;
  while (true) {
    if (!TRY(statement.step("reading the settings"))) break;
    const std::string key = statement.text(0);
    seen.insert(key);
    const auto vouch = expect.settings.find(key);
    if (vouch == expect.settings.end()) {
      findings.add(0, "Setting " + key + " has no entry in the audit trail.");
    } else if (statement.text(1) != vouch->second.digest) {
      findings.add(vouch->second.seq,
                   "Setting " + key + " does not match its " + entry_name(vouch->second.seq) + ".");
    }
  }
  for (const auto& [key, vouch] : expect.settings)
    if (!seen.count(key))
      findings.add(vouch.seq,
                   "Setting " + key + " named by " + entry_name(vouch.seq) + " is missing from the store.");
  return ok_status();
}

std::string head_name(const AuditHead& head) { return "#" + std::to_string(head.seq); }

Status compare_with_head(sqlite3* db, AuditVerification& report, Findings& findings) {
  const AuditSeal* seal = audit_seal(db);
  if (seal == nullptr) return ok_status();
  const HeadFile file = read_audit_head_file(*seal);
  const char* accept = " If a backup was put back on purpose, run `intake-kiosk audit accept-restore`.";
  if (file.state == HeadFileState::missing) {
    if (report.store_head.seq == 0) return ok_status();
    report.head = HeadCheck::missing;
    findings.add(report.store_head.seq,
                 std::string("The audit head file audit.head is missing, so a cut or an older "
                             "copy of the store cannot be ruled out.") +
                     accept);
    return ok_status();
  }
  if (file.state != HeadFileState::ok) {
    report.head = HeadCheck::forged;
    findings.add(report.store_head.seq,
                 "The audit head file audit.head was not written with this kiosk's audit key "
                 "(altered or unreadable).");
    return ok_status();
  }
  report.recorded_head = file.head;
  if (file.head.seq > report.store_head.seq) {
    report.head = HeadCheck::store_behind;
    findings.add(report.store_head.seq + 1,
                 "The store is behind its audit head: it ends at entry " + head_name(report.store_head) +
                     " but audit.head says " + head_name(file.head) + ", so " +
                     std::to_string(file.head.seq - report.store_head.seq) +
                     " entries are gone (an older backup was put in place, or the newest "
                     "entries were cut off)." +
                     accept);
    return ok_status();
  }
  auto held = TRY(audit_hash_at(db, file.head.seq));
  if (!held || *held != file.head.hash) {
    report.head = HeadCheck::diverged;
    findings.add(file.head.seq, "The store's audit entry " + head_name(file.head) +
                                    " is not the one audit.head recorded: the store was "
                                    "replaced by a different copy or rewritten." +
                                    accept);
    return ok_status();
  }
  report.head = file.head.seq == report.store_head.seq ? HeadCheck::matches : HeadCheck::head_file_behind;
  return ok_status();
}

}  // namespace

Result<AuditVerification> verify_audit_trail(Store& store) {
  sqlite3* db = store.handle();
  // One snapshot for the whole check, so a record stored meanwhile cannot look half there.
  const auto snapshot = TRY(ReadTransaction::begin(db));
  AuditVerification report;
  Findings findings(report);
  Expectations expect;
  TRY(walk_chain(db, report, expect, findings));
  TRY(check_records(db, report, expect, findings));
  TRY(check_pdfs(db, report, expect, findings));
  if (auto st = check_digested_rows(db, kReviewDigestColumns, "reviews", expect.reviews, "Review", findings);
      !st)
    return st.error();
  if (auto st =
          check_digested_rows(db, kStaffDigestColumns, "staff", expect.staff, "Staff account", findings);
      !st)
    return st.error();
  TRY(check_settings(db, expect, findings));
  TRY(compare_with_head(db, report, findings));
  return report;
}

}  // namespace intake::store
