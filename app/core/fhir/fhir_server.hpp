#pragma once
// Where and how the kiosk delivers to the clinic's FHIR server. Off unless the fhir_server_url
// setting names one. Secrets are kept like the other keys, never in the store:
//   bearer token:        $CREDENTIALS_DIRECTORY/fhir-token, else <data dir>/fhir-token (0600)
//   client certificate:  the fhir_client_certificate setting (a PEM path; public) with its key
//                        in $CREDENTIALS_DIRECTORY/fhir-client-key, else <data dir>/fhir-client.key
#include <filesystem>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::fhir {

inline constexpr const char* kServerUrlSetting = "fhir_server_url";
inline constexpr const char* kClientCertificateSetting = "fhir_client_certificate";
inline constexpr const char* kTimeoutSetting = "fhir_timeout_seconds";
inline constexpr const char* kTokenCredential = "fhir-token";
inline constexpr const char* kTokenFile = "fhir-token";
inline constexpr const char* kClientKeyCredential = "fhir-client-key";
inline constexpr const char* kClientKeyFile = "fhir-client.key";

struct ServerConfig {
  std::string base_url;              // "" = delivery off
  std::string bearer_token;          // "" = none; wiped by the destructor
  std::string client_certificate;    // PEM path, "" = none
  std::filesystem::path client_key;  // PEM path of the certificate's key
  long timeout_seconds = 30;

  bool enabled() const { return !base_url.empty(); }
  ServerConfig() = default;
  ServerConfig(const ServerConfig&) = default;
  ServerConfig& operator=(const ServerConfig&) = default;
  ~ServerConfig();
};

// One sentence for staff when `url` is not an http(s) URL without query or fragment, or "".
std::string check_server_url(const std::string& url);

// Where the bearer token is kept: the systemd credential (read-only for us) when there is one.
bool token_is_a_credential(const std::filesystem::path& credentials_dir);

// Keeps `token` as <data dir>/fhir-token (0600, written whole or not at all), never in the store;
// an empty token removes the file. Refused when the token comes from a systemd credential.
Status save_bearer_token(const std::filesystem::path& data_dir, const std::filesystem::path& credentials_dir,
                         std::string token);

// Reads the settings and the secrets. `credentials_dir` is $CREDENTIALS_DIRECTORY (or empty).
// A token file readable by others is refused (kExitKeyInvalid), as a store key would be.
Result<ServerConfig> load_server_config(store::Store& store, const std::filesystem::path& credentials_dir);

}  // namespace intake::fhir
