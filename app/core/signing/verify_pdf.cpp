#include "signing/verify_pdf.hpp"

#include <fmt/format.h>

#include "common/sha256.hpp"
#include "signing/signing_error.hpp"

namespace intake::signing {

PdfVerification verify_pdf(std::span<const std::uint8_t> pdf, store::Store* store) {
  PdfVerification result;
  result.check = check_pdf_signatures(pdf);
  switch (result.check.state) {
    case SignatureState::not_signed: result.verdict = Verdict::not_signed; return result;
    case SignatureState::altered: result.verdict = Verdict::altered; return result;
    case SignatureState::valid: result.verdict = Verdict::valid; break;
  }
  if (store == nullptr) return result;
  auto known = store::find_device_certificate(*store, result.check.signer.sha256);
  if (!known) {
    result.store_problem = known.error().message;
    return result;
  }
  result.store_checked = true;
  result.certificate_known = known->has_value();
  if (!result.certificate_known) {
    result.verdict = Verdict::unknown_device;
    return result;
  }
  if (!result.check.record_id.empty()) {
    auto version = store::find_pdf_version_by_hash(*store, result.check.record_id, sha256_hex(pdf));
    if (version)
      result.stored_version = *version;
    else
      result.store_problem = version.error().message;
  }
  return result;
}

const char* verdict_word(Verdict verdict) {
  switch (verdict) {
    case Verdict::valid: return "valid";
    case Verdict::unknown_device: return "signed by an unknown device";
    case Verdict::not_signed: return "not signed";
    case Verdict::altered: return "altered";
    case Verdict::unreadable: return "unreadable";
  }
  return "unreadable";
}

int verdict_exit_code(Verdict verdict) {
  switch (verdict) {
    case Verdict::valid: return 0;
    case Verdict::unknown_device: return kExitVerifyUnknownDevice;
    case Verdict::not_signed: return kExitVerifyNotSigned;
    case Verdict::altered: return kExitVerifyAltered;
    case Verdict::unreadable: return kExitVerifyUnreadable;
  }
  return kExitVerifyUnreadable;
}

std::string verification_line(const PdfVerification& result) {
  const PdfSignatureCheck& check = result.check;
  std::string line = verdict_word(result.verdict);
  if (result.verdict == Verdict::altered && !check.problem.empty()) line += ": " + check.problem;
  if (result.verdict == Verdict::not_signed) return line + ": the file carries no digital signature";
  if (!check.signer.sha256.empty())
    line += fmt::format("{} by {} (certificate {}...)",
                        result.verdict == Verdict::altered ? "; signed" : ": signed", check.signer.subject,
                        check.signer.sha256.substr(0, 16));
  if (result.verdict == Verdict::altered) return line;
  if (!check.record_id.empty()) line += ", record " + check.record_id;
  if (!check.signing_time.empty()) line += ", signed " + check.signing_time + " (kiosk clock)";
  if (result.verdict == Verdict::unknown_device)
    return line + "; this kiosk's store does not know that certificate";
  if (!result.store_checked)
    return line + (result.store_problem.empty() ? "; no store here to name the device"
                                                : "; the store could not be asked: " + result.store_problem);
  if (result.stored_version)
    return line + fmt::format("; this store holds it as version {}", *result.stored_version);
  return line +
         "; the certificate is this kiosk's, but this store holds no PDF of that record with this file's "
         "hash";
}

}  // namespace intake::signing
