#include "pdf/timestamp_text.hpp"

#include <fmt/format.h>

#include <cstdlib>

namespace intake::pdf {
namespace {

bool read_number(std::string_view text, std::size_t at, std::size_t digits, int& out) {
  if (at + digits > text.size()) return false;
  int value = 0;
  for (std::size_t i = at; i < at + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  out = value;
  return true;
}

bool valid_day(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace

std::optional<Timestamp> parse_timestamp(std::string_view s) {
  Timestamp t;
  if (!read_number(s, 0, 4, t.year) || s.size() < 16 || s[4] != '-' ||
      !read_number(s, 5, 2, t.month) || s[7] != '-' || !read_number(s, 8, 2, t.day) ||
      (s[10] != 'T' && s[10] != ' ') || !read_number(s, 11, 2, t.hour) || s[13] != ':' ||
      !read_number(s, 14, 2, t.minute)) {
    return std::nullopt;
  }
  std::size_t at = 16;
  if (at < s.size() && s[at] == ':') {
    if (!read_number(s, at + 1, 2, t.second)) return std::nullopt;
    at += 3;
    // Fractions of a second are accepted and ignored.
    if (at < s.size() && s[at] == '.') {
      ++at;
      while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
    }
  }
  if (at >= s.size()) return std::nullopt;  // an offset is required: local times are ambiguous
  if (s[at] == 'Z') {
    t.offset_minutes = 0;
    ++at;
  } else if (s[at] == '+' || s[at] == '-') {
    int hours = 0, minutes = 0;
    if (!read_number(s, at + 1, 2, hours) || at + 3 >= s.size() || s[at + 3] != ':' ||
        !read_number(s, at + 4, 2, minutes) || hours > 14 || minutes > 59) {
      return std::nullopt;
    }
    t.offset_minutes = (s[at] == '-' ? -1 : 1) * (hours * 60 + minutes);
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != s.size() || !valid_day(t.year, t.month, t.day) || t.hour > 23 || t.minute > 59 ||
      t.second > 60) {
    return std::nullopt;
  }
  return t;
}

std::string display_timestamp(std::string_view iso, std::string_view zone) {
  const std::optional<Timestamp> t = parse_timestamp(iso);
  if (!t) return std::string(iso);
  const int offset = std::abs(t->offset_minutes);
  std::string out = fmt::format("{:04}-{:02}-{:02} {:02}:{:02} UTC{}{:02}:{:02}", t->year, t->month,
                                t->day, t->hour, t->minute, t->offset_minutes < 0 ? '-' : '+',
                                offset / 60, offset % 60);
  if (!zone.empty()) out += fmt::format(" ({})", zone);
  return out;
}

}  // namespace intake::pdf
