#pragma once
// From a checked session to the two things the submission path hands on: the store's
// NewRecord and the PDF renderer's ConsentPdfInput. Plain data in, plain data out; both hold
// patient data, so the caller wipes them (store::secure_wipe, wipe_pdf_input) when done.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/calendar_date.hpp"
#include "common/date_time.hpp"
#include "common/result.hpp"

#include "pdf/consent_pdf_input.hpp"
#include "session/intake_session.hpp"
#include "session/session_checks.hpp"
#include "store/record_types.hpp"
#include "store/record_write.hpp"

namespace intake::submission {

// What the PDF prints besides the session: kept in the record's consent_json ("pdf") so the
// same PDF can be rendered again from the stored record (record_rerender.hpp).
struct PdfContext {
  std::string clinic_name;
  std::string created_at_local;  // the record's creation instant in local time with offset
  std::string time_zone;         // IANA name printed beside times; may be empty
  CalendarDate visit_date;       // the date the rules were evaluated on
  std::string check_code;        // record_check_code(record); not stored (it is derived)
  // The person's last treated visit before this one, from the store's visit history, as the
  // rules read it (last_treatment_date); kept so a re-render evaluates exactly as at signing.
  std::optional<CalendarDate> last_treatment_date = std::nullopt;
  // The clinic's identity and print settings at submit time (kept: a later change of the
  // settings never rewrites an old record). Records from before these existed read "" / the
  // defaults.
  std::string clinic_address = {};
  std::string clinic_phone = {};
  std::string clinic_out_of_hours_phone = {};
  DateOrder date_order = DateOrder::day_first;
  pdf::PaperSize paper_size = pdf::PaperSize::a4;
  // The zone time_zone names, loaded by the caller; not stored (the name is).
  TimeZone zone = {};
};
nlohmann::json pdf_context_to_json(const PdfContext& context);
Result<PdfContext> pdf_context_from_json(const nlohmann::json& context);

// Everything but the PDF bytes. `identity` comes from store::new_record_identity.
store::NewRecord make_new_record(const session::CheckedSession& checked, const IntakeSession& session,
                                 const store::RecordIdentity& identity, const std::string& actor,
                                 const PdfContext& context);

// The certification sentence printed when the form has none of its own (en, es; else English).
std::string default_certification(const std::string& language);

pdf::ConsentPdfInput make_consent_pdf_input(const session::CheckedSession& checked,
                                            const IntakeSession& session, const store::NewRecord& record,
                                            const PdfContext& context);

void wipe_pdf_input(pdf::ConsentPdfInput& input);

}  // namespace intake::submission
