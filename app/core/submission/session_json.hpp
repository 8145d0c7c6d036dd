#pragma once
// The patient session as JSON: what `intake-kiosk submit SESSION.json` and integrations send,
// and the JSON pieces the store keeps for a record.
//
// Session format (other keys are allowed and ignored):
//   {"form": "microneedling", "language": "en",
//    "patient": {"given_name", "family_name", "date_of_birth": "YYYY-MM-DD", "phone", "email"},
//    "guardian": {"name", "relationship"},                 // optional (null = absent)
//    "answers": {"pregnant": false, ...},                  // forms::answers_from_json
//    "consent": {"accepted": true, "initials": "AD", "photo_consent": false,
//                "certified": true,                        // optional, default true (see below)
//                "sections": [{"id": "procedure", "initialled_at": "...+01:00"}]},  // optional
//    "signature": {"width": 900, "height": 300, "strokes": [[[x, y, t_ms], ...], ...]},
//    "guardian_signature": {...same shape...},             // optional (null = absent)
//    "signed_at": "2026-11-21T10:47:02+01:00"}             // optional
//
// Defaults a file cannot express otherwise:
// - no "signed_at": the local time when the file is read (a CLI submit signs now);
// - no "consent.sections": every section of the consent document in that language counts as
//   initialled at signed_at with consent.initials;
// - no "consent.certified": true. A session file stands for a patient who went through the
//   review step; "certified": false is refused like any other incomplete consent.
//
// Errors name the field ("patient.date_of_birth must be a real date written YYYY-MM-DD.") and
// never repeat a value the patient gave.
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "common/result.hpp"
#include "forms/evaluation.hpp"
#include "forms/form.hpp"
#include "forms/form_catalog.hpp"
#include "session/intake_session.hpp"

namespace intake::submission {

// Parses a whole session. The form must be in `catalog` (its questions type the answers) and
// offered in the session's language. Codes: kExitSessionMalformed, kExitUnknownForm,
// kExitLanguageNotOffered, kExitAnswerInvalid (from forms::answers_from_json).
// A session without signed_at is signed `signed_now` (the caller's Clock::offset_now()).
Result<IntakeSession> session_from_json(const forms::FormCatalog& catalog, const nlohmann::json& session,
                                        std::string_view signed_now = {});

// The same, from JSON text (the CLI's file or stdin). Text that is not JSON is kExitSessionMalformed.
Result<IntakeSession> session_from_json_text(const forms::FormCatalog& catalog, const std::string& text,
                                             std::string_view signed_now = {});

// --- what the store keeps (store::NewRecord's JSON fields) -------------------------------

// {"width": .., "height": .., "strokes": [[[x, y, t_ms], ...], ...]}: the session's own shape.
nlohmann::json signature_to_json(const SignatureDrawing& drawing);

// Shown questions only (Evaluation::kept), dates as "YYYY-MM-DD".
std::string answers_json_for_store(const forms::Form& form, const forms::Evaluation& evaluation);

// {"accepted": true, "certified": true, "initials": "AD", "photo_consent": false,
//  "document": {"language": "en", "title": "...", "sha256": "..."},
//  "sections": [{"id": "procedure", "initialled_at": "..."}, ...],  (in document order)
//  "pdf": {...}}  (`pdf_context`, when given: what the PDF printed that the record has nowhere
//                  else, so the PDF can be rendered again byte for byte; see record_rerender.hpp)
std::string consent_json_for_store(const ConsentAcceptance& consent, const forms::Document& shown,
                                   const nlohmann::json* pdf_context = nullptr);

// Back from the store: the consent acceptance in consent_json (kExitSessionMalformed if it is
// not of the shape above) and a signature in the session's shape (`field` names it in errors).
Result<ConsentAcceptance> consent_from_stored_json(const nlohmann::json& consent);
Result<SignatureDrawing> signature_from_json(const nlohmann::json& signature, const std::string& field);

std::string signature_json_for_store(const SignatureDrawing& drawing);

}  // namespace intake::submission
