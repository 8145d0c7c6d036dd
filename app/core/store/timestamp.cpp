#include "store/timestamp.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <ctime>

namespace intake::store {

std::string utc_timestamp(std::chrono::system_clock::time_point when) {
  using namespace std::chrono;
  const auto millis = duration_cast<milliseconds>(when.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", parts.tm_year + 1900,
                     parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec,
                     static_cast<int>(millis % 1000));
}

bool parse_utc_timestamp(const std::string& text, std::chrono::system_clock::time_point& when) {
  std::tm parts{};
  int millis = 0;
  char zone = 0;
  if (text.size() != 24 ||
      std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%c", &parts.tm_year, &parts.tm_mon,
                  &parts.tm_mday, &parts.tm_hour, &parts.tm_min, &parts.tm_sec, &millis,
                  &zone) != 8 ||
      zone != 'Z')
    return false;
  parts.tm_year -= 1900;
  parts.tm_mon -= 1;
  const std::time_t seconds = timegm(&parts);
  when = std::chrono::system_clock::from_time_t(seconds) + std::chrono::milliseconds(millis);
  return true;
}

}  // namespace intake::store
