#pragma once
// Signs a PDF the way any reader checks it: libharu's bytes stay exactly as they are and an
// incremental update is appended with
//   - a signature field that is also its (invisible, printable) widget, on the first page,
//   - the first page again with the widget in /Annots, the catalog again with /AcroForm
//     (/SigFlags 3: signed, append only),
//   - the signature dictionary: /SubFilter /adbe.pkcs7.detached, a /ByteRange covering the
//     whole file except the /Contents hex, and /Contents holding a CMS SignedData (OpenSSL
//     CMS_sign, detached, binary) with the kiosk's certificate and a signingTime attribute set
//     to the record's time (the kiosk's clock: no timestamp authority is reachable offline),
//   - an xref section with /Prev and a trailer with /ID.
// The signature dictionary also binds the record: its id, the audit chain's head when it was
// signed and the SHA-256 of every drawn signature's strokes (as stored), so neither the
// signature picture nor a page can move to another record without breaking the signature.
// /Contents is exactly as long as the CMS: no zero padding a changed byte could hide in.
#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "signing/device_identity.hpp"

namespace intake::signing {

struct SignatureBinding {
  std::string record_id;                               // "R-20261121-7F3K9Q"
  std::string audit_head;                              // 64 hex: store::current_audit_head_hash at signing
  std::vector<std::string> strokes_sha256;             // one per drawn signature on this version
  std::chrono::system_clock::time_point signing_time;  // the record's (or review's) time
  std::string reason;    // "Patient-signed check-in record", "Practitioner review"
  std::string location;  // the clinic's name
};

// The signed file: `pdf` followed by the incremental update. kExitSigningFailed when the PDF
// is not shaped as libharu writes it or OpenSSL fails.
Result<std::vector<std::uint8_t>> sign_pdf(std::span<const std::uint8_t> pdf, const DeviceIdentity& identity,
                                           const SignatureBinding& binding);

}  // namespace intake::signing
