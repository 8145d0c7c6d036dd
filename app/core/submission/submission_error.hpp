#pragma once
// Every way a submission is refused, as one clear sentence and a distinct process exit code.
// `intake-kiosk submit` returns Error::code as its exit status, so these numbers are part of the
// interface. Codes 30-49 belong to submission (the store owns 10-29 and its codes pass through
// unchanged: a wrong key is still 10, a full disk still 17). A refusal never stores anything.
#include <string>

#include "common/result.hpp"

namespace intake::submission {

enum SubmissionExitCode : int {
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
  kExitPdfFailed = 41,            // the consent PDF could not be made (fonts missing...)
  kExitFormsUnavailable = 42,     // the forms directory could not be loaded at all
};

inline Error submission_error(SubmissionExitCode code, std::string message) {
  return Error{std::move(message), code};
}

}  // namespace intake::submission
