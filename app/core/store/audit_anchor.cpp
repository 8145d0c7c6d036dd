// The audit head outside the store: in export manifests (a second anchor the clinic keeps
// off the kiosk) and an admin's acceptance of a deliberate restore.
#include <fstream>
#include <regex>
#include <string>

#include <fmt/format.h>

#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/audit_verify.hpp"
#include "store/directory_lock.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"

namespace intake::store {
namespace fs = std::filesystem;

std::string audit_head_manifest_line(const AuditHead& head) {
  return fmt::format("# audit-head seq={} sha256={}\n", head.seq, head.hash);
}

Result<AuditHead> current_audit_head(Store& store) { return latest_audit_head(store.handle()); }

namespace {

void check_manifest(sqlite3* db, const fs::path& manifest, std::int64_t newest, AnchorCheck& check,
                    Status& failure) {
  static const std::regex line_pattern(R"(^# audit-head seq=([0-9]{1,18}) sha256=([0-9a-f]{64})$)");
  std::ifstream in(manifest);
  std::string line;
  ++check.manifests_checked;
  while (std::getline(in, line)) {
    std::smatch match;
    if (!std::regex_match(line, match, line_pattern)) continue;
    ++check.heads_checked;
    const AuditHead head{std::stoll(match[1].str()), match[2].str()};
    auto note = [&](std::string problem) {
      if (check.problems++ == 0) check.first_problem = std::move(problem);
    };
    if (head.seq > newest) {
      check.store_behind = true;
      note(
          fmt::format("The store is behind the export {}: it ends at audit entry #{} but the "
                      "export was made at entry #{}.",
                      manifest.filename().string(), newest, head.seq));
      continue;
    }
    auto held = audit_hash_at(db, head.seq);
    if (!held) {
      failure = held.error();
      return;
    }
    if (!*held || **held != head.hash)
      note(
          fmt::format("The store's audit entry #{} is not the one the export {} recorded: the "
                      "store was replaced or rewritten since.",
                      head.seq, manifest.filename().string()));
  }
}

}  // namespace

Result<AnchorCheck> verify_exported_heads(Store& store, const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    return store_error(kExitNotFound, "The folder " + folder.string() + " does not exist.");
  auto newest = TRY(latest_audit_head(store.handle()));
  AnchorCheck check;
  Status failure = ok_status();
  for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".sha256") continue;
    check_manifest(store.handle(), it->path(), newest.seq, check, failure);
    if (!failure) return failure.error();
  }
  if (ec) return store_error(kExitStoreFailure, "The folder " + folder.string() + " cannot be read.");
  return check;
}

Status accept_restored_store(Store& store, const std::string& actor) {
  sqlite3* db = store.handle();
  AuditSeal* seal = audit_seal(db);
  if (seal == nullptr) return store_error(kExitStoreFailure, "The audit key is not loaded.");
  auto lock = TRY(DirectoryLock::acquire(store.data_dir()));
  const HeadFile file = read_audit_head_file(*seal);
  auto before = TRY(latest_audit_head(db));
  const char* state = file.state == HeadFileState::ok        ? "ok"
                      : file.state == HeadFileState::missing ? "missing"
                      : file.state == HeadFileState::forged  ? "forged"
                                                             : "unreadable";
  std::string details =
      fmt::format(R"({{"head_file":"{}","store_seq":{},"store_hash":"{}")", state, before.seq, before.hash);
  if (file.state == HeadFileState::ok)
    details +=
        fmt::format(R"(,"replaced_head_seq":{},"replaced_head_hash":"{}")", file.head.seq, file.head.hash);
  details += "}";
  seal->directory_locked = true;  // publishing after the commit must not wait for our own lock
  auto transaction = WriteTransaction::begin(db);
  if (!transaction) {
    seal->directory_locked = false;
    return transaction.error();
  }
  auto entry = append_audit_in_transaction(db, {actor, audit_action::kAuditRestoreAccepted, "", details},
                                           connection_now(db));
  if (!entry) {
    seal->directory_locked = false;
    return entry.error();
  }
  auto committed = transaction->commit();
  seal->directory_locked = false;
  if (!committed) return committed;
  return write_audit_head_file(*seal, {entry->seq, entry->hash});
}

}  // namespace intake::store
