#pragma once
// Exit codes for the kiosk's signing identity and for `verify` (distinct from the store's
// 10-29 and the submission's 30-49).
namespace intake::signing {

enum SigningExitCode : int {
  kExitSigningKeyMissing = 60,    // a kiosk that signed before has lost its signing key
  kExitSigningKeyInvalid = 61,    // key or certificate unreadable, wrong mode, or not matching
  kExitCertificateRejected = 62,  // install-cert: not a certificate, not for this key, expired
  kExitSigningFailed = 63,        // OpenSSL could not sign, or the PDF has an unexpected shape
  // verify: the worst verdict of the files checked; 0 when every file is valid.
  kExitVerifyUnknownDevice = 64,
  kExitVerifyNotSigned = 65,
  kExitVerifyAltered = 66,
  kExitVerifyUnreadable = 67,
};

}  // namespace intake::signing
