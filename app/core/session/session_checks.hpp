#pragma once
// The one place that says whether a session is complete and valid: identity, guardian, answers
// (through the forms engine), consent and signatures, on top of common/. Everything here must
// hold before anything is rendered or stored. The kiosk has already guided the patient through
// each of these; `submit` and integrations have not, so the submission path (which only
// orchestrates) asks this module and refuses with its sentence and code (session_refusal.hpp).
#include <optional>

#include "common/calendar_date.hpp"
#include "common/result.hpp"
#include "forms/evaluation.hpp"
#include "forms/form.hpp"
#include "forms/form_catalog.hpp"
#include "session/intake_session.hpp"

namespace intake::session {

// Limits on identity text: generous for real names, small enough for one PDF line.
inline constexpr std::size_t kMaxNameLength = 100;  // characters, given/family/guardian
inline constexpr std::size_t kMaxRelationshipLength = 60;
inline constexpr std::size_t kMaxPhoneLength = 40;
inline constexpr std::size_t kMaxEmailLength = 254;
inline constexpr std::size_t kMaxInitialsLength = 8;

// The flag added when the form has no rule of its own for a minor (the shipped form has one,
// code "minor", from `age < 18`); a minor always reaches staff as a stop flag.
inline constexpr const char* kMinorFlagCode = "minor";

struct CheckedSession {
  const forms::Form* form = nullptr;
  const forms::Document* consent = nullptr;  // the consent document exactly as shown
  forms::Evaluation evaluation;              // flags include the minor flag for a minor
  bool minor = false;
};

// Checks, in this order, stopping at the first problem: known form (kExitUnknownForm), language
// (kExitLanguageNotOffered), identity (kExitIdentityIncomplete), guardian exactly for a minor
// (kExitGuardianRequired / kExitGuardianNotExpected), answer types (kExitAnswerInvalid), required
// answers (kExitAnswersMissing) and limits (kExitAnswerInvalid), consent accepted, certified,
// every section initialled once with a time, photo answer (kExitConsentIncomplete), then the
// signatures (kExitSignatureMissing / kExitSignatureInvalid). Messages name fields and question
// ids, never a patient's value.
// `last_treatment_date`: the person's last treated visit from the store (visit history), read by
// rules as last_treatment_date; none when there is none.
Result<CheckedSession> check_session(const forms::FormCatalog& catalog, const IntakeSession& session,
                                     const CalendarDate& visit_date,
                                     std::optional<CalendarDate> last_treatment_date = std::nullopt);

}  // namespace intake::session
