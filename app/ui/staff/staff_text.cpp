#include "ui/staff/staff_text.hpp"

#include <fmt/format.h>

#include "forms/consent_words.hpp"
#include "ui/staff/staff_state.hpp"

namespace intake::ui {
namespace {

using std::chrono::floor;
using std::chrono::seconds;

bool same_year(const StaffContext& context, std::chrono::sys_seconds when) {
  return local_date(when, context.zone).year == context.today.year;
}

std::string time_in_words(const UiFrame& frame, const StaffContext& context, std::chrono::sys_seconds when) {
  const DateStyle style = date_style(frame, context);
  return same_year(context, when) ? readable_day_time(when, context.zone, style)
                                  : readable_date_time(when, context.zone, style);
}

const forms::Form* form_of(const StaffContext& context, std::string_view form_id) {
  return context.catalog != nullptr ? context.catalog->find(form_id) : nullptr;
}

bool has_key(const UiFrame& frame, const std::string& key) {
  const auto* table = frame.strings.table(frame.language);
  return table != nullptr && table->contains(key);
}

}  // namespace

DateStyle date_style(const UiFrame& frame, const StaffContext& context) {
  return DateStyle{frame.language, context.date_order};
}

std::string stored_time_text(const UiFrame& frame, const StaffContext& context, std::string_view utc) {
  const auto when = parse_utc_timestamp(utc);
  return when ? time_in_words(frame, context, floor<seconds>(*when)) : std::string();
}

std::string stored_clock_or_day(const UiFrame& frame, const StaffContext& context, std::string_view utc) {
  const auto when = parse_utc_timestamp(utc);
  if (!when) return "";
  const auto instant = floor<seconds>(*when);
  if (local_date(instant, context.zone) == context.today) return readable_clock(instant, context.zone);
  return time_in_words(frame, context, instant);
}

std::string recorded_time_text(const UiFrame& frame, const StaffContext& context, std::string_view iso) {
  const auto parsed = parse_offset_time(iso);
  if (!parsed) return std::string(iso);
  return readable_date_time(parsed->instant, context.zone, date_style(frame, context));
}

std::string date_text(const UiFrame& frame, const StaffContext& context, std::string_view iso) {
  const auto date = parse_calendar_date(iso);
  return date ? readable_date(*date, date_style(frame, context)) : std::string(iso);
}

std::string waiting_text(const UiFrame& frame, const StaffContext& context, std::string_view created_at_utc) {
  const auto when = parse_utc_timestamp(created_at_utc);
  if (!when) return "";
  const auto instant = floor<seconds>(*when);
  if (local_date(instant, context.zone) != context.today) return "";
  const auto now = floor<seconds>(context.now);
  if (now < instant) return "";
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(now - instant).count();
  if (minutes < 60) return fmt::format(fmt::runtime(frame.t("staff.queue.waiting_minutes")), minutes);
  return fmt::format(fmt::runtime(frame.t("staff.queue.waiting_hours")), minutes / 60, minutes % 60);
}

std::string flag_label(const UiFrame& frame, const StaffContext& context, std::string_view form_id,
                       std::string_view code) {
  return forms::flag_words(form_of(context, form_id), code, frame.language).label;
}

std::string flag_message(const UiFrame& frame, const StaffContext& context, std::string_view form_id,
                         std::string_view code, const std::string& stored) {
  std::string message = forms::flag_words(form_of(context, form_id), code, frame.language).message;
  return message.empty() ? stored : message;
}

std::string decision_text(const UiFrame& frame, ReviewDecision decision) {
  return frame.t(std::string("staff.decision.") + to_string(decision));
}

std::string version_text(const UiFrame& frame, const StaffContext& context,
                         const store::PdfVersionInfo& pdf) {
  const std::string kind =
      frame.t(pdf.kind == "review" ? "staff.document.kind.review" : "staff.document.kind.patient_signed");
  const std::string when = stored_time_text(frame, context, pdf.created_at);
  return when.empty() ? kind : kind + ", " + when;
}

std::string error_text(const UiFrame& frame, const Error& error) {
  // The core writes its sentences in English, with the details (seconds, a folder) the lang
  // files' sentences leave out.
  if (frame.language == "en") return error.message;
  if (!error.key.empty() && has_key(frame, error.key)) return frame.t(error.key);
  const std::string by_code = "error.code." + std::to_string(error.code);
  return has_key(frame, by_code) ? frame.t(by_code) : frame.t("error.code.other");
}

}  // namespace intake::ui
