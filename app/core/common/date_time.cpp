#include "common/date_time.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdlib>

namespace intake {
namespace {

using namespace std::chrono;

bool read_digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
  if (at + count > text.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

struct WallTime {
  CalendarDate date;
  int hour = 0, minute = 0, second = 0;
};

// "YYYY-MM-DDTHH:MM:SS" at the start of `text`: a real date and time.
std::optional<WallTime> read_wall_time(std::string_view s) {
  WallTime t;
  if (s.size() < 19 || !read_digits(s, 0, 4, t.date.year) || s[4] != '-' ||
      !read_digits(s, 5, 2, t.date.month) || s[7] != '-' || !read_digits(s, 8, 2, t.date.day) ||
      s[10] != 'T' || !read_digits(s, 11, 2, t.hour) || s[13] != ':' || !read_digits(s, 14, 2, t.minute) ||
      s[16] != ':' || !read_digits(s, 17, 2, t.second))
    return std::nullopt;
  if (t.date.year < 1 || !is_valid_date(t.date.year, t.date.month, t.date.day) || t.hour > 23 ||
      t.minute > 59 || t.second > 59)
    return std::nullopt;
  return t;
}

sys_days to_sys_days(const CalendarDate& date) { return sys_days(days(to_day_number(date))); }

WallTime wall_time(sys_seconds when, seconds offset) {
  const auto local = when + offset;
  const auto day = floor<days>(local);
  const hh_mm_ss clock{local - day};
  return {from_day_number(day.time_since_epoch().count()), static_cast<int>(clock.hours().count()),
          static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count())};
}

struct Names {
  std::array<const char*, 12> months;
  std::array<const char*, 7> weekdays;  // Sunday first, as std::chrono::weekday::c_encoding
};
constexpr Names kEnglish{{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
                         {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}};
constexpr Names kSpanish{{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"},
                         {"dom", "lun", "mar", "mié", "jue", "vie", "sáb"}};
const Names& names_for(const std::string& language) { return language == "es" ? kSpanish : kEnglish; }

std::string weekday_name(const CalendarDate& date, const Names& names) {
  return names.weekdays[weekday{to_sys_days(date)}.c_encoding()];
}

// "1 Dec 2026" / "Dec 1, 2026"; without the year: "1 Dec" / "Dec 1".
std::string day_month(const CalendarDate& date, const DateStyle& style, bool with_year) {
  const Names& names = names_for(style.language);
  const char* month = names.months[static_cast<std::size_t>(date.month - 1)];
  if (style.order == DateOrder::month_first)
    return with_year ? fmt::format("{} {}, {}", month, date.day, date.year)
                     : fmt::format("{} {}", month, date.day);
  return with_year ? fmt::format("{} {} {}", date.day, month, date.year)
                   : fmt::format("{} {}", date.day, month);
}

std::string offset_name(seconds offset) {
  const auto total = static_cast<long>(offset.count() / 60);
  return fmt::format("UTC{}{:02}:{:02}", total < 0 ? '-' : '+', std::labs(total) / 60, std::labs(total) % 60);
}

std::string date_time_text(const WallTime& t, const std::string& zone_label, const DateStyle& style) {
  const Names& names = names_for(style.language);
  return fmt::format("{} {}, {:02}:{:02} {}", weekday_name(t.date, names), day_month(t.date, style, true),
                     t.hour, t.minute, zone_label);
}

}  // namespace

std::string utc_timestamp(SysMillis when) {
  const auto day = floor<days>(when);
  const hh_mm_ss clock{when - day};
  const CalendarDate date = from_day_number(day.time_since_epoch().count());
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", date.year, date.month, date.day,
                     clock.hours().count(), clock.minutes().count(), clock.seconds().count(),
                     clock.subseconds().count());
}

std::optional<SysMillis> parse_utc_timestamp(std::string_view text) {
  int millis = 0;
  if (text.size() != 24 || text[19] != '.' || !read_digits(text, 20, 3, millis) || text[23] != 'Z')
    return std::nullopt;
  const auto t = read_wall_time(text);
  if (!t) return std::nullopt;
  return SysMillis(to_sys_days(t->date)) + hours(t->hour) + minutes(t->minute) + seconds(t->second) +
         milliseconds(millis);
}

std::optional<OffsetTime> parse_offset_time(std::string_view s) {
  const auto t = read_wall_time(s);
  if (!t) return std::nullopt;
  std::size_t at = 19;
  if (at < s.size() && s[at] == '.') {
    const std::size_t start = ++at;
    while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
    if (at == start) return std::nullopt;
  }
  int offset_minutes = 0;
  if (at + 1 == s.size() && s[at] == 'Z') {
    offset_minutes = 0;
  } else {
    int h = 0, m = 0;
    if (at + 6 != s.size() || (s[at] != '+' && s[at] != '-') || !read_digits(s, at + 1, 2, h) ||
        s[at + 3] != ':' || !read_digits(s, at + 4, 2, m) || h > 14 || m > 59)
      return std::nullopt;
    offset_minutes = (s[at] == '-' ? -1 : 1) * (h * 60 + m);
  }
  const sys_seconds local_as_sys =
      sys_seconds(to_sys_days(t->date)) + hours(t->hour) + minutes(t->minute) + seconds(t->second);
  return OffsetTime{local_as_sys - minutes(offset_minutes), minutes(offset_minutes)};
}

std::string offset_timestamp(sys_seconds when, const TimeZone& zone) {
  const seconds offset = zone.at(when).offset;
  const WallTime t = wall_time(when, offset);
  const auto total = static_cast<long>(offset.count() / 60);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", t.date.year, t.date.month,
                     t.date.day, t.hour, t.minute, t.second, total < 0 ? '-' : '+', std::labs(total) / 60,
                     std::labs(total) % 60);
}

CalendarDate local_date(sys_seconds when, const TimeZone& zone) {
  return wall_time(when, zone.at(when).offset).date;
}

sys_seconds local_day_start(const CalendarDate& day, const TimeZone& zone) {
  return zone.to_sys(local_seconds(local_days(days(to_day_number(day)))));
}

std::optional<DateOrder> parse_date_order(std::string_view text) {
  if (text == "day_first") return DateOrder::day_first;
  if (text == "month_first") return DateOrder::month_first;
  return std::nullopt;
}

std::string_view date_order_text(DateOrder order) {
  return order == DateOrder::month_first ? "month_first" : "day_first";
}

std::string readable_date_time(sys_seconds when, const TimeZone& zone, const DateStyle& style) {
  const ZoneState state = zone.at(when);
  return date_time_text(wall_time(when, state.offset), state.abbreviation, style);
}

std::string readable_day_time(sys_seconds when, const TimeZone& zone, const DateStyle& style) {
  const WallTime t = wall_time(when, zone.at(when).offset);
  return fmt::format("{} {}, {:02}:{:02}", weekday_name(t.date, names_for(style.language)),
                     day_month(t.date, style, false), t.hour, t.minute);
}

std::string readable_clock(sys_seconds when, const TimeZone& zone) {
  const WallTime t = wall_time(when, zone.at(when).offset);
  return fmt::format("{:02}:{:02}", t.hour, t.minute);
}

std::string readable_date(const CalendarDate& date, const DateStyle& style) {
  return day_month(date, style, true);
}

std::string readable_offset_time(std::string_view iso, const TimeZone& zone, const DateStyle& style) {
  const auto parsed = parse_offset_time(iso);
  if (!parsed) return std::string(iso);
  const ZoneState state = zone.at(parsed->instant);
  const std::string label = state.offset == parsed->offset ? state.abbreviation : offset_name(parsed->offset);
  return date_time_text(wall_time(parsed->instant, parsed->offset), label, style);
}

std::string readable_stored_time(std::string_view utc_text, const TimeZone& zone, const DateStyle& style) {
  const auto parsed = parse_utc_timestamp(utc_text);
  return parsed ? readable_date_time(floor<seconds>(*parsed), zone, style) : "";
}

}  // namespace intake
