#include "submission/local_time.hpp"

#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "common/calendar_date.hpp"

namespace intake::submission {
namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
  if (at + count > text.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

// A zone name looks like "Europe/Madrid" or "UTC": no spaces, no leading '/', not a POSIX rule.
bool looks_like_zone_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '/') return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+'))
      return false;
  // Without a '/', only plain names such as "UTC" or "CET"; "CET-1CEST" is a POSIX rule, not a name.
  if (name.find('/') == std::string_view::npos)
    for (char c : name)
      if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

std::string local_time_zone_name() {
  if (const char* tz = std::getenv("TZ"); tz != nullptr && *tz != '\0') {
    std::string_view name(tz);
    if (name.front() == ':') name.remove_prefix(1);
    if (looks_like_zone_name(name)) return std::string(name);
  }
  if (std::ifstream file("/etc/timezone"); file) {
    std::string name;
    std::getline(file, name);
    if (looks_like_zone_name(name)) return name;
  }
  std::error_code error;
  const std::filesystem::path target = std::filesystem::read_symlink("/etc/localtime", error);
  if (!error) {
    const std::string text = target.string();
    const auto at = text.find("zoneinfo/");
    if (at != std::string::npos && looks_like_zone_name(text.substr(at + 9))) return text.substr(at + 9);
  }
  return "";
}

bool is_timestamp_with_offset(std::string_view s) {
  int year, month, day, hour, minute, second;
  if (s.size() < 20 || !digits(s, 0, 4, year) || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-' ||
      !digits(s, 8, 2, day) || s[10] != 'T' || !digits(s, 11, 2, hour) || s[13] != ':' ||
      !digits(s, 14, 2, minute) || s[16] != ':' || !digits(s, 17, 2, second))
    return false;
  if (!is_valid_date(year, month, day) || hour > 23 || minute > 59 || second > 60) return false;
  std::size_t at = 19;
  if (s[at] == '.') {
    ++at;
    const std::size_t start = at;
    while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
    if (at == start) return false;
  }
  if (at == s.size() - 1) return s[at] == 'Z';
  int offset_hours, offset_minutes;
  return at + 6 == s.size() && (s[at] == '+' || s[at] == '-') && digits(s, at + 1, 2, offset_hours) &&
         s[at + 3] == ':' && digits(s, at + 4, 2, offset_minutes) && offset_hours <= 14 && offset_minutes <= 59;
}

}  // namespace intake::submission
