#pragma once
// The staff queue's query and what each row shows, kept apart from drawing so it is tested
// without ImGui. The order itself (stop, then review, then the rest; oldest first) is the
// store's RecordOrder::queue.
#include <chrono>
#include <cstdint>
#include <string>

#include "common/calendar_date.hpp"
#include "store/record_read.hpp"

namespace intake::staff {

struct QueueFilter {
  bool flagged_only = false;
  bool unreviewed_only = false;
  // Words of a name, or a date of birth as YYYY-MM-DD or DD/MM/YYYY. A search looks through
  // every day (a patient from last week), the plain queue shows only today.
  std::string search;
};

// UTC bounds [from, before) of the local calendar day that holds `now`, as the store's
// created_at prefixes compare ("2026-11-20T23:00:00.000Z").
struct UtcRange {
  std::string from;
  std::string before;
};
UtcRange local_day_in_utc(std::chrono::system_clock::time_point now);

// The store query for one page of the queue.
store::RecordQuery queue_query(const QueueFilter& filter, const UtcRange& today, std::int64_t offset,
                               std::int64_t limit);

// "1990-05-10" or "10/05/1990" -> "1990-05-10"; "" when the text is not a date.
std::string search_as_date_of_birth(const std::string& text);

// Whole years on `today`; -1 when date_of_birth does not parse.
int age_on(const std::string& date_of_birth, const CalendarDate& today);

// The local wall-clock time "HH:MM" of a stored UTC created_at; "" when it does not parse.
std::string local_clock_time(const std::string& created_at_utc);
// The same as "YYYY-MM-DD HH:MM" in local time (the record view: a search may find other days).
std::string local_date_time(const std::string& created_at_utc);

}  // namespace intake::staff
