#include "pdf/pdf_labels.hpp"

#include "pdf/consent_pdf.hpp"

namespace intake::pdf {
namespace {

constexpr PdfLabels kEnglish{
    .language = "en",
    .page_n_of_m = "Page {n} of {m}",
    .date_of_birth_short = "DOB",
    .patient = "Patient",
    .guardian = "Parent or legal guardian",
    .name = "Name",
    .date_of_birth = "Date of birth",
    .phone = "Mobile phone",
    .email = "Email",
    .relationship = "Relationship",
    .not_given = "not given",
    .questionnaire = "Health questionnaire",
    .consent = "Consent to treatment",
    .initials_given = "Initialled {initials} at {time}",
    .photographs = "Photographs",
    .photo_question = "I agree that photographs of the treated area may be taken for my clinical record.",
    .yes = "Yes",
    .no = "No",
    .certification = "Certification",
    .signatures = "Signatures",
    .patient_signature = "Patient",
    .guardian_signature = "Parent or legal guardian",
    .printed_name = "Printed name",
    .signed_at = "Signed",
    .meaning = "Meaning",
    .electronic_signature = "Electronic signature",
    .patient_copy = "Patient copy",
    .meaning_patient = "Patient's consent to treatment",
    .meaning_guardian = "Guardian's consent to the treatment of a minor",
    .meaning_practitioner = "Practitioner's review",
    .recorded = "Recorded {time}",
    .clinic_phone = "Phone",
    .out_of_hours = "Out of hours",
    .contact_us = "How to reach us",
    .consent_given = "What I consent to",
    .document_id = "Document ID",
    .form_and_version = "Form and version",
};

constexpr PdfLabels kSpanish{
    .language = "es",
    .page_n_of_m = "Página {n} de {m}",
    .date_of_birth_short = "F. nac.",
    .patient = "Paciente",
    .guardian = "Madre, padre o tutor legal",
    .name = "Nombre",
    .date_of_birth = "Fecha de nacimiento",
    .phone = "Teléfono celular",
    .email = "Correo electrónico",
    .relationship = "Parentesco",
    .not_given = "no indicado",
    .questionnaire = "Cuestionario de salud",
    .consent = "Consentimiento para el tratamiento",
    .initials_given = "Iniciales {initials} · {time}",
    .photographs = "Fotografías",
    .photo_question = "Acepto que se tomen fotografías de la zona tratada para mi historia clínica.",
    .yes = "Sí",
    .no = "No",
    .certification = "Certificación",
    .signatures = "Firmas",
    .patient_signature = "Paciente",
    .guardian_signature = "Madre, padre o tutor legal",
    .printed_name = "Nombre",
    .signed_at = "Firmado",
    .meaning = "Significado",
    .electronic_signature = "Firma electrónica",
    .patient_copy = "Copia para el paciente",
    .meaning_patient = "Consentimiento del paciente al tratamiento",
    .meaning_guardian = "Consentimiento del tutor al tratamiento de un menor",
    .meaning_practitioner = "Revisión del profesional",
    .recorded = "Registrado {time}",
    .clinic_phone = "Teléfono",
    .out_of_hours = "Fuera de horario",
    .contact_us = "Cómo comunicarse con nosotros",
    .consent_given = "Lo que consiento",
    .document_id = "N.º de documento",
    .form_and_version = "Formulario y versión",
};

}  // namespace

const PdfLabels& labels_for(std::string_view language) {
  if (language == "es") return kSpanish;
  return kEnglish;
}

std::string fill_label(std::string_view pattern, std::string_view key, std::string_view value) {
  const std::string needle = "{" + std::string(key) + "}";
  std::string out(pattern);
  for (std::size_t at = out.find(needle); at != std::string::npos; at = out.find(needle, at + value.size())) {
    out.replace(at, needle.size(), value);
  }
  return out;
}

std::string signature_meaning(SignatureRole role, const std::string& language) {
  const PdfLabels& labels = labels_for(language);
  switch (role) {
    case SignatureRole::patient: return std::string(labels.meaning_patient);
    case SignatureRole::guardian: return std::string(labels.meaning_guardian);
    case SignatureRole::practitioner: return std::string(labels.meaning_practitioner);
  }
  return std::string(labels.meaning_patient);
}

}  // namespace intake::pdf
