#include "fhir/fhir_server.hpp"

#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "fhir/client_certificate.hpp"
#include "fhir/secret_files.hpp"
#include "store/atomic_file.hpp"
#include "store/settings.hpp"
#include "store/store_error.hpp"

namespace intake::fhir {

ServerConfig::~ServerConfig() { secure_wipe(bearer_token); }

Status check_server_url(const std::string& url) {
  auto refused = [](std::string message, const char* key) {
    Error error = store::store_error(store::kExitInvalidInput, std::move(message));
    error.key = key;
    return error;
  };
  if (url.empty()) return ok_status();
  if (!(url.starts_with("https://") || url.starts_with("http://")) || url.size() < 10)
    return refused(
        "The FHIR server must be an http:// or https:// address, e.g. "
        "https://fhir.example-clinic.com/fhir/R4.",
        "error.fhir.url_not_http");
  if (url.find_first_of(" \t\r\n?#") != std::string::npos)
    return refused("The FHIR server address may not contain spaces, ? or #.", "error.fhir.url_characters");
  return ok_status();
}

bool token_is_a_credential(const std::filesystem::path& credentials_dir) {
  return is_credential(credentials_dir, kTokenCredential);
}

Status save_bearer_token(const std::filesystem::path& data_dir, const std::filesystem::path& credentials_dir,
                         std::string token) {
  if (token_is_a_credential(credentials_dir)) {
    secure_wipe(token);
    Error error = store::store_error(store::kExitInvalidInput,
                                     "The FHIR token is a system credential (fhir-token); change it there.");
    error.key = "error.fhir.token_is_credential";
    return error;
  }
  if (token.find_first_of(" \t\r\n") != std::string::npos) {
    secure_wipe(token);
    Error error =
        store::store_error(store::kExitInvalidInput, "The FHIR token may not contain spaces or line breaks.");
    error.key = "error.fhir.token_characters";
    return error;
  }
  const auto path = data_dir / kTokenFile;
  if (token.empty()) {
    std::error_code error;
    std::filesystem::remove(path, error);
    if (error) {
      Error failed = store::store_error(store::kExitStoreFailure,
                                        "The FHIR token file " + path.string() + " cannot be removed.");
      failed.key = "error.fhir.token_not_saved";
      return failed;
    }
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
  auto url = TRY(store::get_setting(store, kServerUrlSetting));
  if (!url || !check_server_url(*url)) return config;
  config.base_url = *url;
  while (config.base_url.size() > 1 && config.base_url.back() == '/') config.base_url.pop_back();
  auto timeout = TRY(store::get_setting(store, kTimeoutSetting));
  if (timeout) {
    const long seconds = std::strtol(timeout->c_str(), nullptr, 10);
    if (seconds >= 1 && seconds <= 600) config.timeout_seconds = seconds;
  }
  const auto token_path = secret_path(credentials_dir, kTokenCredential, store.data_dir() / kTokenFile);
  auto token = TRY(read_secret(token_path, !token_is_a_credential(credentials_dir), "The FHIR token file",
                               "error.fhir.token_loose"));
  config.bearer_token = std::move(token);
  auto certificate = TRY(find_client_certificate(store.data_dir(), credentials_dir));
  if (certificate) {
    config.client_certificate = certificate->certificate.string();
    config.client_key = certificate->key;
  }
  config.server_ca = find_server_ca(store.data_dir()).value_or(std::filesystem::path());
  return config;
}

}  // namespace intake::fhir
