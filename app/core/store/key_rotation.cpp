#include "store/key_rotation.hpp"

#include <string>
#include <string_view>

#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store.hpp"
#include "store/store_error.hpp"
#include "store/store_key.hpp"

namespace intake::store {

namespace {

constexpr const char* kRotationBegun = "store.key_rotation_begun";
constexpr const char* kRotated = "store.key_rotated";

void report(const std::function<void(RotationStep)>& after_step, RotationStep step) {
  if (after_step) after_step(step);
}

// True when the newest rotation entry is a "begun" without its "rotated".
Result<bool> rotation_unaudited(Store& store) {
  auto stmt = TRY(Statement::prepare(
      store.handle(), "SELECT action FROM audit WHERE action IN (?1, ?2) ORDER BY seq DESC LIMIT 1"));
  stmt.bind(1, std::string(kRotationBegun));
  stmt.bind(2, std::string(kRotated));
  auto row = TRY(stmt.step("reading the audit trail"));
  return row && stmt.text(0) == kRotationBegun;
}

Status rekey(Store& store, const StoreKey& key) {
  // Same form as PRAGMA key (the raw 256-bit key, so no key derivation runs). key_pragma()
  // reserves room, so turning "key" into "rekey" in place leaves no stray copy to wipe.
  std::string sql = key.key_pragma();
  sql.replace(0, std::string_view("PRAGMA key").size(), "PRAGMA rekey");
  const int rc = sqlite3_exec(store.handle(), sql.c_str(), nullptr, nullptr, nullptr);
  secure_wipe(sql);
  if (rc != SQLITE_OK) return sqlite_error(store.handle(), rc, "re-encrypting the store");
  return ok_status();
}

}  // namespace

Result<RotationReport> rotate_store_key(const std::filesystem::path& data_dir, const std::string& actor,
                                        const Clock& clock,
                                        const std::function<void(RotationStep)>& after_step,
                                        const KeySources& keys) {
  if (!std::filesystem::exists(data_dir / kStoreFileName))
    return store_error(kExitNotFound, "There is no store in " + data_dir.string() + " to rotate the key of.");
  // Opening first: when an earlier rotation's rekey committed, this already uses the new key.
  auto store = TRY(open_store(data_dir, keys, clock));
  RotationReport result;
  const KeySource source = store.key_source();
  result.key_is_credential = source == KeySource::credential || source == KeySource::pending_credential;

  auto next = TRY(load_next_store_key(keys, data_dir));
  const bool unaudited = TRY(rotation_unaudited(store));
  if (source == KeySource::pending_credential || source == KeySource::pending_key_file ||
      (!next && unaudited)) {
    // The store already belongs to the new key: opening it promoted store.key.next, or (with
    // credentials) intake-kiosk-keys has yet to. Only the last audit entry is missing.
    result.finished_earlier_rotation = true;
  } else {
    if (!next) {
      if (result.key_is_credential)
        return store_error(kExitKeyMissing,
                           "No new key was given (credential store-key.next); run "
                           "intake-kiosk-keys rotate as root, which seals one.");
      next = TRY(create_next_key_file(data_dir));
    }
    report(after_step, RotationStep::next_key_ready);
    TRY(append_audit_entry(store, AuditInput{actor, kRotationBegun, "", "{}"}));
    TRY(rekey(store, next->key));
    report(after_step, RotationStep::rekeyed);
  }

  if (TRY(rotation_unaudited(store))) {
    const std::string details =
        result.finished_earlier_rotation ? R"({"finished":"after an interruption"})" : "{}";
    TRY(append_audit_entry(store, AuditInput{actor, kRotated, "", details}));
  }
  report(after_step, RotationStep::audited);

  if (!result.key_is_credential) {
    std::error_code ec;
    if (std::filesystem::exists(data_dir / kNextKeyFileName, ec)) {
      TRY(promote_next_key_file(data_dir));
    }
    report(after_step, RotationStep::promoted);
  }
  return result;
}

}  // namespace intake::store
