#include "staff/staff_queue.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <ctime>

#include "store/timestamp.hpp"

namespace intake::staff {

UtcRange local_day_in_utc(std::chrono::system_clock::time_point now) {
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm local{};
  localtime_r(&t, &local);
  std::tm start = local;
  start.tm_hour = start.tm_min = start.tm_sec = 0;
  start.tm_isdst = -1;  // let mktime find the offset of midnight itself (DST changes at night)
  std::tm next = start;
  next.tm_mday += 1;
  next.tm_isdst = -1;
  using Clock = std::chrono::system_clock;
  return {store::utc_timestamp(Clock::from_time_t(std::mktime(&start))),
          store::utc_timestamp(Clock::from_time_t(std::mktime(&next)))};
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

store::RecordQuery queue_query(const QueueFilter& filter, const UtcRange& today, std::int64_t offset,
                               std::int64_t limit) {
  store::RecordQuery query;
  query.order = store::RecordOrder::queue;
  query.flagged_only = filter.flagged_only;
  query.unreviewed_only = filter.unreviewed_only;
  query.offset = offset;
  query.limit = limit;
  if (filter.search.find_first_not_of(' ') == std::string::npos) {
    query.created_from = today.from;
    query.created_before = today.before;
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

std::string local_clock_time(const std::string& created_at_utc) {
  std::chrono::system_clock::time_point when;
  if (!store::parse_utc_timestamp(created_at_utc, when)) return "";
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm local{};
  localtime_r(&t, &local);
  return fmt::format("{:02}:{:02}", local.tm_hour, local.tm_min);
}

std::string local_date_time(const std::string& created_at_utc) {
  std::chrono::system_clock::time_point when;
  if (!store::parse_utc_timestamp(created_at_utc, when)) return "";
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm local{};
  localtime_r(&t, &local);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
                     local.tm_hour, local.tm_min);
}

}  // namespace intake::staff
