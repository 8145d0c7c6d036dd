#pragma once
// `intake-kiosk verify` and the staff screen's "Signature valid": the offline signature check
// (pdf_signature_check.hpp), and, when a store is at hand, whether this kiosk knows the
// signing certificate and holds that record's PDF with exactly this file's SHA-256.
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "signing/pdf_signature_check.hpp"
#include "store/store.hpp"

namespace intake::signing {

// Ordered from best to worst: several files report the worst.
enum class Verdict { valid, unknown_device, not_signed, altered, unreadable };

struct PdfVerification {
  Verdict verdict = Verdict::not_signed;
  PdfSignatureCheck check;
  bool store_checked = false;
  bool certificate_known = false;     // with a store: the certificate is one this kiosk used
  std::optional<int> stored_version;  // with a store: the record's version with this hash
  std::string store_problem;          // the store could not answer (the check stays offline)
};

// store may be null: the signature is then checked offline only.
PdfVerification verify_pdf(std::span<const std::uint8_t> pdf, store::Store* store);

// One line, e.g. "valid: signed by CN=Check-in kiosk 3F9A1C2B,O=Our Clinic (certificate
// 5d41402a...), record R-20261121-7F3K9Q, signed 2026-11-21T12:36:43.000Z; this store holds
// it as version 1".
std::string verification_line(const PdfVerification& result);
const char* verdict_word(Verdict verdict);
int verdict_exit_code(Verdict verdict);

}  // namespace intake::signing
