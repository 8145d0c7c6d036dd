#pragma once
// Where and how the kiosk delivers to the clinic's FHIR server. Off unless the fhir_server_url
// setting names one. Secrets are kept like the other keys, never in the store:
//   bearer token:        $CREDENTIALS_DIRECTORY/fhir-token, else <data dir>/fhir-token (0600)
//   client certificate:  client_certificate.hpp (fhir-client.crt and fhir-client.key, 0600)
#include <filesystem>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::fhir {

inline constexpr const char* kServerUrlSetting = "fhir_server_url";
inline constexpr const char* kTimeoutSetting = "fhir_timeout_seconds";
inline constexpr const char* kTokenCredential = "fhir-token";
inline constexpr const char* kTokenFile = "fhir-token";

struct ServerConfig {
  std::string base_url;              // "" = delivery off
  std::string bearer_token;          // "" = none; wiped by the destructor
  std::string client_certificate;    // PEM path, "" = none
  std::filesystem::path client_key;  // PEM path of the certificate's key
  std::filesystem::path server_ca;   // PEM CA bundle for the server's certificate; "" = the system's
  long timeout_seconds = 30;

  bool enabled() const { return !base_url.empty(); }
  ServerConfig() = default;
  ServerConfig(const ServerConfig&) = default;
  ServerConfig& operator=(const ServerConfig&) = default;
  ~ServerConfig();
};

// Refuses (one sentence and a lang key for staff) a `url` that is not an http(s) URL without
// query or fragment; "" is fine (off).
Status check_server_url(const std::string& url);

// Where the bearer token is kept: the systemd credential (read-only for us) when there is one.
bool token_is_a_credential(const std::filesystem::path& credentials_dir);

// Keeps `token` as <data dir>/fhir-token (0600, written whole or not at all), never in the store;
// an empty token removes the file. Refused when the token comes from a systemd credential.
Status save_bearer_token(const std::filesystem::path& data_dir, const std::filesystem::path& credentials_dir,
                         std::string token);

// Reads the settings and the secrets. `credentials_dir` is $CREDENTIALS_DIRECTORY (or empty).
// A token or client key file readable by others is refused (kExitKeyInvalid), as a store key
// would be; every refusal carries a lang key for staff.
Result<ServerConfig> load_server_config(store::Store& store, const std::filesystem::path& credentials_dir);

}  // namespace intake::fhir
