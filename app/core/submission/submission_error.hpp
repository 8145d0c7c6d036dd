#pragma once
// Every way a submission is refused, as one clear sentence and a distinct process exit code.
// `intake-kiosk submit` returns Error::code as its exit status, so these numbers are part of the
// interface. Codes 30-49 belong to submission (the store owns 10-29 and its codes pass through
// unchanged: a wrong key is still 10, a full disk still 17). A refusal never stores anything.
#include <string>

#include "common/result.hpp"
#include "session/session_refusal.hpp"

namespace intake::submission {

// 30-40: the session's own refusals (session/session_refusal.hpp), which submit passes on.
using enum session::SessionRefusal;

enum SubmissionExitCode : int {
  kExitPdfFailed = 41,         // the consent PDF could not be made (fonts missing...)
  kExitFormsUnavailable = 42,  // the forms directory could not be loaded at all
};

inline Error submission_error(int code, std::string message) { return Error{std::move(message), code}; }

}  // namespace intake::submission
