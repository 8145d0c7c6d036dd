#include "session/session_checks.hpp"

#include <algorithm>
#include <set>

#include "common/date_time.hpp"
#include "common/text.hpp"
#include "common/try.hpp"
#include "session/identity_check.hpp"
#include "session/session_refusal.hpp"
#include "session/signature_check.hpp"

namespace intake::session {
namespace {

// Names and one-line fields: no controls, nothing that reorders the line, no line breaks.
Status check_text_field(const std::string& text, const char* field, std::size_t limit) {
  if (const text::TextProblem problem = text::single_line_problem(text); problem != text::TextProblem::none)
    return session_refusal(kExitIdentityIncomplete, std::string(field) + " " + text::describe(problem) + ".");
  if (text::code_point_count(text) > limit)
    return session_refusal(kExitIdentityIncomplete,
                           std::string(field) + " is longer than " + std::to_string(limit) + " characters.");
  return ok_status();
}

Status check_identity(const IntakeSession& session, const CalendarDate& visit_date) {
  const PatientIdentity& patient = session.patient;
  // What is wrong with the characters first (the identity check would only say "not valid").
  for (auto [text, field, limit] : {std::tuple{&patient.given_name, "patient.given_name", kMaxNameLength},
                                    std::tuple{&patient.family_name, "patient.family_name", kMaxNameLength},
                                    std::tuple{&patient.phone, "patient.phone", kMaxPhoneLength},
                                    std::tuple{&patient.email, "patient.email", kMaxEmailLength}})
    TRY(check_text_field(*text, field, limit));
  const std::vector<IdentityProblem> problems = check_patient_identity(patient, visit_date);
  if (!problems.empty())
    return session_refusal(kExitIdentityIncomplete, "patient." + describe(problems.front()));
  return ok_status();
}

Status check_guardian_rules(const IntakeSession& session, bool minor) {
  if (!minor) {
    if (session.guardian)
      return session_refusal(kExitGuardianNotExpected,
                             "A guardian was given, but the patient is an adult on the visit date.");
    if (session.guardian_signature)
      return session_refusal(
          kExitGuardianNotExpected,
          "A guardian signature was given, but the patient is an adult on the visit date.");
    return ok_status();
  }
  if (!session.guardian)
    return session_refusal(
        kExitGuardianRequired,
        "The patient is under 18 on the visit date, so a guardian's name and relationship are required.");
  TRY(check_text_field(session.guardian->name, "guardian.name", kMaxNameLength));
  if (auto st =
          check_text_field(session.guardian->relationship, "guardian.relationship", kMaxRelationshipLength);
      !st)
    return st;
  const std::vector<IdentityProblem> problems = check_guardian(*session.guardian);
  if (!problems.empty())
    return session_refusal(kExitGuardianRequired,
                           "The patient is under 18 on the visit date and " + describe(problems.front()));
  if (!session.guardian_signature || session.guardian_signature->empty())
    return session_refusal(kExitGuardianRequired,
                           "The patient is under 18 on the visit date, so the guardian must sign too.");
  return ok_status();
}

Status check_answer_values(const forms::Form& form, const forms::Answers& answers) {
  for (const auto& [id, value] : answers) {
    const forms::Question* question = form.find_question(id);
    if (!question)
      return session_refusal(kExitAnswerInvalid, "Form '" + form.id + "' has no question '" +
                                                     (id.size() > 64 ? id.substr(0, 64) + "..." : id) + "'.");
    if (auto st = forms::check_answer_type(*question, value); !st)
      return session_refusal(kExitAnswerInvalid, "The " + st.error().message + ".");
  }
  return ok_status();
}

std::string joined(const std::vector<std::string>& ids) {
  std::string text;
  for (const std::string& id : ids) text += (text.empty() ? "" : ", ") + id;
  return text;
}

Status check_consent(const ConsentAcceptance& consent, const forms::Document& shown) {
  const auto refuse = [](const std::string& message) {
    return session_refusal(kExitConsentIncomplete, message);
  };
  if (!consent.accepted) return refuse("The consent document was not accepted.");
  if (!consent.certified) return refuse("The patient did not certify that the answers are correct.");
  if (consent.initials.find_first_not_of(' ') == std::string::npos)
    return refuse("consent.initials is missing.");
  if (text::single_line_problem(consent.initials) != text::TextProblem::none ||
      !text::has_visible_text(consent.initials) ||
      text::code_point_count(consent.initials) > kMaxInitialsLength)
    return refuse("consent.initials must be at most " + std::to_string(kMaxInitialsLength) + " letters.");
  if (!consent.photo_consent) return refuse("The photo consent question was not answered.");

  std::set<std::string> initialled;
  for (const SectionInitials& section : consent.sections) {
    const bool known =
        std::any_of(shown.sections.begin(), shown.sections.end(),
                    [&](const forms::DocumentSection& s) { return s.id == section.section_id; });
    const std::string shown_id =
        section.section_id.size() > 64 ? section.section_id.substr(0, 64) + "..." : section.section_id;
    if (!known) return refuse("Consent section '" + shown_id + "' is not in the consent document.");
    if (!initialled.insert(section.section_id).second)
      return refuse("Consent section '" + shown_id + "' was initialled twice.");
    if (!is_timestamp_with_offset(section.initialled_at))
      return refuse("The time consent section '" + shown_id +
                    "' was initialled is not a time with an offset.");
  }
  std::vector<std::string> missing;
  for (const forms::DocumentSection& section : shown.sections)
    if (!initialled.count(section.id)) missing.push_back(section.id);
  if (!missing.empty()) return refuse("Consent sections not initialled: " + joined(missing) + ".");
  return ok_status();
}

Status check_one_signature(const SignatureDrawing& drawing, const std::string& whose) {
  if (drawing.empty()) return session_refusal(kExitSignatureMissing, "There is no " + whose + " signature.");
  if (!(drawing.width > 0) || !(drawing.height > 0))
    return session_refusal(kExitSignatureInvalid, "The " + whose + " signature has no pad width and height.");
  // check_signature is the pad's own rule, so the kiosk and `submit` refuse the same drawings.
  if (!check_signature(drawing))
    return session_refusal(kExitSignatureInvalid,
                           "The " + whose + " signature is too small to be a signature.");
  return ok_status();
}

}  // namespace

Result<CheckedSession> check_session(const forms::FormCatalog& catalog, const IntakeSession& session,
                                     const CalendarDate& visit_date,
                                     std::optional<CalendarDate> last_treatment_date) {
  CheckedSession checked;
  checked.form = catalog.find(session.form_id);
  if (!checked.form) {
    const std::string shown =
        session.form_id.size() > 64 ? session.form_id.substr(0, 64) + "..." : session.form_id;
    return session_refusal(kExitUnknownForm, "There is no valid form '" + shown + "'.");
  }
  const forms::Form& form = *checked.form;
  if (!form.has_language(session.language))
    return session_refusal(kExitLanguageNotOffered,
                           "Form '" + form.id + "' is not offered in the session's language.");

  if (!is_timestamp_with_offset(session.signed_at))
    return session_refusal(kExitSessionMalformed, "signed_at is not a local time with an offset.");
  TRY(check_identity(session, visit_date));
  const CalendarDate birth = *session.patient.birth_date();  // check_identity refused a session without one
  checked.minor = is_minor_on(birth, visit_date);
  TRY(check_guardian_rules(session, checked.minor));

  TRY(check_answer_values(form, session.answers));
  checked.evaluation =
      forms::evaluate(form, {session.answers, birth, visit_date, session.language, last_treatment_date});
  if (!checked.evaluation.missing.empty())
    return session_refusal(kExitAnswersMissing,
                           "Required answers are missing: " + joined(checked.evaluation.missing) + ".");
  if (!checked.evaluation.invalid.empty())
    return session_refusal(kExitAnswerInvalid, "The " + checked.evaluation.invalid.front().message + ".");
  if (checked.minor && std::none_of(checked.evaluation.flags.begin(), checked.evaluation.flags.end(),
                                    [](const forms::Flag& flag) { return flag.code == kMinorFlagCode; })) {
    checked.evaluation.flags.push_back({kMinorFlagCode,
                                        Severity::stop,
                                        "Under 18 on the visit date: a guardian must take part and sign.",
                                        "",
                                        {"date_of_birth"}});
  }

  checked.consent = &form.consent_document(session.language);
  TRY(check_consent(session.consent, *checked.consent));

  TRY(check_one_signature(session.signature, "patient"));
  if (checked.minor) TRY(check_one_signature(*session.guardian_signature, "guardian"));
  return checked;
}

}  // namespace intake::session
