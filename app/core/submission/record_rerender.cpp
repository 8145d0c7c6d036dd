#include "submission/record_rerender.hpp"

#include <nlohmann/json.hpp>

#include "common/try.hpp"
#include "session/session_checks.hpp"
#include "submission/check_code.hpp"
#include "submission/json_wipe.hpp"
#include "submission/record_builder.hpp"
#include "submission/session_json.hpp"
#include "submission/submission_error.hpp"
#include "submission/submit_session.hpp"

namespace intake::submission {
namespace {

using nlohmann::json;

Error stored_shape(const std::string& what) {
  return submission_error(kExitSessionMalformed,
                          "The stored record's " + what + " is not what submit wrote.");
}

// The session as the patient finished it, read back from the record's columns.
Result<IntakeSession> session_from_record(const store::Record& record, const forms::Form& form,
                                          const json& consent) {
  IntakeSession session;
  session.form_id = record.form_id;
  session.language = record.language;
  session.patient = record.patient;
  session.guardian = record.guardian;
  session.signed_at = record.signed_at;

  json answers = json::parse(record.answers_json, nullptr, false);
  auto parsed = forms::answers_from_json(form, answers);
  wipe_json(answers);
  if (!parsed) return stored_shape("answers");
  session.answers = std::move(parsed->answers);

  auto acceptance = consent_from_stored_json(consent);
  if (!acceptance) return stored_shape("consent");
  session.consent = std::move(*acceptance);

  json signature = json::parse(record.signature_json, nullptr, false);
  auto drawing = signature_from_json(signature, "signature");
  wipe_json(signature);
  if (!drawing) return stored_shape("signature");
  session.signature = std::move(*drawing);
  if (!record.guardian_signature_json.empty()) {
    json guardian = json::parse(record.guardian_signature_json, nullptr, false);
    auto guardian_drawing = signature_from_json(guardian, "guardian_signature");
    wipe_json(guardian);
    if (!guardian_drawing) return stored_shape("guardian signature");
    session.guardian_signature = std::move(*guardian_drawing);
  }
  return session;
}

}  // namespace

Result<pdf::ConsentPdfInput> rebuild_consent_pdf_input(const store::Record& record,
                                                       const forms::FormCatalog& catalog) {
  const forms::Form* form = catalog.find(record.form_id);
  if (!form || form->version != record.form_version)
    return submission_error(kExitUnknownForm, "Record " + record.id + " was made with form '" +
                                                  record.form_id + "' version " + record.form_version +
                                                  ", which is not loaded.");
  json consent = json::parse(record.consent_json, nullptr, false);
  if (!consent.is_object() || !consent.contains("pdf")) return stored_shape("consent");
  auto context = TRY(pdf_context_from_json(consent["pdf"]));
  context.zone = record_time_zone(context.time_zone);

  auto session = session_from_record(record, *form, consent);
  wipe_json(consent);
  if (!session) return session.error();
  auto checked = session::check_session(catalog, *session, context.visit_date, context.last_treatment_date);
  if (!checked) {
    session->wipe();
    return checked.error();
  }
  store::NewRecord rebuilt =
      make_new_record(*checked, *session, {record.id, record.created_at}, "rerender", context);
  context.check_code = record_check_code(record);
  pdf::ConsentPdfInput input = make_consent_pdf_input(*checked, *session, rebuilt, context);
  store::secure_wipe(rebuilt);
  session->wipe();
  return input;
}

}  // namespace intake::submission
