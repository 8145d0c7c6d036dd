#pragma once
// The TLS client certificate the kiosk shows the clinic's FHIR server (mutual TLS), and the CA
// that server's own certificate is checked against when it is not a public one. Kept like the
// other keys, never in the store:
//   certificate:  $CREDENTIALS_DIRECTORY/fhir-client-cert, else <data dir>/fhir-client.crt (PEM)
//   its key:      $CREDENTIALS_DIRECTORY/fhir-client-key,  else <data dir>/fhir-client.key (PEM, 0600)
//   server's CA:  <data dir>/fhir-server-ca.crt (PEM; none: the system's CA list)
// Installing checks that the key is the certificate's, unencrypted, and that the certificate
// is valid now; both files are then written whole (0600) or not at all.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "common/result.hpp"

namespace intake::fhir {

inline constexpr const char* kClientCertificateCredential = "fhir-client-cert";
inline constexpr const char* kClientCertificateFile = "fhir-client.crt";
inline constexpr const char* kClientKeyCredential = "fhir-client-key";
inline constexpr const char* kClientKeyFile = "fhir-client.key";
inline constexpr const char* kServerCaFile = "fhir-server-ca.crt";

struct ClientCertificatePaths {
  std::filesystem::path certificate;
  std::filesystem::path key;
  bool from_credentials = false;  // systemd credentials: IT changes them, not staff mode
};

// Where the certificate and key are, or nullopt when there is none. A certificate without its
// key, or a key file others can read, is an error (one sentence, a lang key for staff).
Result<std::optional<ClientCertificatePaths>> find_client_certificate(
    const std::filesystem::path& data_dir, const std::filesystem::path& credentials_dir);

// The server CA file when there is one.
std::optional<std::filesystem::path> find_server_ca(const std::filesystem::path& data_dir);

struct ClientCertificateInfo {
  std::string subject;  // "CN=kiosk-3, O=Clinic"
  std::string issuer;
  std::string not_after;  // UTC timestamp
  bool from_credentials = false;
};

// What staff and `fhir status` show about the certificate in use, or nullopt.
Result<std::optional<ClientCertificateInfo>> describe_client_certificate(
    const std::filesystem::path& data_dir, const std::filesystem::path& credentials_dir);

// Checks and keeps a certificate and its key (PEM text). `key_pem` is wiped.
Status install_client_certificate(const std::filesystem::path& data_dir,
                                  const std::filesystem::path& credentials_dir,
                                  const std::string& certificate_pem, std::string key_pem,
                                  std::chrono::system_clock::time_point now);
// The same from two files (the CLI's paths, or fhir-client.crt/.key in a folder staff chose).
Status install_client_certificate_files(const std::filesystem::path& data_dir,
                                        const std::filesystem::path& credentials_dir,
                                        const std::filesystem::path& certificate,
                                        const std::filesystem::path& key,
                                        std::chrono::system_clock::time_point now);
// Removes both files; refused when they are systemd credentials.
Status remove_client_certificate(const std::filesystem::path& data_dir,
                                 const std::filesystem::path& credentials_dir);

// Keeps `pem_file` (one or more PEM certificates) as the server CA; an empty path removes it.
Status install_server_ca(const std::filesystem::path& data_dir, const std::filesystem::path& pem_file);

}  // namespace intake::fhir
