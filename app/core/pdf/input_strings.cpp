#include "pdf/input_strings.hpp"

namespace intake::pdf {
namespace {

void visit_blocks(std::vector<TextBlock>& blocks, const StringVisitor& visit) {
  for (TextBlock& block : blocks) visit(block.text);
}

}  // namespace

void for_each_string(SignatureInput& s, const StringVisitor& visit) {
  visit(s.printed_name);
  visit(s.signed_at);
  visit(s.time_zone);
  visit(s.meaning);
}

void for_each_string(ConsentPdfInput& in, const StringVisitor& visit) {
  for (std::string* s : {&in.clinic_name,
                         &in.clinic_address,
                         &in.clinic_phone,
                         &in.clinic_out_of_hours_phone,
                         &in.consent_statement,
                         &in.stop_notice,
                         &in.signature_intent,
                         &in.document_id,
                         &in.document_title,
                         &in.form_id,
                         &in.form_version,
                         &in.language,
                         &in.created_at,
                         &in.time_zone,
                         &in.patient.given_name,
                         &in.patient.family_name,
                         &in.patient.date_of_birth,
                         &in.patient.phone,
                         &in.patient.email,
                         &in.photo_consent_question,
                         &in.consent_sha256_hex,
                         &in.certification_statement,
                         &in.verification_code,
                         &in.qr_payload,
                         &in.aftercare_title}) {
    visit(*s);
  }
  if (in.guardian) {
    visit(in.guardian->name);
    visit(in.guardian->relationship);
  }
  for (FlagSummary& flag : in.flags) {
    visit(flag.code);
    visit(flag.staff_message);
    visit(flag.label);
  }
  for (AnswerEntry& a : in.answers) {
    for (std::string* s : {&a.question_id, &a.question, &a.answer, &a.question_en, &a.answer_en}) {
      visit(*s);
    }
    for (std::string& code : a.flag_codes) visit(code);
  }
  visit_blocks(in.consent_intro, visit);
  visit_blocks(in.aftercare_intro, visit);
  for (ConsentSection& section : in.consent_sections) {
    visit(section.id);
    visit(section.title);
    visit_blocks(section.body, visit);
    visit(section.initials);
    visit(section.initialled_at);
  }
  for_each_string(in.patient_signature, visit);
  if (in.guardian_signature) for_each_string(*in.guardian_signature, visit);
  for (AftercareSection& section : in.aftercare) {
    visit(section.id);
    visit(section.title);
    visit_blocks(section.body, visit);
  }
}

void for_each_string(PractitionerReview& review, const StringVisitor& visit) {
  visit(review.note);
  for (ClearingReason& reason : review.reasons) {
    visit(reason.code);
    visit(reason.label);
    visit(reason.reason);
  }
  visit(review.role);
  visit(review.original_pdf_sha256);
  for_each_string(review.countersignature, visit);
}

}  // namespace intake::pdf
