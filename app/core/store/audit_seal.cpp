#include "store/audit_seal.hpp"

#include <sodium.h>

#include <fstream>
#include <iterator>
#include <span>

#include <nlohmann/json.hpp>

#include "common/try.hpp"
#include "store/atomic_file.hpp"
#include "store/directory_lock.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"

namespace intake::store {
namespace {

constexpr const char* kSealClientData = "intake.audit_seal";

std::string hmac_hex(const StoreKey& key, const std::string& message) {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         key.bytes().data());
  char hex[2 * crypto_auth_hmacsha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return hex;
}

bool hmac_matches(const StoreKey& key, const std::string& message, const std::string& mac_hex) {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  std::size_t decoded = 0;
  if (mac_hex.size() != 2 * sizeof mac ||
      sodium_hex2bin(mac, sizeof mac, mac_hex.data(), mac_hex.size(), nullptr, &decoded, nullptr) != 0 ||
      decoded != sizeof mac)
    return false;
  return crypto_auth_hmacsha256_verify(mac, reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), key.bytes().data()) == 0;
}

std::string head_message(const AuditHead& head) {
  return "intake-audit-head\n" + std::to_string(head.seq) + "\n" + head.hash;
}

}  // namespace

std::string AuditSeal::entry_mac(const std::string& entry_hash) const {
  return hmac_hex(key_, "intake-audit-entry\n" + entry_hash);
}

bool AuditSeal::entry_mac_matches(const std::string& entry_hash, const std::string& mac) const {
  return hmac_matches(key_, "intake-audit-entry\n" + entry_hash, mac);
}

std::string AuditSeal::head_mac(const AuditHead& head) const { return hmac_hex(key_, head_message(head)); }

bool AuditSeal::head_mac_matches(const AuditHead& head, const std::string& mac) const {
  return hmac_matches(key_, head_message(head), mac);
}

void attach_audit_seal(sqlite3* db, AuditSeal* seal) {
  sqlite3_set_clientdata(db, kSealClientData, seal, [](void* p) { delete static_cast<AuditSeal*>(p); });
}

AuditSeal* audit_seal(sqlite3* db) {
  return static_cast<AuditSeal*>(sqlite3_get_clientdata(db, kSealClientData));
}

HeadFile read_audit_head_file(const AuditSeal& seal) {
  HeadFile file;
  std::error_code ec;
  if (!std::filesystem::exists(seal.head_path(), ec)) return file;
  file.state = HeadFileState::unreadable;
  std::ifstream in(seal.head_path(), std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return file;
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object() || !json.contains("seq") || !json["seq"].is_number_integer() ||
      !json.contains("hash") || !json["hash"].is_string() || !json.contains("mac") ||
      !json["mac"].is_string())
    return file;
  file.head = {json["seq"].get<std::int64_t>(), json["hash"].get<std::string>()};
  file.state = seal.head_mac_matches(file.head, json["mac"].get<std::string>()) ? HeadFileState::ok
                                                                                : HeadFileState::forged;
  return file;
}

Status write_audit_head_file(const AuditSeal& seal, const AuditHead& head) {
  const nlohmann::json json = {{"seq", head.seq}, {"hash", head.hash}, {"mac", seal.head_mac(head)}};
  const std::string text = json.dump() + "\n";
  return write_file_atomically(seal.head_path(),
                               std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()),
                               0600, ExistingFile::replace);
}

Result<AuditHead> latest_audit_head(sqlite3* db) {
  auto last = TRY(Statement::prepare(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
  if (!TRY(last.step("reading the audit trail"))) return AuditHead{};
  return AuditHead{last.integer(0), last.text(1)};
}

Result<std::optional<std::string>> audit_hash_at(sqlite3* db, std::int64_t seq) {
  auto statement = TRY(Statement::prepare(db, "SELECT hash FROM audit WHERE seq = ?1"));
  statement.bind(1, seq);
  if (!TRY(statement.step("reading the audit trail"))) return std::optional<std::string>{};
  return std::optional<std::string>(statement.text(0));
}

void publish_audit_head(sqlite3* db) {
  AuditSeal* seal = audit_seal(db);
  if (seal == nullptr || !seal->appended) return;
  std::optional<DirectoryLock> lock;
  if (!seal->directory_locked) {
    auto taken = DirectoryLock::acquire(seal->data_dir());
    if (!taken) return;
    lock.emplace(std::move(*taken));
  }
  auto latest = latest_audit_head(db);
  if (!latest || latest->seq == 0) return;
  const HeadFile file = read_audit_head_file(*seal);
  if (file.state == HeadFileState::missing && !seal->may_create_head) return;
  if (file.state == HeadFileState::unreadable || file.state == HeadFileState::forged) return;
  if (file.state == HeadFileState::ok) {
    if (file.head.seq > latest->seq) return;  // the store is behind: keep the evidence
    auto held = audit_hash_at(db, file.head.seq);
    if (!held || !*held || **held != file.head.hash) return;  // the store forked from it
    if (file.head.seq == latest->seq) {
      seal->appended = false;
      return;
    }
  }
  if (write_audit_head_file(*seal, *latest)) seal->appended = false;
}

}  // namespace intake::store
