#include "store/staff.hpp"

#include "common/enum_names.hpp"
#include "common/try.hpp"

#include <sodium.h>

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "common/secure_memory.hpp"
#include "common/text.hpp"
#include "store/audit.hpp"
#include "store/row_digest.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::store {

namespace {
constexpr std::array kStaffRoleNames = {EnumName<StaffRole>{StaffRole::front_desk, "front_desk"},
                                        EnumName<StaffRole>{StaffRole::practitioner, "practitioner"},
                                        EnumName<StaffRole>{StaffRole::admin, "admin"}};
}  // namespace

const char* to_string(StaffRole role) { return enum_name(kStaffRoleNames, role, "front_desk"); }

std::optional<StaffRole> parse_staff_role(std::string_view text) {
  return enum_from_name(kStaffRoleNames, text);
}

bool staff_may(StaffRole role, StaffPermission permission) {
  switch (permission) {
    case StaffPermission::see_queue: return true;
    case StaffPermission::record_review: return role == StaffRole::practitioner;
    case StaffPermission::manage_staff:
    case StaffPermission::change_settings: return role == StaffRole::admin;
  }
  return false;
}

std::chrono::seconds lockout_duration(int consecutive_failures) {
  if (consecutive_failures < kLockoutThreshold) return std::chrono::seconds(0);
  const int doublings = std::min(consecutive_failures - kLockoutThreshold, 7);
  return std::min(std::chrono::seconds(30 << doublings), std::chrono::seconds(3600));
}

bool is_valid_pin(std::string_view pin) {
  return pin.size() >= 4 && pin.size() <= 8 &&
         std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_guessable_pin(std::string_view pin) {
  if (pin.size() < 2) return false;
  bool same = true, up = true, down = true;
  for (std::size_t i = 1; i < pin.size(); ++i) {
    const int step = pin[i] - pin[i - 1];
    same = same && step == 0;
    up = up && (step == 1 || step == -9);  // 7890 wraps like a keypad count
    down = down && (step == -1 || step == 9);
  }
  return same || up || down;
}

std::string last_admin_message(const std::string& name) {
  return name +
         " is the last enabled admin; add or enable another admin before disabling this "
         "account.";
}

namespace {

// key: the staff screens' sentence in the staff's language (Error::key).
Error denied(const std::string& message, std::string key = {}) {
  return Error{message, kExitStaffDenied, std::move(key)};
}

Result<std::string> hash_pin(std::string_view pin) {
  if (!is_valid_pin(pin)) return store_error(kExitInvalidInput, "A PIN must be 4 to 8 digits.");
  if (is_guessable_pin(pin))
    return store_error(kExitInvalidInput,
                       "That PIN is too easy to guess (one digit repeated, or a run like 1234 or "
                       "4321); choose another.");
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return store_error(kExitStoreFailure, "There was not enough memory to hash the PIN.");
  return std::string(hash);
}

constexpr const char* kStaffColumns =
    "id, name, role, disabled, failed_attempts, coalesce(locked_until, ''), created_at, pin_hash";

StaffMember read_member(const Statement& row) {
  StaffMember member;
  member.id = row.integer(0);
  member.name = row.text(1);
  member.role = parse_staff_role(row.text(2)).value_or(StaffRole::front_desk);
  member.disabled = row.integer(3) != 0;
  member.failed_attempts = static_cast<int>(row.integer(4));
  member.locked_until = row.text(5);
  member.created_at = row.text(6);
  return member;
}

// Audits a change to a staff row with the digest of what the row now holds.
Status audit_staff_change(sqlite3* db, std::int64_t staff_id, const char* action, const std::string& actor) {
  auto row =
      Statement::prepare(db, std::string("SELECT ") + kStaffDigestColumns + " FROM staff WHERE id = ?1");
  if (!row) return row.error();
  row->bind(1, staff_id);
  auto found = row->step("reading the staff account");
  if (!found) return found.error();
  if (!*found) return store_error(kExitNotFound, "There is no such staff account.");
  const nlohmann::json details = {
      {"staff_id", staff_id}, {"role", row->text(2)}, {"staff_sha256", row_digest(*row)}};
  TRY(append_audit_in_transaction(db, AuditInput{actor, action, "", details.dump()}, connection_now(db)));
  return ok_status();
}

// Refuses to disable the last enabled admin: without one nobody could manage staff or settings
// from the kiosk again. Runs inside the write transaction, so two terminals cannot each disable
// one of the last two admins.
Status keep_an_admin(sqlite3* db, std::int64_t staff_id) {
  auto last =
      Statement::prepare(db,
                         "SELECT name FROM staff WHERE id = ?1 AND role = 'admin' AND disabled = 0 AND "
                         "(SELECT count(*) FROM staff WHERE role = 'admin' AND disabled = 0) <= 1");
  if (!last) return last.error();
  last->bind(1, staff_id);
  auto row = last->step("counting admins");
  if (!row) return row.error();
  if (*row) return store_error(kExitStaffDenied, last_admin_message(last->text(0)));
  return ok_status();
}

Status update_staff(Store& store, std::int64_t staff_id, const char* sql, const char* action,
                    const std::string& actor, const std::string* text_parameter,
                    bool must_keep_an_admin = false) {
  auto transaction = WriteTransaction::begin(store.handle());
  if (!transaction) return transaction.error();
  if (must_keep_an_admin) TRY(keep_an_admin(store.handle(), staff_id));
  auto update = Statement::prepare(store.handle(), sql);
  if (!update) return update.error();
  update->bind(1, staff_id);
  if (text_parameter != nullptr) update->bind(2, *text_parameter);
  TRY(update->run("changing the staff account"));
  if (sqlite3_changes(store.handle()) == 0)
    return store_error(kExitNotFound, "There is no such staff account.");
  TRY(audit_staff_change(store.handle(), staff_id, action, actor));
  return transaction->commit();
}

Status record_login_attempt(Store& store, const StaffMember& member, bool success, const std::string& reason,
                            std::chrono::system_clock::time_point now, int& failures_after,
                            std::string& locked_until) {
  sqlite3* db = store.handle();
  auto transaction = WriteTransaction::begin(db);
  if (!transaction) return transaction.error();
  // Re-read the count inside the write lock: two terminals may be failing at once.
  auto current = Statement::prepare(db, "SELECT failed_attempts FROM staff WHERE id = ?1");
  if (!current) return current.error();
  current->bind(1, member.id);
  auto row = current->step("reading the staff account");
  if (!row) return row.error();
  const int before = *row ? static_cast<int>(current->integer(0)) : 0;
  failures_after = success ? 0 : (reason == "wrong_pin" ? before + 1 : before);
  locked_until.clear();
  if (!success && reason == "wrong_pin") {
    const auto lock = lockout_duration(failures_after);
    if (lock.count() > 0) locked_until = utc_timestamp(now + lock);
  }
  if (success || reason == "wrong_pin") {
    auto update =
        Statement::prepare(db, "UPDATE staff SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1");
    if (!update) return update.error();
    update->bind(1, member.id).bind(2, failures_after);
    if (locked_until.empty()) {
      update->bind_null(3);
    } else {
      update->bind(3, locked_until);
    }
    TRY(update->run("counting the login attempt"));
  }
  nlohmann::json details = {{"staff_id", member.id}};
  if (!success) {
    details["reason"] = reason;
    details["failed_attempts"] = failures_after;
    if (!locked_until.empty()) details["locked_until"] = locked_until;
  }
  TRY(append_audit_in_transaction(
      db,
      AuditInput{member.name, success ? audit_action::kStaffLogin : audit_action::kStaffLoginFailed, "",
                 details.dump()},
      now));
  return transaction->commit();
}

}  // namespace

Result<std::int64_t> add_staff(Store& store, const std::string& typed_name, StaffRole role,
                               std::string_view pin, const std::string& actor) {
  // Names follow the patients' rules: NFC, one plain line, something visible.
  const std::string name = text::to_nfc(typed_name);
  if (const auto problem = text::single_line_problem(name); problem != text::TextProblem::none)
    return store_error(kExitInvalidInput, std::string("A staff name ") + text::describe(problem) + ".");
  if (!text::has_visible_text(name))
    return store_error(kExitInvalidInput, "A staff name must have at least one visible letter.");
  if (text::code_point_count(name) > 100)
    return store_error(kExitInvalidInput, "A staff name must be 1 to 100 characters.");
  auto hash = hash_pin(pin);
  if (!hash) return hash.error();
  auto transaction = WriteTransaction::begin(store.handle());
  if (!transaction) return transaction.error();
  auto exists = Statement::prepare(store.handle(), "SELECT 1 FROM staff WHERE name = ?1");
  if (!exists) return exists.error();
  exists->bind(1, name);
  auto row = exists->step("checking the staff name");
  if (!row) return row.error();
  if (*row)
    return store_error(kExitAlreadyExists,
                       "A staff account named " + text::printable(name) + " already exists.");
  auto insert = Statement::prepare(
      store.handle(), "INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)");
  if (!insert) return insert.error();
  insert->bind(1, name).bind(2, to_string(role)).bind(3, *hash);
  insert->bind(4, utc_timestamp(connection_now(store.handle())));
  TRY(insert->run("adding the staff account"));
  const std::int64_t id = sqlite3_last_insert_rowid(store.handle());
  if (auto st = audit_staff_change(store.handle(), id, audit_action::kStaffCreate, actor); !st)
    return st.error();
  TRY(transaction->commit());
  return id;
}

Status set_staff_disabled(Store& store, std::int64_t staff_id, bool disabled, const std::string& actor) {
  return update_staff(store, staff_id,
                      disabled ? "UPDATE staff SET disabled = 1 WHERE id = ?1"
                               : "UPDATE staff SET disabled = 0 WHERE id = ?1",
                      disabled ? audit_action::kStaffDisable : audit_action::kStaffEnable, actor, nullptr,
                      /*must_keep_an_admin=*/disabled);
}

Status reset_staff_pin(Store& store, std::int64_t staff_id, std::string_view new_pin,
                       const std::string& actor) {
  auto hash = hash_pin(new_pin);
  if (!hash) return hash.error();
  return update_staff(store, staff_id,
                      "UPDATE staff SET pin_hash = ?2, failed_attempts = 0, locked_until = NULL "
                      "WHERE id = ?1",
                      audit_action::kStaffPinReset, actor, &*hash);
}

Result<std::vector<StaffMember>> list_staff(Store& store) {
  auto statement = TRY(Statement::prepare(
      store.handle(), std::string("SELECT ") + kStaffColumns + " FROM staff ORDER BY name"));
  std::vector<StaffMember> members;
  TRY(statement.for_each_row("listing staff",
                             [&](const Statement& row) { members.push_back(read_member(row)); }));
  return members;
}

namespace {
// The account named `name`, its row stepped onto when there is one (the bool says whether).
Result<bool> select_staff_named(Store& store, const std::string& name, std::optional<Statement>& statement) {
  statement.emplace(TRY(Statement::prepare(
      store.handle(), std::string("SELECT ") + kStaffColumns + " FROM staff WHERE name = ?1")));
  statement->bind(1, name);
  return statement->step("finding the staff account");
}
}  // namespace

Result<StaffMember> find_staff(Store& store, const std::string& name) {
  std::optional<Statement> statement;
  if (!TRY(select_staff_named(store, name, statement)))
    return store_error(kExitNotFound, "There is no staff account named " + text::printable(name) + ".");
  return read_member(*statement);
}

Result<std::int64_t> count_active_admins(Store& store) {
  auto statement =
      Statement::prepare(store.handle(), "SELECT count(*) FROM staff WHERE role = 'admin' AND disabled = 0");
  if (!statement) return statement.error();
  TRY(statement->step("counting admins"));
  return statement->integer(0);
}

Result<PinCheck> begin_pin_check(Store& store, const std::string& name, std::optional<TimePoint> at) {
  const TimePoint now = at.value_or(store.clock().now());
  std::optional<Statement> statement;
  const bool found = TRY(select_staff_named(store, name, statement));
  PinCheck check;
  check.name = name;
  if (!found) return check;  // unknown: check_pin_hash spends the same time, finish says "wrong"
  StaffMember member = read_member(*statement);
  check.pin_hash = statement->text(7);
  int failures = 0;
  std::string locked_until;
  if (member.disabled) {
    intake::secure_wipe(check.pin_hash);
    if (auto st = record_login_attempt(store, member, false, "disabled", now, failures, locked_until); !st)
      return st.error();
    return denied("This staff account is disabled; ask an admin.", "error.sign_in.disabled");
  }
  std::chrono::system_clock::time_point until;
  if (!member.locked_until.empty() && parse_utc_timestamp(member.locked_until, until) && until > now) {
    intake::secure_wipe(check.pin_hash);
    if (auto st = record_login_attempt(store, member, false, "locked", now, failures, locked_until); !st)
      return st.error();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(until - now).count() + 1;
    return denied("This staff account is locked after repeated wrong PINs; try again in " +
                      std::to_string(seconds) + " seconds.",
                  "error.sign_in.locked");
  }
  check.member = std::move(member);
  return check;
}

void check_pin_hash(PinCheck& check, std::string_view pin) {
  if (!check.member) {
    // Spend the same time as a real check, so timing does not tell which names exist.
    (void)hash_pin("0000");
    check.matches = false;
    return;
  }
  check.matches =
      is_valid_pin(pin) && crypto_pwhash_str_verify(check.pin_hash.c_str(), pin.data(), pin.size()) == 0;
  intake::secure_wipe(check.pin_hash);
}

Result<StaffMember> finish_pin_check(Store& store, PinCheck& check, std::optional<TimePoint> at) {
  const TimePoint now = at.value_or(store.clock().now());
  const std::string wrong = "Wrong name or PIN.";
  intake::secure_wipe(check.pin_hash);
  if (!check.member) {
    auto st = append_audit_entry(store, AuditInput{check.name.substr(0, 100), audit_action::kStaffLoginFailed,
                                                   "", R"({"reason":"unknown_name"})"});
    if (!st) return st.error();
    return denied(wrong, "error.sign_in.wrong");
  }
  StaffMember member = *check.member;
  int failures = 0;
  std::string locked_until;
  if (auto st = record_login_attempt(store, member, check.matches, check.matches ? "" : "wrong_pin", now,
                                     failures, locked_until);
      !st)
    return st.error();
  if (!check.matches) {
    if (!locked_until.empty())
      return denied("Wrong PIN; the account is now locked for " +
                        std::to_string(lockout_duration(failures).count()) + " seconds.",
                    "error.sign_in.now_locked");
    return denied(wrong, "error.sign_in.wrong");
  }
  member.failed_attempts = 0;
  member.locked_until.clear();
  return member;
}

Result<StaffMember> verify_staff_pin(Store& store, const std::string& name, std::string_view pin,
                                     std::optional<TimePoint> now) {
  auto check = begin_pin_check(store, name, now);
  if (!check) return check.error();
  check_pin_hash(*check, pin);
  return finish_pin_check(store, *check, now);
}

}  // namespace intake::store
