#include "session/intake_session.hpp"

#include <ctime>
#include <string_view>
#include <variant>

#include "common/secure_memory.hpp"
#include "common/text.hpp"

namespace intake {

namespace {

// The first character of a name (with any combining marks on it), kept as typed: names are
// nearly always written with a capital.
std::string first_character(const std::string& name) {
  std::string out;
  for (const text::CodePoint& cp : text::decode_utf8(name)) {
    if (out.empty() && (cp.value == ' ' || !text::has_visible_text(name.substr(cp.offset, cp.length))))
      continue;
    if (!out.empty() && !text::is_combining_mark(cp.value)) break;
    out.append(name, cp.offset, cp.length);
  }
  return out;
}

void wipe_answers(forms::Answers& answers) {
  for (auto& [id, value] : answers) {
    if (auto* text = std::get_if<std::string>(&value)) secure_wipe(*text);
    if (auto* ids = std::get_if<forms::ChoiceIds>(&value))
      for (auto& choice : *ids) secure_wipe(choice);
  }
  answers.clear();
}

void wipe_signature(SignatureDrawing& drawing) {
  for (auto& stroke : drawing.strokes) secure_wipe(stroke);
  drawing.strokes.clear();
  drawing.width = drawing.height = 0.f;
}

}  // namespace

std::string initials_of(const std::string& given_name, const std::string& family_name) {
  return first_character(given_name) + first_character(family_name);
}

IntakeSession with_normalized_text(const IntakeSession& session) {
  IntakeSession copy = session;
  const auto normalize = [](std::string& value) {
    std::string normalized = text::to_nfc(value);
    if (normalized == value) {
      secure_wipe(normalized);
      return;
    }
    secure_wipe(value);
    value = std::move(normalized);
  };
  normalize(copy.patient.given_name);
  normalize(copy.patient.family_name);
  normalize(copy.patient.phone);
  normalize(copy.patient.email);
  if (copy.guardian) {
    normalize(copy.guardian->name);
    normalize(copy.guardian->relationship);
  }
  normalize(copy.consent.initials);
  for (auto& [id, value] : copy.answers)
    if (auto* answer = std::get_if<std::string>(&value)) normalize(*answer);
  return copy;
}

void IntakeSession::wipe() {
  patient.wipe();
  if (guardian) guardian->wipe();
  guardian.reset();
  wipe_answers(answers);
  secure_wipe(consent.initials);
  for (auto& section : consent.sections) secure_wipe(section.initialled_at);
  consent = {};
  wipe_signature(signature);
  if (guardian_signature) wipe_signature(*guardian_signature);
  guardian_signature.reset();
  secure_wipe(signed_at);
  form_id.clear();
  language = "en";
}

}  // namespace intake
