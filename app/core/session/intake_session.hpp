#pragma once
// One patient's check-in while it is being filled in, and the whole of what is submitted.
// The kiosk screens edit it; `intake-kiosk submit SESSION.json` parses it from JSON; both hand
// it to the same submission function. It holds patient data: wipe() it when the session ends.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/calendar_date.hpp"
#include "common/patient_identity.hpp"
#include "forms/answers.hpp"

namespace intake {

struct StrokePoint {
  float x = 0.f;  // pad coordinates, origin top-left, in the pad's own width/height units
  float y = 0.f;
  std::int64_t t_ms = 0;  // milliseconds since the stroke set began
};
using Stroke = std::vector<StrokePoint>;

struct SignatureDrawing {
  float width = 0.f;  // the pad's size when it was drawn
  float height = 0.f;
  std::vector<Stroke> strokes;
  bool empty() const { return strokes.empty(); }
};

struct SectionInitials {
  std::string section_id;     // consent section id, e.g. "procedure"
  std::string initialled_at;  // local time with offset, "2026-11-21T10:42:07+01:00"
};

struct ConsentAcceptance {
  bool accepted = false;  // "I have read this" after reaching the end of the document
  std::string initials;   // confirmed once, used for every section
  std::optional<bool> photo_consent;
  std::vector<SectionInitials> sections;
  bool certified = false;  // the review step: answers correct, e-signature = handwritten
};

struct IntakeSession {
  std::string form_id;
  std::string language = "en";
  PatientIdentity patient;
  std::optional<GuardianIdentity> guardian;
  forms::Answers answers;
  ConsentAcceptance consent;
  SignatureDrawing signature;
  std::optional<SignatureDrawing> guardian_signature;
  std::string signed_at;  // local time with offset when the patient tapped Done on the pad

  // Zeroes every string and stroke (secure_wipe) and resets to an empty session.
  void wipe();
};

// Initials from a name as shown to the patient for confirmation: "Zoë Łukasiewicz" -> "ZŁ".
std::string initials_of(const std::string& given_name, const std::string& family_name);

// A copy whose typed text (names, phone, e-mail, guardian, initials, text answers) is in
// Unicode NFC, so the same name is stored, compared and searched one way. Wipe the copy too.
IntakeSession with_normalized_text(const IntakeSession& session);

}  // namespace intake
