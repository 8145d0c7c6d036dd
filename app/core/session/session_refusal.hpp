#pragma once
// Every way a session is refused as incomplete or not valid, as one clear sentence and a
// distinct process exit code. `intake-kiosk submit` returns these as its exit status
// (submission/submission_error.hpp adds its own codes after them), so the numbers are part of
// the interface. A refusal never stores anything.
#include <string>

#include "common/result.hpp"

namespace intake::session {

enum SessionRefusal : int {
  kExitSessionMalformed = 30,     // the session JSON has the wrong shape or a field of the wrong type
  kExitUnknownForm = 31,          // no valid form with that id in the forms directory
  kExitLanguageNotOffered = 32,   // the form is not offered in the session's language
  kExitIdentityIncomplete = 33,   // a patient identity field is missing or not valid
  kExitGuardianRequired = 34,     // a minor on the visit date without guardian or guardian signature
  kExitGuardianNotExpected = 35,  // guardian or guardian signature given for an adult
  kExitAnswersMissing = 36,       // required answers to shown questions are missing
  kExitAnswerInvalid = 37,        // an answer of the wrong type, unknown choice, or outside its limits
  kExitConsentIncomplete = 38,    // consent not accepted, a section not initialled, no photo answer,
                                  // or the answers were not certified
  kExitSignatureMissing = 39,     // no patient (or guardian) signature at all
  kExitSignatureInvalid = 40,     // a drawing too small to be a signature, or without a pad size
};

inline Error session_refusal(SessionRefusal code, std::string message) {
  return Error{std::move(message), code};
}

}  // namespace intake::session
