#include "store/settings.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::store {

namespace {
bool is_valid_key(const std::string& key) {
  return !key.empty() && key.size() <= 64 && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}
}  // namespace

Result<std::optional<std::string>> get_setting(Store& store, const std::string& key) {
  auto statement = TRY(Statement::prepare(store.handle(), "SELECT value FROM settings WHERE key = ?1"));
  statement.bind(1, key);
  if (!TRY(statement.step("reading a setting"))) return std::optional<std::string>();
  return std::optional<std::string>(statement.text(0));
}

Result<std::map<std::string, std::string>> all_settings(Store& store) {
  auto statement = TRY(Statement::prepare(store.handle(), "SELECT key, value FROM settings"));
  std::map<std::string, std::string> settings;
  TRY(statement.for_each_row("reading the settings",
                             [&](const Statement& row) { settings[row.text(0)] = row.text(1); }));
  return settings;
}

Status set_setting(Store& store, const std::string& key, const std::string& value, const std::string& actor) {
  return set_settings(store, {{key, value}}, actor);
}

Status set_settings(Store& store, const std::vector<std::pair<std::string, std::string>>& values,
                    const std::string& actor) {
  for (const auto& [key, value] : values)
    if (!is_valid_key(key))
      return store_error(kExitInvalidInput,
                         "A setting's name must be 1 to 64 lowercase letters, digits or _.");
  auto transaction = TRY(WriteTransaction::begin(store.handle()));
  const auto now = connection_now(store.handle());
  for (const auto& [key, value] : values) {
    auto upsert = TRY(Statement::prepare(
        store.handle(),
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    upsert.bind(1, key).bind(2, value).bind(3, utc_timestamp(now));
    TRY(upsert.run("saving a setting"));
    const nlohmann::json details = {{"key", key}, {"value", value}};
    TRY(append_audit_in_transaction(
        store.handle(),
        AuditInput{actor, audit_action::kSettingChange, "",
                   details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)},
        now));
  }
  return transaction.commit();
}

}  // namespace intake::store
