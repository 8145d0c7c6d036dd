#include "fhir/client_certificate.hpp"

#include <openssl/pem.h>

#include <ctime>
#include <fstream>
#include <sstream>

#include "common/date_time.hpp"
#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "fhir/secret_files.hpp"
#include "signing/device_identity.hpp"
#include "signing/openssl_handles.hpp"
#include "store/atomic_file.hpp"
#include "store/store_error.hpp"

namespace intake::fhir {

namespace fs = std::filesystem;
using signing::BioPtr;
using signing::PkeyPtr;
using signing::X509Ptr;

namespace {

Error refused(const std::string& message, const char* key, int code = store::kExitInvalidInput) {
  Error error{message, code};
  error.key = key;
  return error;
}

Result<std::string> read_text(const fs::path& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return refused(std::string("There is no ") + what + " file " + path.string() + ".",
                   "error.fhir.certificate_file_missing");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A key with a passphrase would make OpenSSL ask on the terminal: refuse instead.
int no_passphrase(char*, int, int, void*) { return -1; }

Result<X509Ptr> parse_certificate(const std::string& pem) {
  BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
  ERR_clear_error();
  if (!certificate)
    return refused("The client certificate is not a PEM certificate.", "error.fhir.certificate_not_pem");
  return certificate;
}

Status write_private(const fs::path& path, const std::string& text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  return store::write_file_atomically(path, {bytes, text.size()}, 0600, store::ExistingFile::replace);
}

Error credential_refusal() {
  return refused(
      "The FHIR client certificate is a system credential (fhir-client-cert, fhir-client-key); "
      "change it there.",
      "error.fhir.certificate_is_credential");
}

}  // namespace

Result<std::optional<ClientCertificatePaths>> find_client_certificate(const fs::path& data_dir,
                                                                      const fs::path& credentials_dir) {
  ClientCertificatePaths paths;
  paths.from_credentials = is_credential(credentials_dir, kClientCertificateCredential);
  paths.certificate =
      secret_path(credentials_dir, kClientCertificateCredential, data_dir / kClientCertificateFile);
  paths.key = secret_path(credentials_dir, kClientKeyCredential, data_dir / kClientKeyFile);
  std::error_code error;
  if (!fs::exists(paths.certificate, error)) return std::optional<ClientCertificatePaths>();
  if (!fs::exists(paths.key, error))
    return refused("The FHIR client certificate has no key (" + (data_dir / kClientKeyFile).string() +
                       " or the fhir-client-key credential); install both again.",
                   "error.fhir.key_missing", store::kExitKeyMissing);
  if (!is_credential(credentials_dir, kClientKeyCredential))
    TRY(check_private_mode(paths.key, "The FHIR client key file", "error.fhir.key_loose"));
  return std::optional<ClientCertificatePaths>(paths);
}

std::optional<fs::path> find_server_ca(const fs::path& data_dir) {
  std::error_code error;
  if (fs::exists(data_dir / kServerCaFile, error)) return data_dir / kServerCaFile;
  return std::nullopt;
}

Result<std::optional<ClientCertificateInfo>> describe_client_certificate(const fs::path& data_dir,
                                                                         const fs::path& credentials_dir) {
  auto paths = TRY(find_client_certificate(data_dir, credentials_dir));
  if (!paths) return std::optional<ClientCertificateInfo>();
  auto pem = TRY(read_text(paths->certificate, "certificate"));
  auto certificate = TRY(parse_certificate(pem));
  const store::DeviceCertificate described = signing::describe_certificate(certificate.get());
  return std::optional<ClientCertificateInfo>(ClientCertificateInfo{
      described.subject, described.issuer, described.not_after, paths->from_credentials});
}

Status install_client_certificate(const fs::path& data_dir, const fs::path& credentials_dir,
                                  const std::string& certificate_pem, std::string key_pem,
                                  std::chrono::system_clock::time_point now) {
  struct Wipe {
    std::string& text;
    ~Wipe() { secure_wipe(text); }
  } wipe{key_pem};
  if (is_credential(credentials_dir, kClientCertificateCredential) ||
      is_credential(credentials_dir, kClientKeyCredential))
    return credential_refusal();
  auto certificate = TRY(parse_certificate(certificate_pem));
  BioPtr key_bio(BIO_new_mem_buf(key_pem.data(), static_cast<int>(key_pem.size())));
  PkeyPtr key(PEM_read_bio_PrivateKey(key_bio.get(), nullptr, no_passphrase, nullptr));
  ERR_clear_error();
  if (!key)
    return refused(
        "The client key is not an unencrypted PEM private key (a key with a passphrase cannot be "
        "used unattended).",
        "error.fhir.key_not_pem");
  if (X509_check_private_key(certificate.get(), key.get()) != 1) {
    ERR_clear_error();
    return refused("The client key does not belong to the client certificate.", "error.fhir.key_mismatch");
  }
  std::time_t at = std::chrono::system_clock::to_time_t(now);
  if (X509_cmp_time(X509_get0_notAfter(certificate.get()), &at) < 0)
    return refused("The client certificate has expired.", "error.fhir.certificate_expired");
  if (X509_cmp_time(X509_get0_notBefore(certificate.get()), &at) > 0)
    return refused("The client certificate is not valid yet (check the kiosk's clock).",
                   "error.fhir.certificate_not_yet_valid");
  // The key first: a certificate on disk without its key would be refused at every send.
  TRY(write_private(data_dir / kClientKeyFile, key_pem));
  return write_private(data_dir / kClientCertificateFile, certificate_pem);
}

Status install_client_certificate_files(const fs::path& data_dir, const fs::path& credentials_dir,
                                        const fs::path& certificate, const fs::path& key,
                                        std::chrono::system_clock::time_point now) {
  auto certificate_pem = TRY(read_text(certificate, "certificate"));
  auto key_pem = TRY(read_text(key, "key"));
  return install_client_certificate(data_dir, credentials_dir, certificate_pem, std::move(key_pem), now);
}

Status remove_client_certificate(const fs::path& data_dir, const fs::path& credentials_dir) {
  if (is_credential(credentials_dir, kClientCertificateCredential) ||
      is_credential(credentials_dir, kClientKeyCredential))
    return credential_refusal();
  std::error_code error;
  // The certificate first: a key alone is never used.
  fs::remove(data_dir / kClientCertificateFile, error);
  if (!error) fs::remove(data_dir / kClientKeyFile, error);
  if (error)
    return refused("The FHIR client certificate files in " + data_dir.string() + " cannot be removed.",
                   "error.fhir.certificate_not_removed", store::kExitStoreFailure);
  return store::sync_directory(data_dir);
}

Status install_server_ca(const fs::path& data_dir, const fs::path& pem_file) {
  if (pem_file.empty()) {
    std::error_code error;
    fs::remove(data_dir / kServerCaFile, error);
    if (error)
      return refused("The FHIR server CA file cannot be removed.", "error.fhir.certificate_not_removed",
                     store::kExitStoreFailure);
    return store::sync_directory(data_dir);
  }
  auto pem = TRY(read_text(pem_file, "CA certificate"));
  if (auto certificate = parse_certificate(pem); !certificate)
    return refused("The FHIR server CA is not a PEM certificate.", "error.fhir.certificate_not_pem");
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(pem.data());
  return store::write_file_atomically(data_dir / kServerCaFile, {bytes, pem.size()}, 0644,
                                      store::ExistingFile::replace);
}

}  // namespace intake::fhir
