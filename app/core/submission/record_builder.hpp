#pragma once
// From a checked session to the two things the submission path hands on: the store's
// NewRecord and the PDF renderer's ConsentPdfInput. Plain data in, plain data out; both hold
// patient data, so the caller wipes them (store::secure_wipe, wipe_pdf_input) when done.
#include <string>

#include "pdf/consent_pdf_input.hpp"
#include "session/intake_session.hpp"
#include "store/record_types.hpp"
#include "store/record_write.hpp"
#include "submission/session_checks.hpp"

namespace intake::submission {

// Everything but the PDF bytes. `identity` comes from store::new_record_identity.
store::NewRecord make_new_record(const CheckedSession& checked, const IntakeSession& session,
                                 const store::RecordIdentity& identity, const std::string& actor);

struct PdfContext {
  std::string clinic_name;
  std::string created_at_local;  // the record's creation instant in local time with offset
  std::string time_zone;         // IANA name printed beside times; may be empty
  std::string check_code;        // record_check_code(record)
};

// The certification sentence printed when the form has none of its own (en, es; else English).
std::string default_certification(const std::string& language);

pdf::ConsentPdfInput make_consent_pdf_input(const CheckedSession& checked, const IntakeSession& session,
                                            const store::NewRecord& record, const PdfContext& context);

void wipe_pdf_input(pdf::ConsentPdfInput& input);

}  // namespace intake::submission
