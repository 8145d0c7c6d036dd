#include "submission/submit_session.hpp"

#include <ctime>

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "common/try.hpp"
#include "session/session_checks.hpp"
#include "signing/pdf_signer.hpp"
#include "store/device_certificates.hpp"
#include "store/record_write.hpp"
#include "store/settings.hpp"
#include "store/visit_history.hpp"
#include "submission/check_code.hpp"
#include "submission/record_builder.hpp"
#include "submission/submission_error.hpp"

namespace intake::submission {
namespace {

// Wipes our copies of patient data however submit_session leaves: the answers the evaluation
// kept, the record with its PDF bytes, and the PDF input.
struct WipeOnExit {
  forms::Answers& kept;
  store::NewRecord& record;
  pdf::ConsentPdfInput& input;
  ~WipeOnExit() {
    for (auto& [id, value] : kept) {
      if (auto* text = std::get_if<std::string>(&value)) secure_wipe(*text);
      if (auto* ids = std::get_if<forms::ChoiceIds>(&value))
        for (std::string& choice : *ids) secure_wipe(choice);
    }
    kept.clear();
    store::secure_wipe(record);
    wipe_pdf_input(input);
  }
};

}  // namespace

Result<std::string> clinic_name_for_pdf(store::Store& store) {
  auto setting = TRY(store::get_setting(store, "clinic_name"));
  if (setting && setting->find_first_not_of(' ') != std::string::npos) return *setting;
  return std::string(kDefaultClinicName);
}

Status read_clinic_settings(store::Store& store, PdfContext& context) {
  auto name = TRY(clinic_name_for_pdf(store));
  context.clinic_name = name;
  auto settings = TRY(store::all_settings(store));
  const auto value = [&](const char* key) {
    const auto it = settings.find(key);
    return it == settings.end() ? std::string() : it->second;
  };
  context.clinic_address = value("clinic_address");
  context.clinic_phone = value("clinic_phone");
  context.clinic_out_of_hours_phone = value("clinic_out_of_hours_phone");
  context.date_order = parse_date_order(value("date_order")).value_or(DateOrder::day_first);
  context.paper_size = value("paper_size") == "letter" ? pdf::PaperSize::letter : pdf::PaperSize::a4;
  return ok_status();
}

TimeZone record_time_zone(const std::string& name) {
  auto zone = load_time_zone(name.empty() ? std::string("UTC") : name);
  return zone ? *zone : TimeZone::utc();
}

Result<std::string> submit_session(store::Store& store, const forms::FormCatalog& catalog,
                                   const pdf::PdfFonts& fonts, const IntakeSession& typed,
                                   const SubmitOptions& options) {
  // Checked, stored and printed in NFC; our copy is wiped however we leave.
  IntakeSession session = with_normalized_text(typed);
  struct WipeCopy {
    IntakeSession& session;
    ~WipeCopy() { session.wipe(); }
  } wipe_copy{session};
  const auto now = options.now.value_or(store.clock().now());
  const TimeZone zone = options.time_zone ? record_time_zone(*options.time_zone) : store.clock().zone;
  const CalendarDate visit_date =
      options.visit_date.value_or(local_date(std::chrono::floor<std::chrono::seconds>(now), zone));

  // The person's visit history: the interval rule also counts from their last treated visit.
  std::optional<CalendarDate> last_treatment;
  if (session.patient.birth_date()) {
    PatientIdentity person{session.patient.given_name, session.patient.family_name,
                           session.patient.date_of_birth, "", ""};
    auto last = store::last_treated_visit_date(store, person, to_iso(visit_date));
    secure_wipe(person.given_name);
    secure_wipe(person.family_name);
    if (!last) return last.error();
    if (*last) last_treatment = parse_calendar_date(**last);
  }
  session::CheckedSession checked = TRY(session::check_session(catalog, session, visit_date, last_treatment));
  store::NewRecord record;
  pdf::ConsentPdfInput input;
  WipeOnExit wipe{checked.evaluation.kept, record, input};

  auto identity = TRY(store::new_record_identity(store, now));
  PdfContext context{"",          offset_timestamp(std::chrono::floor<std::chrono::seconds>(now), zone),
                     zone.name(), visit_date,
                     "",          last_treatment};
  context.zone = zone;
  TRY(read_clinic_settings(store, context));
  const std::string* clinic = &context.clinic_name;
  record = make_new_record(checked, session, identity, options.actor, context);
  context.check_code = record_check_code(record);
  input = make_consent_pdf_input(checked, session, record, context);

  auto pdf = pdf::render_consent_pdf(input, fonts);
  if (!pdf)
    return submission_error(kExitPdfFailed, "The consent PDF could not be made: " + pdf.error().message);
  std::optional<signing::DeviceIdentity> opened;
  if (options.device == nullptr) {
    auto device =
        signing::open_device_identity(store, {options.credentials_dir, *clinic, now, options.actor});
    if (!device) {
      secure_wipe(*pdf);
      return device.error();
    }
    opened = std::move(*device);
  }
  auto head = store::current_audit_head_hash(store);
  if (!head) {
    secure_wipe(*pdf);
    return head.error();
  }
  signing::SignatureBinding binding{
      record.id, *head, {sha256_hex(record.signature_json)}, now, "Patient-signed check-in record", *clinic};
  if (record.guardian) binding.strokes_sha256.push_back(sha256_hex(record.guardian_signature_json));
  auto signed_pdf = signing::sign_pdf(*pdf, options.device ? *options.device : *opened, binding);
  secure_wipe(*pdf);
  if (!signed_pdf) return submission_error(kExitPdfFailed, signed_pdf.error().message);
  record.pdf = std::move(*signed_pdf);
  return store::insert_submitted_record(store, record);
}

}  // namespace intake::submission
