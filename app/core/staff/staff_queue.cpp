#include "staff/staff_queue.hpp"

#include <nlohmann/json.hpp>

#include "store/audit.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <ctime>
#include <utility>

#include "common/date_time.hpp"
#include "store/timestamp.hpp"

namespace intake::staff {

namespace {

std::chrono::system_clock::time_point local_midnight(const CalendarDate& day) {
  std::tm start{};
  start.tm_year = day.year - 1900;
  start.tm_mon = day.month - 1;
  start.tm_mday = day.day;
  start.tm_isdst = -1;  // let mktime find the offset of midnight itself (DST changes at night)
  return std::chrono::system_clock::from_time_t(std::mktime(&start));
}

}  // namespace

UtcRange local_days_in_utc(const CalendarDate& first, const CalendarDate& last) {
  return {store::utc_timestamp(local_midnight(first)),
          store::utc_timestamp(local_midnight(add_days(last, 1)))};
}

DayRange shown_days(const QueueFilter& filter, const CalendarDate& today) {
  DayRange days{filter.first_day.value_or(today), filter.last_day.value_or(today)};
  if (days.last < days.first) std::swap(days.first, days.last);
  return days;
}

std::string search_as_date_of_birth(const std::string& text) {
  if (auto date = parse_calendar_date(text)) return to_iso(*date);
  int day = 0, month = 0, year = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%d/%d/%d%c", &day, &month, &year, &tail) == 3 && year >= 1000 &&
      is_valid_date(year, month, day))
    return to_iso(CalendarDate{year, month, day});
  return "";
}

store::RecordQuery queue_query(const QueueFilter& filter, const CalendarDate& today, std::int64_t offset,
                               std::int64_t limit) {
  store::RecordQuery query;
  // The day's queue puts stop flags first; a search across every day shows the newest visits
  // first (the store then pages through its word index: instant with 100,000 records).
  query.order = filter.search.find_first_not_of(' ') == std::string::npos ? store::RecordOrder::queue
                                                                          : store::RecordOrder::newest_first;
  query.flagged_only = filter.flagged_only;
  query.unreviewed_only = filter.unreviewed_only;
  query.offset = offset;
  query.limit = limit;
  if (filter.search.find_first_not_of(' ') == std::string::npos) {
    const DayRange days = shown_days(filter, today);
    const UtcRange range = local_days_in_utc(days.first, days.last);
    query.created_from = range.from;
    query.created_before = range.before;
  } else if (std::string date = search_as_date_of_birth(filter.search); !date.empty()) {
    query.date_of_birth = date;
  } else {
    query.name = filter.search;
  }
  return query;
}

int age_on(const std::string& date_of_birth, const CalendarDate& today) {
  auto birth = parse_calendar_date(date_of_birth);
  return birth ? intake::age_on(*birth, today) : -1;
}

std::string local_clock_time(const std::string& created_at_utc, const TimeZone& zone) {
  std::chrono::system_clock::time_point when;
  if (!store::parse_utc_timestamp(created_at_utc, when)) return "";
  return readable_clock(std::chrono::floor<std::chrono::seconds>(when), zone);
}

std::string local_date_time(const std::string& created_at_utc, const TimeZone& zone) {
  std::chrono::system_clock::time_point when;
  if (!store::parse_utc_timestamp(created_at_utc, when)) return "";
  const auto seconds = std::chrono::floor<std::chrono::seconds>(when);
  return to_iso(local_date(seconds, zone)) + " " + readable_clock(seconds, zone);
}

Status audit_queue_view(store::Store& store, const std::string& actor, const QueueFilter& filter,
                        std::int64_t page, std::size_t shown) {
  nlohmann::json filters = {{"flagged", filter.flagged_only},
                            {"unreviewed", filter.unreviewed_only},
                            {"search", !filter.search.empty()},
                            {"page", page}};
  if (filter.first_day) filters["first_day"] = to_iso(*filter.first_day);
  if (filter.last_day) filters["last_day"] = to_iso(*filter.last_day);
  const nlohmann::json details = {{"command", "staff queue"}, {"filters", filters}, {"count", shown}};
  return store::append_audit_entry(store, {actor, store::audit_action::kRecordList, "", details.dump()});
}

}  // namespace intake::staff
