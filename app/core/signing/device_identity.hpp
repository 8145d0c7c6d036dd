#pragma once
// The kiosk's signing identity: a P-256 key and the certificate that names the clinic and the
// kiosk. Every stored PDF version is signed with it (pdf_signer.hpp).
//
// The key: credential `signing-key` in the credentials directory (systemd's
// $CREDENTIALS_DIRECTORY, handed in by main), else <data dir>/signing.key (PEM, mode 0600).
// Never inside the store. The certificate: <data dir>/signing.crt (public), self-signed on
// first run, replaced by `device install-cert` with one the clinic's CA issued from
// `device csr`. Every certificate used is recorded in the store and the audit trail.
//
// A key is made only on a first run: when the store already knows a certificate, a missing
// key is an error (restore it), never a reason to make a new one.
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "signing/openssl_handles.hpp"
#include "store/device_certificates.hpp"
#include "store/store.hpp"

namespace intake::signing {

inline constexpr const char* kSigningKeyFile = "signing.key";
inline constexpr const char* kSigningKeyCredential = "signing-key";
inline constexpr const char* kSigningCertificateFile = "signing.crt";

struct DeviceIdentityOptions {
  std::filesystem::path credentials_dir;  // from main; empty: key file only
  std::string clinic_name;                // the certificate's O= when one is made
  std::optional<TimePoint> now;           // a certificate made now starts then; default: the store's clock
  std::string actor = "kiosk";            // audit actor for a certificate recorded now
};

class DeviceIdentity {
 public:
  DeviceIdentity(std::shared_ptr<EVP_PKEY> key, std::shared_ptr<X509> certificate);
  EVP_PKEY* key() const { return key_.get(); }
  X509* certificate() const { return certificate_.get(); }
  // The store's row for the certificate (fingerprint, subject, PEM...).
  const store::DeviceCertificate& record() const { return record_; }

 private:
  std::shared_ptr<EVP_PKEY> key_;
  std::shared_ptr<X509> certificate_;
  store::DeviceCertificate record_;
};

// Loads (or on a first run makes) the identity for the store's data directory and records its
// certificate in the store if it is new there. Errors: kExitSigningKeyMissing,
// kExitSigningKeyInvalid, and the store's codes.
Result<DeviceIdentity> open_device_identity(store::Store& store, const DeviceIdentityOptions& options);

// A PEM certificate request with the current certificate's subject, signed by the key.
Result<std::string> device_certificate_request(const DeviceIdentity& identity);

// Checks PEM text holding the issued certificate against the key (and that it is valid now),
// then replaces signing.crt and records the certificate. Returns the new identity.
// kExitCertificateRejected with one sentence when it does not fit.
Result<DeviceIdentity> install_device_certificate(store::Store& store, const DeviceIdentityOptions& options,
                                                  const std::string& certificate_pem);

// Fingerprint, names and validity of a certificate, as the store keeps them.
store::DeviceCertificate describe_certificate(X509* certificate);
std::string x509_name_text(const X509_NAME* name);

}  // namespace intake::signing
