#include "submission/session_json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "submission/json_wipe.hpp"
#include "submission/submission_error.hpp"
#include "submission/untrusted_json.hpp"

namespace intake::submission {
namespace {

using nlohmann::json;

// Far more than any drawn signature (a minute of drawing at 120 Hz is ~7,000 points); bounds
// the memory and the PDF a hostile file could ask for.
constexpr std::size_t kMaxSignaturePoints = 50000;

Error malformed(const std::string& message) { return submission_error(kExitSessionMalformed, message); }

// A member that may be absent or null: nullptr then.
const json* member(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

Status read_string(const json& object, const char* key, const std::string& field, bool required,
                   std::string& out) {
  const json* value = member(object, key);
  if (!value) {
    if (required) return malformed(field + " is missing.");
    return ok_status();
  }
  if (!value->is_string()) return malformed(field + " must be a string.");
  out = value->get<std::string>();
  return ok_status();
}

Status read_bool(const json& object, const char* key, const std::string& field, bool required,
                 std::optional<bool>& out) {
  const json* value = member(object, key);
  if (!value) {
    if (required) return malformed(field + " is missing.");
    return ok_status();
  }
  if (!value->is_boolean()) return malformed(field + " must be true or false.");
  out = value->get<bool>();
  return ok_status();
}

Status read_patient(const json& session, PatientIdentity& patient) {
  const json* object = member(session, "patient");
  if (!object) return malformed("patient is missing.");
  if (!object->is_object()) return malformed("patient must be an object.");
  TRY(read_string(*object, "given_name", "patient.given_name", true, patient.given_name));
  TRY(read_string(*object, "family_name", "patient.family_name", true, patient.family_name));
  TRY(read_string(*object, "date_of_birth", "patient.date_of_birth", true, patient.date_of_birth));
  if (!patient.birth_date()) {
    secure_wipe(patient.date_of_birth);
    return malformed("patient.date_of_birth must be a real date written YYYY-MM-DD.");
  }
  TRY(read_string(*object, "phone", "patient.phone", true, patient.phone));
  return read_string(*object, "email", "patient.email", false, patient.email);
}

Status read_guardian(const json& session, std::optional<GuardianIdentity>& guardian) {
  const json* object = member(session, "guardian");
  if (!object) return ok_status();
  if (!object->is_object()) return malformed("guardian must be an object (or null when there is none).");
  GuardianIdentity read;
  TRY(read_string(*object, "name", "guardian.name", true, read.name));
  TRY(read_string(*object, "relationship", "guardian.relationship", true, read.relationship));
  guardian = std::move(read);
  return ok_status();
}

Status read_signature(const json& value, const std::string& field, SignatureDrawing& drawing) {
  if (!value.is_object()) return malformed(field + " must be an object with width, height and strokes.");
  const json* width = member(value, "width");
  const json* height = member(value, "height");
  if (!width || !width->is_number() || !height || !height->is_number())
    return malformed(field + ".width and " + field + ".height must be numbers.");
  const double w = width->get<double>(), h = height->get<double>();
  if (!std::isfinite(w) || !std::isfinite(h) || w > 1e6 || h > 1e6)
    return malformed(field + ".width and " + field + ".height are out of range.");
  drawing.width = static_cast<float>(w);
  drawing.height = static_cast<float>(h);
  const json* strokes = member(value, "strokes");
  if (!strokes || !strokes->is_array()) return malformed(field + ".strokes must be a list of strokes.");
  std::size_t total = 0;
  for (std::size_t s = 0; s < strokes->size(); ++s) {
    const json& stroke = (*strokes)[s];
    const std::string where = field + ".strokes[" + std::to_string(s) + "]";
    if (!stroke.is_array()) return malformed(where + " must be a list of [x, y, t_ms] points.");
    Stroke points;
    points.reserve(stroke.size());
    for (std::size_t p = 0; p < stroke.size(); ++p) {
      const json& point = stroke[p];
      if (!point.is_array() || point.size() != 3 || !point[0].is_number() || !point[1].is_number() ||
          !point[2].is_number())
        return malformed(where + "[" + std::to_string(p) + "] must be [x, y, t_ms] numbers.");
      const double x = point[0].get<double>(), y = point[1].get<double>(), t = point[2].get<double>();
      if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(t) || std::abs(x) > 1e6 ||
          std::abs(y) > 1e6 || t < 0 || t > 1e10)
        return malformed(where + "[" + std::to_string(p) + "] is out of range.");
      points.push_back({static_cast<float>(x), static_cast<float>(y), static_cast<std::int64_t>(t)});
      if (++total > kMaxSignaturePoints)
        return malformed(field + " has more than " + std::to_string(kMaxSignaturePoints) + " points.");
    }
    drawing.strokes.push_back(std::move(points));
  }
  return ok_status();
}

Status read_consent(const json& session, const forms::Form& form, IntakeSession& out) {
  const json* object = member(session, "consent");
  if (!object) return malformed("consent is missing.");
  if (!object->is_object()) return malformed("consent must be an object.");
  std::optional<bool> accepted, certified;
  TRY(read_bool(*object, "accepted", "consent.accepted", true, accepted));
  out.consent.accepted = *accepted;
  TRY(read_string(*object, "initials", "consent.initials", true, out.consent.initials));
  if (auto st =
          read_bool(*object, "photo_consent", "consent.photo_consent", false, out.consent.photo_consent);
      !st)
    return st;
  TRY(read_bool(*object, "certified", "consent.certified", false, certified));
  out.consent.certified = certified.value_or(true);

  const json* sections = member(*object, "sections");
  if (!sections) {
    // Every section of the document the patient saw, initialled when they signed.
    for (const forms::DocumentSection& section : form.consent_document(out.language).sections)
      out.consent.sections.push_back({section.id, out.signed_at});
    return ok_status();
  }
  if (!sections->is_array()) return malformed("consent.sections must be a list of {id, initialled_at}.");
  for (std::size_t i = 0; i < sections->size(); ++i) {
    const json& section = (*sections)[i];
    const std::string where = "consent.sections[" + std::to_string(i) + "]";
    if (!section.is_object()) return malformed(where + " must be an object with id and initialled_at.");
    SectionInitials initials;
    TRY(read_string(section, "id", where + ".id", true, initials.section_id));
    if (auto st =
            read_string(section, "initialled_at", where + ".initialled_at", true, initials.initialled_at);
        !st)
      return st;
    out.consent.sections.push_back(std::move(initials));
  }
  return ok_status();
}

Result<IntakeSession> parse_session(const forms::FormCatalog& catalog, const json& session,
                                    std::string_view signed_now) {
  if (!session.is_object()) return malformed("The session must be a JSON object.");
  IntakeSession out;
  TRY(read_string(session, "form", "form", true, out.form_id));
  const forms::Form* form = catalog.find(out.form_id);
  if (!form) {
    // Form ids are ours, not patient data; cap what an odd file could make us print.
    const std::string shown = out.form_id.size() > 64 ? out.form_id.substr(0, 64) + "..." : out.form_id;
    return submission_error(kExitUnknownForm, "There is no valid form '" + shown + "'.");
  }
  TRY(read_string(session, "language", "language", true, out.language));
  if (!form->has_language(out.language))
    return submission_error(kExitLanguageNotOffered,
                            "Form '" + form->id + "' is not offered in the session's language.");
  TRY(read_string(session, "signed_at", "signed_at", false, out.signed_at));
  if (out.signed_at.empty()) out.signed_at = std::string(signed_now);

  TRY(read_patient(session, out.patient));
  TRY(read_guardian(session, out.guardian));

  const json* answers = member(session, "answers");
  if (!answers) return malformed("answers is missing.");
  if (!answers->is_object()) return malformed("answers must be an object mapping question ids to answers.");
  auto parsed = forms::answers_from_json(*form, *answers);
  if (!parsed) return submission_error(kExitAnswerInvalid, "answers: " + parsed.error().message + ".");
  if (parsed->date_of_birth && parsed->date_of_birth != out.patient.birth_date())
    return malformed("answers.date_of_birth differs from patient.date_of_birth.");
  out.answers = std::move(parsed->answers);

  TRY(read_consent(session, *form, out));

  const json* signature = member(session, "signature");
  if (!signature) return malformed("signature is missing.");
  TRY(read_signature(*signature, "signature", out.signature));
  if (const json* guardian_signature = member(session, "guardian_signature")) {
    SignatureDrawing drawing;
    TRY(read_signature(*guardian_signature, "guardian_signature", drawing));
    out.guardian_signature = std::move(drawing);
  }
  return out;
}

}  // namespace

Result<IntakeSession> session_from_json(const forms::FormCatalog& catalog, const json& session,
                                        std::string_view signed_now) {
  return parse_session(catalog, session, signed_now);
}

Result<IntakeSession> session_from_json_text(const forms::FormCatalog& catalog, const std::string& text,
                                             std::string_view signed_now) {
  auto parsed = TRY(parse_untrusted_json(text, "The session", kExitSessionMalformed));
  json& session = parsed;
  Result<IntakeSession> result = parse_session(catalog, session, signed_now);
  wipe_json(session);
  return result;
}

Result<ConsentAcceptance> consent_from_stored_json(const json& consent) {
  if (!consent.is_object()) return malformed("The stored consent is not a JSON object.");
  ConsentAcceptance out;
  std::optional<bool> accepted, certified;
  TRY(read_bool(consent, "accepted", "consent.accepted", true, accepted));
  TRY(read_bool(consent, "certified", "consent.certified", true, certified));
  out.accepted = *accepted;
  out.certified = *certified;
  TRY(read_string(consent, "initials", "consent.initials", true, out.initials));
  TRY(read_bool(consent, "photo_consent", "consent.photo_consent", true, out.photo_consent));
  const json* sections = member(consent, "sections");
  if (!sections || !sections->is_array()) return malformed("The stored consent has no list of sections.");
  for (const json& section : *sections) {
    if (!section.is_object()) return malformed("A stored consent section is not an object.");
    SectionInitials initials;
    TRY(read_string(section, "id", "consent.sections[].id", true, initials.section_id));
    if (auto st = read_string(section, "initialled_at", "consent.sections[].initialled_at", true,
                              initials.initialled_at);
        !st)
      return st.error();
    out.sections.push_back(std::move(initials));
  }
  return out;
}

Result<SignatureDrawing> signature_from_json(const json& signature, const std::string& field) {
  SignatureDrawing drawing;
  TRY(read_signature(signature, field, drawing));
  return drawing;
}

json signature_to_json(const SignatureDrawing& drawing) {
  json strokes = json::array();
  for (const Stroke& stroke : drawing.strokes) {
    json points = json::array();
    for (const StrokePoint& point : stroke) points.push_back(json::array({point.x, point.y, point.t_ms}));
    strokes.push_back(std::move(points));
  }
  return {{"width", drawing.width}, {"height", drawing.height}, {"strokes", std::move(strokes)}};
}

std::string answers_json_for_store(const forms::Form& form, const forms::Evaluation& evaluation) {
  json answers = forms::answers_to_json(form, evaluation.kept);
  std::string text = answers.dump();
  wipe_json(answers);
  return text;
}

std::string consent_json_for_store(const ConsentAcceptance& consent, const forms::Document& shown,
                                   const json* pdf_context) {
  json sections = json::array();
  for (const forms::DocumentSection& section : shown.sections) {
    for (const SectionInitials& initials : consent.sections) {
      if (initials.section_id != section.id) continue;
      sections.push_back({{"id", section.id}, {"initialled_at", initials.initialled_at}});
      break;
    }
  }
  json object = {
      {"accepted", consent.accepted},
      {"certified", consent.certified},
      {"initials", consent.initials},
      {"photo_consent", consent.photo_consent.value_or(false)},
      {"document", {{"language", shown.language}, {"title", shown.title}, {"sha256", shown.sha256_hex}}},
      {"sections", std::move(sections)}};
  if (pdf_context) object["pdf"] = *pdf_context;
  std::string text = object.dump();
  wipe_json(object);
  return text;
}

std::string signature_json_for_store(const SignatureDrawing& drawing) {
  json object = signature_to_json(drawing);
  std::string text = object.dump();
  wipe_json(object);
  return text;
}

}  // namespace intake::submission
