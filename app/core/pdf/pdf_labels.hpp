#pragma once
// The few fixed words the PDF prints in the patient's language (headings, field names,
// "Page N of M"). Everything else the patient reads comes from the form, already translated.
// Staff-only blocks (flag summary, integrity block, practitioner review) are in English.
#include <string>
#include <string_view>

namespace intake::pdf {

struct PdfLabels {
  std::string_view language;
  std::string_view page_n_of_m;  // "{n}" and "{m}" are replaced
  std::string_view date_of_birth_short;
  std::string_view patient;
  std::string_view guardian;
  std::string_view name;
  std::string_view date_of_birth;
  std::string_view phone;
  std::string_view email;
  std::string_view relationship;
  std::string_view not_given;
  std::string_view questionnaire;
  std::string_view consent;
  std::string_view initials_given;  // "Initials {initials} · {time}"
  std::string_view photographs;
  std::string_view photo_question;  // used when the form gives no wording
  std::string_view yes;
  std::string_view no;
  std::string_view certification;
  std::string_view signatures;
  std::string_view patient_signature;
  std::string_view guardian_signature;
  std::string_view printed_name;
  std::string_view signed_at;
  std::string_view meaning;
  std::string_view electronic_signature;
  std::string_view patient_copy;
  std::string_view meaning_patient;
  std::string_view meaning_guardian;
  std::string_view meaning_practitioner;
  std::string_view recorded;       // "Recorded {time}"
  std::string_view clinic_phone;   // "Phone"
  std::string_view out_of_hours;   // "Out of hours"
  std::string_view contact_us;     // heading of the aftercare's contact box
  std::string_view consent_given;  // heading of the consent sentence above the signatures
  std::string_view document_id;
  std::string_view form_and_version;
};

// English for any language without its own table, so a new form language still renders.
const PdfLabels& labels_for(std::string_view language);

// Replaces every "{key}" in pattern with value.
std::string fill_label(std::string_view pattern, std::string_view key, std::string_view value);

}  // namespace intake::pdf
