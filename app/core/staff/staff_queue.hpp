#pragma once
// The staff queue's query and what each row shows, kept apart from drawing so it is tested
// without ImGui. The order itself (stop, then review, then the rest; oldest first) is the
// store's RecordOrder::queue.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "common/calendar_date.hpp"
#include "common/result.hpp"
#include "store/record_read.hpp"
#include "store/store.hpp"

namespace intake::staff {

struct QueueFilter {
  bool flagged_only = false;
  bool unreviewed_only = false;
  // Words of a name, or a date of birth as YYYY-MM-DD or DD/MM/YYYY. A search looks through
  // every day (a patient from last week); the plain queue shows only the chosen days.
  std::string search;
  // The local calendar days shown, both included; unset: today. Not used by a search.
  std::optional<CalendarDate> first_day;
  std::optional<CalendarDate> last_day;
};

// UTC bounds [from, before) of local calendar days, as the store's created_at prefixes compare
// ("2026-11-20T23:00:00.000Z"): from the local midnight starting `first` to the one ending
// `last` (a day of a DST change is 23 or 25 hours long, and that is what it covers).
struct UtcRange {
  std::string from;
  std::string before;
};
UtcRange local_days_in_utc(const CalendarDate& first, const CalendarDate& last);

// The days a filter shows, with `today` for what is unset; first <= last.
struct DayRange {
  CalendarDate first;
  CalendarDate last;
};
DayRange shown_days(const QueueFilter& filter, const CalendarDate& today);

// The store query for one page of the queue: the chosen days in queue order, or a search over
// every day, newest first. `today` is the clinic's local date by the same
// clock that stamps created_at.
store::RecordQuery queue_query(const QueueFilter& filter, const CalendarDate& today, std::int64_t offset,
                               std::int64_t limit);

// Records that a page of the queue was shown: who, the filters (whether there was a search,
// never its words: they are a patient's name) and how many rows, never their contents.
Status audit_queue_view(store::Store& store, const std::string& actor, const QueueFilter& filter,
                        std::int64_t page, std::size_t shown);

// "1990-05-10" or "10/05/1990" -> "1990-05-10"; "" when the text is not a date.
std::string search_as_date_of_birth(const std::string& text);

// Whole years on `today`; -1 when date_of_birth does not parse.
int age_on(const std::string& date_of_birth, const CalendarDate& today);

// The wall-clock time "HH:MM" in `zone` of a stored UTC created_at; "" when it does not parse.
std::string local_clock_time(const std::string& created_at_utc, const TimeZone& zone);
// The same as "YYYY-MM-DD HH:MM" (the record view: a search may find other days).
std::string local_date_time(const std::string& created_at_utc, const TimeZone& zone);

}  // namespace intake::staff
