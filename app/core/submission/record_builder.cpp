#include "submission/record_builder.hpp"

#include <algorithm>

#include "common/secure_memory.hpp"
#include "forms/consent_words.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf/input_strings.hpp"
#include "submission/answer_display.hpp"
#include "submission/check_code.hpp"
#include "submission/session_json.hpp"
#include "submission/submission_error.hpp"

namespace intake::submission {
namespace {

std::vector<pdf::TextBlock> text_blocks(const std::vector<forms::DocumentBlock>& blocks) {
  std::vector<pdf::TextBlock> out;
  for (const forms::DocumentBlock& block : blocks) {
    if (block.kind == forms::DocumentBlock::Kind::paragraph) {
      out.push_back({pdf::TextBlock::Kind::paragraph, block.text});
    } else {
      for (const std::string& item : block.items) out.push_back({pdf::TextBlock::Kind::bullet, item});
    }
  }
  return out;
}

pdf::SignatureInput signature_input(const SignatureDrawing& drawing, std::string printed_name,
                                    const std::string& signed_at, const std::string& time_zone,
                                    std::string meaning) {
  pdf::SignatureInput input;
  input.pad_width = drawing.width;
  input.pad_height = drawing.height;
  for (const Stroke& stroke : drawing.strokes) {
    pdf::Stroke points;
    points.reserve(stroke.size());
    for (const StrokePoint& point : stroke) points.push_back({point.x, point.y, point.t_ms});
    input.strokes.push_back(std::move(points));
  }
  input.printed_name = std::move(printed_name);
  input.signed_at = signed_at;
  input.time_zone = time_zone;
  input.meaning = std::move(meaning);
  return input;
}

std::vector<pdf::AnswerEntry> answer_entries(const session::CheckedSession& checked,
                                             const std::string& language) {
  const bool english = language == "en";
  std::vector<AnswerLine> lines = answer_lines(*checked.form, checked.evaluation, language);
  std::vector<AnswerLine> lines_en;
  if (!english) lines_en = answer_lines(*checked.form, checked.evaluation, "en");
  std::vector<pdf::AnswerEntry> entries;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    pdf::AnswerEntry entry;
    entry.question_id = lines[i].question_id;
    entry.question = std::move(lines[i].question);
    entry.answer = std::move(lines[i].answer);
    if (!english) {
      entry.question_en = std::move(lines_en[i].question);
      entry.answer_en = std::move(lines_en[i].answer);
    }
    std::optional<Severity> worst;
    for (const forms::Flag& flag : checked.evaluation.flags) {
      if (std::find(flag.questions.begin(), flag.questions.end(), entry.question_id) == flag.questions.end())
        continue;
      entry.flag_codes.push_back(flag.code);
      if (!worst || more_severe(flag.severity, *worst)) worst = flag.severity;
    }
    if (worst) entry.severity = *worst;
    entries.push_back(std::move(entry));
  }
  for (AnswerLine& line : lines) secure_wipe(line.answer);
  for (AnswerLine& line : lines_en) secure_wipe(line.answer);
  return entries;
}

}  // namespace

nlohmann::json pdf_context_to_json(const PdfContext& context) {
  nlohmann::json json = {{"clinic_name", context.clinic_name},
                         {"created_at_local", context.created_at_local},
                         {"time_zone", context.time_zone},
                         {"visit_date", to_iso(context.visit_date)}};
  if (context.last_treatment_date) json["last_treatment_date"] = to_iso(*context.last_treatment_date);
  json["clinic_address"] = context.clinic_address;
  json["clinic_phone"] = context.clinic_phone;
  json["clinic_out_of_hours_phone"] = context.clinic_out_of_hours_phone;
  json["date_order"] = std::string(date_order_text(context.date_order));
  json["paper_size"] = context.paper_size == pdf::PaperSize::letter ? "letter" : "a4";
  return json;
}

Result<PdfContext> pdf_context_from_json(const nlohmann::json& json) {
  const auto text = [&](const char* key) -> const std::string* {
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
  };
  const std::string *clinic = text("clinic_name"), *created = text("created_at_local"),
                    *zone = text("time_zone"), *visit = text("visit_date");
  const auto visit_date = visit ? parse_calendar_date(*visit) : std::nullopt;
  if (!json.is_object() || !clinic || !created || !zone || !visit_date)
    return Error{
        "The record does not keep what its PDF printed (consent_json has no complete \"pdf\" object).",
        kExitSessionMalformed};
  PdfContext context{*clinic, *created, *zone, *visit_date, ""};
  if (const std::string* last = text("last_treatment_date")) {
    context.last_treatment_date = parse_calendar_date(*last);
    if (!context.last_treatment_date)
      return Error{"The record's last_treatment_date is not a date.", kExitSessionMalformed};
  }
  if (const std::string* address = text("clinic_address")) context.clinic_address = *address;
  if (const std::string* phone = text("clinic_phone")) context.clinic_phone = *phone;
  if (const std::string* phone = text("clinic_out_of_hours_phone"))
    context.clinic_out_of_hours_phone = *phone;
  if (const std::string* order = text("date_order"))
    context.date_order = parse_date_order(*order).value_or(DateOrder::day_first);
  if (const std::string* paper = text("paper_size"); paper && *paper == "letter")
    context.paper_size = pdf::PaperSize::letter;
  return context;
}

store::NewRecord make_new_record(const session::CheckedSession& checked, const IntakeSession& session,
                                 const store::RecordIdentity& identity, const std::string& actor,
                                 const PdfContext& context) {
  const forms::Form& form = *checked.form;
  store::NewRecord record;
  record.id = identity.id;
  record.created_at = identity.created_at;
  record.signed_at = session.signed_at;
  record.form_id = form.id;
  record.form_version = form.version;
  record.consent_sha256 = checked.consent->sha256_hex;
  record.language = session.language;
  record.patient = session.patient;
  if (checked.minor && session.guardian) record.guardian = *session.guardian;
  record.answers_json = answers_json_for_store(form, checked.evaluation);
  for (const forms::Flag& flag : checked.evaluation.flags)
    record.flags.push_back({flag.code, flag.severity, flag.staff_message, flag.questions});
  const nlohmann::json stored_context = pdf_context_to_json(context);
  record.consent_json = consent_json_for_store(session.consent, *checked.consent, &stored_context);
  record.photo_consent = session.consent.photo_consent.value_or(false);
  record.signature_json = signature_json_for_store(session.signature);
  if (record.guardian && session.guardian_signature)
    record.guardian_signature_json = signature_json_for_store(*session.guardian_signature);
  record.actor = actor;
  return record;
}

std::string default_certification(const std::string& language) {
  if (language == "es")
    return "He revisado mis respuestas y son correctas y completas. Entiendo que mi firma electrónica "
           "vale lo mismo que mi firma a mano.";
  return "I have checked my answers and they are correct and complete. I understand that my electronic "
         "signature counts the same as my handwritten signature.";
}

pdf::ConsentPdfInput make_consent_pdf_input(const session::CheckedSession& checked,
                                            const IntakeSession& session, const store::NewRecord& record,
                                            const PdfContext& context) {
  const forms::Form& form = *checked.form;
  const std::string& language = session.language;
  const forms::Document& consent = *checked.consent;
  const forms::Document& aftercare = form.aftercare_document(language);

  pdf::ConsentPdfInput input;
  input.clinic_name = context.clinic_name;
  input.clinic_address = context.clinic_address;
  input.clinic_phone = context.clinic_phone;
  input.clinic_out_of_hours_phone = context.clinic_out_of_hours_phone;
  input.zone = context.zone;
  input.date_order = context.date_order;
  input.paper_size = context.paper_size;
  input.document_id = record.id;
  input.document_title = consent.title;
  input.form_id = form.id;
  input.form_version = form.version;
  input.language = language;
  input.created_at = context.created_at_local;
  input.time_zone = context.time_zone;
  input.patient = record.patient;
  input.guardian = record.guardian;

  // The archive's staff pages are in English: the flag's English label beside its code's place.
  for (const forms::Flag& flag : checked.evaluation.flags)
    input.flags.push_back(
        {flag.code, flag.severity, flag.staff_message, forms::flag_words(&form, flag.code, "en").label});
  input.answers = answer_entries(checked, language);

  input.consent_intro = text_blocks(consent.intro);
  input.consent_statement =
      forms::consent_statement(form, checked.evaluation.kept, language, context.clinic_name);
  if (checked.evaluation.has_stop_flag()) input.stop_notice = forms::localized(form.stop_notice, language);
  input.signature_intent = forms::localized(form.signature_intent, language);
  for (const forms::DocumentSection& section : consent.sections) {
    pdf::ConsentSection out{section.id, section.title, text_blocks(section.blocks), session.consent.initials,
                            ""};
    for (const SectionInitials& initials : session.consent.sections)
      if (initials.section_id == section.id) out.initialled_at = initials.initialled_at;
    input.consent_sections.push_back(std::move(out));
  }
  input.photo_consent_question = forms::localized(form.photo_consent, language);
  input.photo_consent = session.consent.photo_consent.value_or(false);
  input.consent_sha256_hex = consent.sha256_hex;

  input.certification_statement = forms::localized(form.certification, language);
  if (input.certification_statement.empty()) input.certification_statement = default_certification(language);
  input.patient_signature =
      signature_input(session.signature, session.patient.full_name(), session.signed_at, context.time_zone,
                      pdf::signature_meaning(pdf::SignatureRole::patient, language));
  if (record.guardian && session.guardian_signature)
    input.guardian_signature =
        signature_input(*session.guardian_signature, record.guardian->name, session.signed_at,
                        context.time_zone, pdf::signature_meaning(pdf::SignatureRole::guardian, language));

  input.verification_code = context.check_code;
  input.qr_payload = verification_qr_payload(record.id, context.check_code);

  input.aftercare_title = aftercare.title;
  input.aftercare_intro = text_blocks(aftercare.intro);
  for (const forms::DocumentSection& section : aftercare.sections)
    input.aftercare.push_back({section.title, text_blocks(section.blocks), section.id});
  return input;
}

void wipe_pdf_input(pdf::ConsentPdfInput& input) {
  pdf::for_each_string(input, [](std::string& text) { secure_wipe(text); });
  for (pdf::Stroke& stroke : input.patient_signature.strokes) secure_wipe(stroke);
  if (input.guardian_signature)
    for (pdf::Stroke& stroke : input.guardian_signature->strokes) secure_wipe(stroke);
  input = {};
}

}  // namespace intake::submission
