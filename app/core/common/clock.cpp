#include "common/clock.hpp"

#include "common/date_time.hpp"

namespace intake {

CalendarDate Clock::today() const {
  return local_date(std::chrono::floor<std::chrono::seconds>(now()), zone);
}

std::string Clock::offset_now() const {
  return offset_timestamp(std::chrono::floor<std::chrono::seconds>(now()), zone);
}

Clock fixed_clock(TimePoint at, TimeZone zone) {
  return Clock{[at] { return at; }, std::move(zone)};
}

}  // namespace intake
