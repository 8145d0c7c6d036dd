#include "fhir/fhir_server.hpp"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "common/secure_memory.hpp"
#include "store/atomic_file.hpp"
#include "store/settings.hpp"
#include "store/store_error.hpp"

namespace intake::fhir {

ServerConfig::~ServerConfig() { secure_wipe(bearer_token); }

std::string check_server_url(const std::string& url) {
  if (url.empty()) return "";
  if (!(url.starts_with("https://") || url.starts_with("http://")) || url.size() < 10)
    return "The FHIR server must be an http:// or https:// address, e.g. "
           "https://fhir.example-clinic.com/fhir/R4.";
  if (url.find_first_of(" \t\r\n?#") != std::string::npos)
    return "The FHIR server address may not contain spaces, ? or #.";
  return "";
}

namespace {

// The secret's path: the systemd credential if there is one, else the data dir's file.
std::filesystem::path secret_path(const std::filesystem::path& credentials_dir, const char* credential,
                                  const std::filesystem::path& file) {
  std::error_code error;
  if (!credentials_dir.empty() && std::filesystem::exists(credentials_dir / credential, error))
    return credentials_dir / credential;
  return file;
}

Result<std::string> read_secret(const std::filesystem::path& path, bool check_mode) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::string();
  if (check_mode && (info.st_mode & 077) != 0)
    return store::store_error(
        store::kExitKeyInvalid,
        "The FHIR token file " + path.string() + " is readable by others; make it 0600 (chmod 600).");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::string secret = text.str();
  while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r' || secret.back() == ' '))
    secret.pop_back();
  return secret;
}

}  // namespace

bool token_is_a_credential(const std::filesystem::path& credentials_dir) {
  std::error_code error;
  return !credentials_dir.empty() && std::filesystem::exists(credentials_dir / kTokenCredential, error);
}

Status save_bearer_token(const std::filesystem::path& data_dir, const std::filesystem::path& credentials_dir,
                         std::string token) {
  if (token_is_a_credential(credentials_dir)) {
    secure_wipe(token);
    return store::store_error(store::kExitInvalidInput,
                              "The FHIR token is a system credential (fhir-token); change it there.");
  }
  if (token.find_first_of(" \t\r\n") != std::string::npos) {
    secure_wipe(token);
    return store::store_error(store::kExitInvalidInput,
                              "The FHIR token may not contain spaces or line breaks.");
  }
  const auto path = data_dir / kTokenFile;
  if (token.empty()) {
    std::error_code error;
    std::filesystem::remove(path, error);
    if (error)
      return store::store_error(store::kExitStoreFailure,
                                "The FHIR token file " + path.string() + " cannot be removed.");
    return ok_status();
  }
  token.push_back('\n');
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(token.data());
  Status written =
      store::write_file_atomically(path, {bytes, token.size()}, 0600, store::ExistingFile::replace);
  secure_wipe(token);
  return written;
}

Result<ServerConfig> load_server_config(store::Store& store, const std::filesystem::path& credentials_dir) {
  ServerConfig config;
  auto url = store::get_setting(store, kServerUrlSetting);
  if (!url) return url.error();
  if (!*url || !check_server_url(**url).empty()) return config;
  config.base_url = **url;
  while (config.base_url.size() > 1 && config.base_url.back() == '/') config.base_url.pop_back();
  auto timeout = store::get_setting(store, kTimeoutSetting);
  if (!timeout) return timeout.error();
  if (*timeout) {
    const long seconds = std::strtol((*timeout)->c_str(), nullptr, 10);
    if (seconds >= 1 && seconds <= 600) config.timeout_seconds = seconds;
  }
  const auto token_path = secret_path(credentials_dir, kTokenCredential, store.data_dir() / kTokenFile);
  auto token = read_secret(token_path, token_path.parent_path() != credentials_dir);
  if (!token) return token.error();
  config.bearer_token = std::move(*token);
  auto certificate = store::get_setting(store, kClientCertificateSetting);
  if (!certificate) return certificate.error();
  if (*certificate && !(*certificate)->empty()) {
    config.client_certificate = **certificate;
    config.client_key = secret_path(credentials_dir, kClientKeyCredential, store.data_dir() / kClientKeyFile);
  }
  return config;
}

}  // namespace intake::fhir
