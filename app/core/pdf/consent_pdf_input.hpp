#pragma once
// Everything the signed consent PDF shows, as plain, already-localized strings.
// The submission code fills this from the form, the session and the store; the PDF module never
// looks at forms or the database, so it renders exactly what it is given and nothing else.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date_time.hpp"
#include "common/patient_identity.hpp"
#include "common/review_decision.hpp"
#include "common/severity.hpp"

namespace intake::pdf {

// One flag raised by the form's rules, for the staff summary at the top of the record.
struct FlagSummary {
  std::string code;  // e.g. "pregnancy"
  Severity severity = Severity::note;
  std::string staff_message;  // why it matters, in the staff's language
  std::string label;          // short words for the code ("Pregnant"); the code when empty
};

enum class PaperSize { a4, letter };

// The clinic as it was when the record was made: kept with the record, so changing the
// settings later never rewrites an old record's pages.
struct ClinicIdentity {
  std::string name;
  std::string address;             // one line, may be empty
  std::string phone;               // may be empty
  std::string out_of_hours_phone;  // may be empty
};

// One question that was shown to the patient, with the answer as they saw it.
struct AnswerEntry {
  std::string question_id;
  std::string question;     // in the patient's language
  std::string answer;       // in the patient's language ("Yes", "2026-03-01", a list, free text)
  std::string question_en;  // English rendering for staff; empty when the patient used English
  std::string answer_en;
  std::optional<Severity> severity;     // set when this answer raised a flag
  std::vector<std::string> flag_codes;  // the flags this answer raised
};

// A piece of a consent or aftercare section: a paragraph or one bullet item.
struct TextBlock {
  enum class Kind { paragraph, bullet };
  Kind kind = Kind::paragraph;
  std::string text;
};

struct ConsentSection {
  std::string id;
  std::string title;
  std::vector<TextBlock> body;
  std::string initials;       // as given by the patient, e.g. "AD"
  std::string initialled_at;  // ISO 8601 with offset, e.g. "2026-11-21T10:42:13+01:00"
};

struct AftercareSection {
  std::string title;
  std::vector<TextBlock> body;
  std::string id = {};  // "call_us": the clinic's contact numbers are printed after this section
};

// One point of a finger/pen stroke in pad coordinates (origin top-left, y grows downwards).
struct StrokePoint {
  double x = 0;
  double y = 0;
  std::int64_t t_ms = 0;  // time since the pad was first touched
};
using Stroke = std::vector<StrokePoint>;

// A signature with its manifestation (21 CFR 11.50 as the model): printed name, when, and meaning.
struct SignatureInput {
  double pad_width = 0;  // the pad's size in the same units as the points
  double pad_height = 0;
  std::vector<Stroke> strokes;
  std::string printed_name;
  std::string signed_at;  // ISO 8601 with offset, e.g. "2026-11-21T10:47:02+01:00"
  std::string time_zone;  // IANA name shown beside the offset, e.g. "Europe/Madrid"; may be empty
  std::string meaning;    // e.g. "Patient's consent to treatment" (see signature_meaning())
};

struct ConsentPdfInput {
  std::string clinic_name;
  // Address and phones printed under the name on every page's header and in the aftercare.
  std::string clinic_address;
  std::string clinic_phone;
  std::string clinic_out_of_hours_phone;
  // The clinic's zone (time_zone names it): times print with its abbreviation when it agrees
  // with the offset they were recorded with; UTC when not set.
  TimeZone zone;
  DateOrder date_order = DateOrder::day_first;
  PaperSize paper_size = PaperSize::a4;
  std::string document_id;     // the record id, e.g. "R-20261121-7F3K9Q"
  std::string document_title;  // in the patient's language
  std::string form_id;         // e.g. "microneedling"
  std::string form_version;    // e.g. "3"
  std::string language;        // patient language: "en", "es", ...
  std::string created_at;      // record creation, ISO 8601 with offset; becomes the PDF CreationDate
  std::string time_zone;       // IANA name of the kiosk's zone, may be empty

  PatientIdentity patient;
  std::optional<GuardianIdentity> guardian;

  std::vector<FlagSummary> flags;
  std::vector<AnswerEntry> answers;

  std::vector<TextBlock> consent_intro;  // the words before the first section, as shown
  // "I consent to micro-needling of my face and neck at Harbour Skin Studio": printed above
  // the signatures; empty for records made before forms had it.
  std::string consent_statement;
  // Set when a STOP flag was raised: what the patient was told before the consent (a
  // practitioner must speak with them first), printed with the signatures.
  std::string stop_notice;
  // Shown beside the signature pad: that signing there is an electronic signature.
  std::string signature_intent;
  std::vector<ConsentSection> consent_sections;
  std::string photo_consent_question;  // as shown; empty = the module's own wording
  bool photo_consent = false;
  std::string consent_sha256_hex;  // SHA-256 of the consent text shown

  std::string certification_statement;  // the text the patient confirmed before signing
  SignatureInput patient_signature;
  std::optional<SignatureInput> guardian_signature;

  std::string verification_code;  // short code staff type to look the record up, e.g. "7F3K-9Q2M"
  std::string qr_payload;         // what the QR code holds (record id + hash, or a lookup URL)

  std::string aftercare_title;             // in the patient's language
  std::vector<TextBlock> aftercare_intro;  // before the first aftercare section
  std::vector<AftercareSection> aftercare;
};

}  // namespace intake::pdf
