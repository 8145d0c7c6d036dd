#pragma once
// The certificates this kiosk has signed PDFs with, kept in the store for good: after a
// renewal (a clinic CA's certificate replacing the self-signed one, or a new one on expiry)
// PDFs signed with the old certificate still verify as "this kiosk". Recording one is audited
// ("device.certificate"). The private key is never stored here.
#include <optional>
#include <string>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::store {

namespace audit_action {
inline constexpr const char* kDeviceCertificate = "device.certificate";
}

struct DeviceCertificate {
  std::string sha256;  // of the DER, lowercase hex
  std::string subject;
  std::string issuer;
  std::string not_before;  // UTC, timestamp.hpp
  std::string not_after;
  std::string pem;
  std::string recorded_at;  // set by the store
};

// Records the certificate and its audit entry in one transaction; does nothing (and returns
// false) when the store already knows it.
Result<bool> record_device_certificate(Store& store, const DeviceCertificate& certificate,
                                       const std::string& actor);
Result<std::optional<DeviceCertificate>> find_device_certificate(Store& store, const std::string& sha256);
// Whether this kiosk has ever recorded a certificate: a missing signing key is then a lost key,
// not a first run.
Result<bool> has_device_certificates(Store& store);

// The PDF version of `record_id` whose stored SHA-256 is `sha256`, if there is one. Not
// audited: it reads no patient data, only hashes.
Result<std::optional<int>> find_pdf_version_by_hash(Store& store, const std::string& record_id,
                                                    const std::string& sha256);

// The newest audit entry's hash (64 zeros for an empty trail): the head a signature binds.
Result<std::string> current_audit_head_hash(Store& store);

}  // namespace intake::store
