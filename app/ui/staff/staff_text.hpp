#pragma once
// What staff read, in their language: times in the clinic's zone (day or month first, as the
// clinic set), flags by their form's staff label, decisions and versions in words, and the
// core's errors in the staff's language. Raw codes and ISO text never reach a staff screen.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "common/date_time.hpp"
#include "common/result.hpp"
#include "common/review_decision.hpp"
#include "store/record_types.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffContext;

DateStyle date_style(const UiFrame& frame, const StaffContext& context);

// A stored UTC time ("2026-12-01T13:20:59.000Z"): "Tue 1 Dec, 14:20" this year, "Tue 1 Dec 2025,
// 14:20 CET" before; "" when it does not parse.
std::string stored_time_text(const UiFrame& frame, const StaffContext& context, std::string_view utc);
// The same, only "14:20" for a time of today (the queue of one day).
std::string stored_clock_or_day(const UiFrame& frame, const StaffContext& context, std::string_view utc);
// A time recorded with its offset (signed, reviewed), read in the clinic's zone:
// "Tue 1 Dec 2026, 14:20 CET"; text that does not parse comes back as is.
std::string recorded_time_text(const UiFrame& frame, const StaffContext& context, std::string_view iso);
// A calendar date ("1990-05-10") as "10 May 1990" / "May 10, 1990"; text that is no date as is.
std::string date_text(const UiFrame& frame, const StaffContext& context, std::string_view iso);

// How long a check-in of today has waited: "waiting 25 min", "waiting 1 h 05 min"; "" when it
// is not of today, does not parse, or lies in the future.
std::string waiting_text(const UiFrame& frame, const StaffContext& context, std::string_view created_at_utc);

// A flag's staff label in the staff's language ("Pregnant", "Embarazo"), from the record's form;
// the code when the form or rule is not known.
std::string flag_label(const UiFrame& frame, const StaffContext& context, std::string_view form_id,
                       std::string_view code);
// Why the flag matters, for staff, in the staff's language; `stored` (the record's English
// message) when the form does not say.
std::string flag_message(const UiFrame& frame, const StaffContext& context, std::string_view form_id,
                         std::string_view code, const std::string& stored);

std::string decision_text(const UiFrame& frame, ReviewDecision decision);
// "Signed by the patient, Tue 1 Dec, 14:20" / "Practitioner's review, Tue 1 Dec, 14:20".
std::string version_text(const UiFrame& frame, const StaffContext& context, const store::PdfVersionInfo& pdf);

// An error from the core in the staff's language: in English its own sentence; otherwise its
// key's sentence when it has one, else the sentence for its kind (by exit code).
std::string error_text(const UiFrame& frame, const Error& error);

}  // namespace intake::ui
