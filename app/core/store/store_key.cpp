#include "store/store_key.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <span>

#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "store/atomic_file.hpp"
#include "store/store_error.hpp"

namespace intake::store {
namespace fs = std::filesystem;

StoreKey::StoreKey() : bytes_(new Bytes{}) {}

void StoreKey::Wipe::operator()(Bytes* bytes) const {
  sodium_memzero(bytes->data(), bytes->size());
  delete bytes;
}

std::string StoreKey::key_pragma() const {
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, bytes_->data(), bytes_->size());
  std::string sql;
  sql.reserve(96);  // one allocation, so no stray copy of the key is left by a regrowth
  sql += "PRAGMA key = \"x'";
  sql += hex;
  sql += "'\";";
  sodium_memzero(hex, sizeof hex);
  return sql;
}

namespace {

// Reads the whole small file; the buffer is wiped by the caller.
Result<std::string> read_secret_file(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return store_error(kExitKeyInvalid, "The key file " + path.string() + " cannot be read.");
  std::string content;
  content.reserve(256);
  char buffer[128];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (content.size() + static_cast<std::size_t>(n) > 200) break;  // far too long anyway
    content.append(buffer, static_cast<std::size_t>(n));
  }
  sodium_memzero(buffer, sizeof buffer);
  ::close(fd);
  return content;
}

Result<StoreKey> parse_key(std::string& text, const fs::path& path) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  StoreKey key;
  std::size_t decoded = 0;
  const char* end = nullptr;
  bool ok = text.size() == 64 &&
            sodium_hex2bin(key.bytes().data(), key.bytes().size(), text.data(), text.size(), nullptr,
                           &decoded, &end) == 0 &&
            decoded == 32 && end == text.data() + text.size();
  secure_wipe(text);
  if (!ok)
    return store_error(kExitKeyInvalid,
                       "The key file " + path.string() + " does not hold 64 hex characters.");
  return key;
}

Result<LoadedKey> read_key_file(const fs::path& path, KeySource source, bool check_mode) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0)
    return store_error(kExitKeyInvalid, "The key file " + path.string() + " cannot be read.");
  if (check_mode && (info.st_mode & 077) != 0)
    return store_error(kExitKeyInvalid, "The key file " + path.string() +
                                            " can be read by other users; set its mode to 0600.");
  auto text = TRY(read_secret_file(path));
  auto key = TRY(parse_key(text, path));
  return LoadedKey{std::move(key), source, path};
}

Result<LoadedKey> create_key_file(const fs::path& path, ExistingFile existing = ExistingFile::refuse) {
  StoreKey key;
  randombytes_buf(key.bytes().data(), key.bytes().size());
  std::string hex(65, '\0');
  sodium_bin2hex(hex.data(), hex.size(), key.bytes().data(), key.bytes().size());
  hex.back() = '\n';
  auto written = write_file_atomically(
      path, std::span(reinterpret_cast<const std::uint8_t*>(hex.data()), hex.size()), 0600, existing);
  secure_wipe(hex);
  if (!written) {
    // Another process created the key between our check and our link: use theirs.
    if (written.error().code == kExitAlreadyExists) return read_key_file(path, KeySource::key_file, true);
    return written.error();
  }
  return LoadedKey{std::move(key), KeySource::new_key_file, path};
}

}  // namespace

namespace {

std::filesystem::path credential_path(const KeySources& sources, const SecretName& name) {
  if (sources.credentials_dir.empty()) return {};
  return sources.credentials_dir / name.credential;
}

}  // namespace

Result<std::optional<LoadedKey>> load_next_store_key(const KeySources& sources, const fs::path& data_dir) {
  std::error_code ec;
  if (!sources.credentials_dir.empty() && fs::exists(sources.credentials_dir / kCredentialName, ec)) {
    const fs::path next = sources.credentials_dir / kNextCredentialName;
    if (!fs::exists(next, ec)) return std::optional<LoadedKey>{};
    auto key = TRY(read_key_file(next, KeySource::pending_credential, false));
    return std::optional<LoadedKey>(std::move(key));
  }
  const fs::path next = data_dir / kNextKeyFileName;
  if (!fs::exists(next, ec)) return std::optional<LoadedKey>{};
  auto key = TRY(read_key_file(next, KeySource::pending_key_file, true));
  return std::optional<LoadedKey>(std::move(key));
}

Result<LoadedKey> create_next_key_file(const fs::path& data_dir) {
  auto key = TRY(create_key_file(data_dir / kNextKeyFileName, ExistingFile::replace));
  key.source = KeySource::pending_key_file;
  return key;
}

Status promote_next_key_file(const fs::path& data_dir) {
  std::error_code ec;
  fs::rename(data_dir / kNextKeyFileName, data_dir / kKeyFileName, ec);
  if (ec)
    return store_error(kExitStoreFailure, "The new key " + (data_dir / kNextKeyFileName).string() +
                                              " could not replace store.key (" + ec.message() +
                                              "); run the rotation again.");
  return sync_directory(data_dir);
}

bool key_file_present(const fs::path& data_dir, const SecretName& name) {
  std::error_code ec;
  return fs::exists(data_dir / name.file, ec);
}

bool secret_present(const KeySources& sources, const fs::path& data_dir, const SecretName& name) {
  std::error_code ec;
  const fs::path credential = credential_path(sources, name);
  return (!credential.empty() && fs::exists(credential, ec)) || key_file_present(data_dir, name);
}

Result<LoadedKey> load_secret_key(const KeySources& sources, const fs::path& data_dir, const SecretName& name,
                                  bool may_create) {
  std::error_code ec;
  // systemd makes credentials read-only for the service user; their mode is its business.
  if (const fs::path credential = credential_path(sources, name);
      !credential.empty() && fs::exists(credential, ec))
    return read_key_file(credential, KeySource::credential, false);
  const fs::path key_file = data_dir / name.file;
  if (fs::exists(key_file, ec)) return read_key_file(key_file, KeySource::key_file, true);
  if (!may_create) {
    const bool audit = std::string_view(name.file) == kAuditKeyFileName;
    return store_error(audit ? kExitAuditKeyMissing : kExitKeyMissing,
                       "The store in " + data_dir.string() + " exists but its key file " + name.file +
                           " is missing (and there is no credential " + name.credential +
                           "); restore the key (nothing was changed).");
  }
  return create_key_file(key_file);
}

}  // namespace intake::store
