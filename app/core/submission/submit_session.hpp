#pragma once
// THE submission path: the kiosk's Submit button (through SubmissionService) and
// `intake-kiosk submit SESSION.json` both end here; there is no second way to store a record.
//
//   session::check_session (refusals: session_refusal.hpp codes, nothing stored)
//   -> flags (forms::evaluate, plus the minor flag)
//   -> store::new_record_identity (record id + creation time the PDF prints)
//   -> ConsentPdfInput (clinic name from the store's settings, consent exactly as shown,
//      answers in the patient's language + English, signatures with name/time/meaning,
//      check code, see check_code.hpp)
//   -> pdf::render_consent_pdf (in memory)
//   -> signing::sign_pdf (the kiosk's signature, bound to the record id, the audit head and
//      the drawn signatures' strokes; the stored SHA-256 is of these signed bytes)
//   -> store::insert_submitted_record (record + PDF v1 + audit entry: ONE transaction)
//
// Temporary copies of patient data made on the way (JSON text, PDF input, the NewRecord and
// the PDF bytes) are wiped with secure_wipe before returning, on success and on refusal.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "common/calendar_date.hpp"
#include "common/clinic_defaults.hpp"
#include "common/date_time.hpp"
#include "common/result.hpp"
#include "forms/form_catalog.hpp"
#include "pdf/consent_pdf.hpp"
#include "session/intake_session.hpp"
#include "signing/device_identity.hpp"
#include "store/store.hpp"
#include "submission/record_builder.hpp"

namespace intake::submission {

// Printed when the store has no clinic_name setting yet (the kiosk's welcome screen uses the same).
using intake::kDefaultClinicName;  // common/clinic_defaults.hpp

struct SubmitOptions {
  std::string actor = "kiosk";  // audit actor: "kiosk", or "cli:<user>" for `submit`
  // The record's creation instant; default: the store's clock. The visit date follows from it.
  std::optional<std::chrono::system_clock::time_point> now;
  // The date age and date rules are judged on; default: the local date of `now`.
  std::optional<CalendarDate> visit_date;
  // IANA zone printed beside times; default: the store's clock's zone (main's: $TZ, else
  // /etc/timezone, else /etc/localtime).
  std::optional<std::string> time_zone;
  // The kiosk's signing identity, opened once by the caller (SubmissionService); when null it
  // is opened here from the store's data directory and credentials_dir.
  const signing::DeviceIdentity* device = nullptr;
  std::filesystem::path credentials_dir;  // empty: none; systemd's, from main
};

// Returns the new record id ("R-20261121-7F3K9Q"). Errors are one sentence without patient data:
// submission codes (30-49) for refusals, the store's codes (10-29) when storing fails.
Result<std::string> submit_session(store::Store& store, const forms::FormCatalog& catalog,
                                   const pdf::PdfFonts& fonts, const IntakeSession& session,
                                   const SubmitOptions& options = {});

// The clinic name the PDF prints: the store's clinic_name setting, else kDefaultClinicName.
Result<std::string> clinic_name_for_pdf(store::Store& store);

// The clinic's settings a record keeps (name, address, phones, date order, paper size) read from
// the store into `context`.
Status read_clinic_settings(store::Store& store, PdfContext& context);

// The zone a record's times are in: `name` when the tz database has it, else UTC (and the
// record then says UTC, so its zone name and offsets agree).
TimeZone record_time_zone(const std::string& name);

}  // namespace intake::submission
