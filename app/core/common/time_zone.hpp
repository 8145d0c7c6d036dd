#pragma once
// A clinic's time zone read from the system's tz database (TZif files, RFC 8536), so a time's
// offset and its zone abbreviation always come from one table and can never disagree.
// g++ 12's <chrono> has the calendar types but no tzdb (that came in g++ 13); this reads the
// same files std::chrono::tzdb would.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace intake {

inline constexpr const char* kSystemZoneinfoDir = "/usr/share/zoneinfo";

// What a zone says at one instant: the offset east of UTC and the abbreviation ("CET", "EST",
// or "+03" for zones without a letter abbreviation).
struct ZoneState {
  std::chrono::seconds offset{0};
  std::string abbreviation = "UTC";
};

class TimeZone {
 public:
  TimeZone() = default;  // UTC
  static TimeZone utc() { return {}; }

  const std::string& name() const { return name_; }
  ZoneState at(std::chrono::sys_seconds when) const;
  // The instant a local wall-clock time names: the earlier one when clocks go back, the moment
  // after the gap when they go forward.
  std::chrono::sys_seconds to_sys(std::chrono::local_seconds local) const;

  friend Result<TimeZone> load_time_zone(const std::string& name, const std::filesystem::path& zoneinfo_dir);

 private:
  struct Kind {
    std::int32_t offset = 0;
    bool dst = false;
    std::string abbreviation;
  };
  // The POSIX TZ rule of the file's footer, for instants after its last transition.
  struct Rule {
    Kind standard;
    Kind daylight;
    bool has_daylight = false;
    // "Mm.w.d/time": month 1-12, week 1-5 (5 = last), weekday 0-6 (Sunday 0), seconds after
    // local midnight (may be negative or past 24 h).
    struct Change {
      int month = 0, week = 0, weekday = 0;
      std::int32_t time = 7200;
    } start, end;
  };
  std::optional<ZoneState> from_rule(std::chrono::sys_seconds when) const;

  std::string name_ = "UTC";
  std::vector<std::int64_t> transitions_;  // UTC seconds, ascending
  std::vector<std::uint8_t> kind_of_;      // the kind in effect from each transition
  std::vector<Kind> kinds_ = {Kind{0, false, "UTC"}};
  std::optional<Rule> rule_;
};

// The zone `name` ("Europe/Madrid") from <zoneinfo_dir>/<name>. Refuses names that are not
// plain zone names (no "..", no leading '/') and files that are not TZif.
Result<TimeZone> load_time_zone(const std::string& name,
                                const std::filesystem::path& zoneinfo_dir = kSystemZoneinfoDir);

// True for "Europe/Madrid", "UTC", "America/Argentina/Buenos_Aires"; false for POSIX rules
// such as "CET-1CEST" and for paths.
bool looks_like_zone_name(std::string_view name);

}  // namespace intake
