#pragma once
// Checks a PDF's signatures offline, without the store: the independent half of `verify`.
// Each signature dictionary's /ByteRange and /Contents are read from the file, the CMS is
// verified over exactly those bytes (OpenSSL CMS_verify, detached), a self-signed signer
// certificate must carry a valid self-signature, and the last signature must cover the whole
// file (nothing appended after signing, nothing left out but its own hex).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/device_certificates.hpp"

namespace intake::signing {

enum class SignatureState { valid, altered, not_signed };

struct PdfSignatureCheck {
  SignatureState state = SignatureState::not_signed;
  std::string problem;              // altered: what is wrong, in words
  int signatures = 0;               // signature dictionaries found
  store::DeviceCertificate signer;  // of the last signature, when its CMS could be read
  std::string signing_time;         // UTC, from the signingTime attribute
  // The record binding the kiosk wrote into the signature dictionary.
  std::string record_id;
  std::string audit_head;
  std::vector<std::string> strokes_sha256;
};

PdfSignatureCheck check_pdf_signatures(std::span<const std::uint8_t> pdf);

}  // namespace intake::signing
