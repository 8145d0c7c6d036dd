// The one date and time module: the store's UTC text, times with offsets, the clinic's zone
// from the real tz database, and what people read in English and Spanish.
#include <catch2/catch_test_macros.hpp>

#include "cli/host_environment.hpp"
#include "common/date_time.hpp"

using namespace intake;
using namespace std::chrono;

namespace {

TimeZone zone(const std::string& name) {
  auto loaded = load_time_zone(name);
  REQUIRE(loaded);
  return *loaded;
}

sys_seconds utc(int y, int m, int d, int h, int min, int s = 0) {
  return sys_seconds(sys_days(year{y} / m / d)) + hours(h) + minutes(min) + seconds(s);
}

}  // namespace

TEST_CASE("store timestamps round-trip and refuse anything else", "[date_time]") {
  const SysMillis when = SysMillis(utc(2026, 12, 1, 13, 20, 59)) + milliseconds(7);
  CHECK(utc_timestamp(when) == "2026-12-01T13:20:59.007Z");
  CHECK(parse_utc_timestamp("2026-12-01T13:20:59.007Z") == when);
  CHECK_FALSE(parse_utc_timestamp("2026-12-01T13:20:59Z"));
  CHECK_FALSE(parse_utc_timestamp("2026-02-30T13:20:59.000Z"));
  CHECK_FALSE(parse_utc_timestamp("2026-12-01T13:20:59.000+01:00"));
}

TEST_CASE("times with offsets are strict and keep their offset", "[date_time]") {
  auto t = parse_offset_time("2026-12-01T14:20:59+01:00");
  REQUIRE(t);
  CHECK(t->instant == utc(2026, 12, 1, 13, 20, 59));
  CHECK(t->offset == minutes(60));
  CHECK(parse_offset_time("2028-02-29T23:59:59-05:30")->offset == minutes(-330));
  CHECK(parse_offset_time("2026-11-21T10:47:02.125Z")->offset == minutes(0));
  CHECK_FALSE(parse_offset_time("2026-11-21T10:47:02"));
  CHECK_FALSE(parse_offset_time("2026-02-30T10:47:02Z"));
  CHECK_FALSE(parse_offset_time("2026-11-21 10:47:02+01:00"));
  CHECK_FALSE(parse_offset_time("2026-11-21T10:47:02+0100"));
}

TEST_CASE("the clinic's zone gives one offset and one name for each instant", "[date_time]") {
  const TimeZone madrid = zone("Europe/Madrid");
  CHECK(madrid.at(utc(2026, 12, 1, 13, 20)).abbreviation == "CET");
  CHECK(madrid.at(utc(2026, 12, 1, 13, 20)).offset == hours(1));
  CHECK(madrid.at(utc(2026, 7, 1, 12, 0)).abbreviation == "CEST");
  CHECK(madrid.at(utc(2026, 7, 1, 12, 0)).offset == hours(2));
  // Past the file's last transition the POSIX rule of its footer decides.
  CHECK(madrid.at(utc(2045, 7, 1, 12, 0)).abbreviation == "CEST");
  CHECK(madrid.at(utc(2045, 12, 1, 12, 0)).abbreviation == "CET");
  const TimeZone sydney = zone("Australia/Sydney");
  CHECK(sydney.at(utc(2046, 1, 10, 0, 0)).abbreviation == "AEDT");
  CHECK(sydney.at(utc(2046, 7, 10, 0, 0)).abbreviation == "AEST");
  const TimeZone new_york = zone("America/New_York");
  CHECK(offset_timestamp(utc(2026, 12, 1, 19, 20, 5), new_york) == "2026-12-01T14:20:05-05:00");
  CHECK(offset_timestamp(utc(2026, 12, 1, 13, 20, 5), TimeZone::utc()) == "2026-12-01T13:20:05+00:00");
}

TEST_CASE("local days begin at the zone's midnight, DST days included", "[date_time]") {
  const TimeZone madrid = zone("Europe/Madrid");
  CHECK(local_day_start({2026, 12, 1}, madrid) == utc(2026, 11, 30, 23, 0));
  CHECK(local_day_start({2026, 7, 1}, madrid) == utc(2026, 6, 30, 22, 0));
  // 29 March 2026 is 23 hours long in Madrid, 25 October 25 hours.
  CHECK(local_day_start({2026, 3, 30}, madrid) - local_day_start({2026, 3, 29}, madrid) == hours(23));
  CHECK(local_day_start({2026, 10, 26}, madrid) - local_day_start({2026, 10, 25}, madrid) == hours(25));
  CHECK(local_date(utc(2026, 11, 30, 23, 30), madrid) == CalendarDate{2026, 12, 1});
  // In the gap (02:30 does not exist on 29 March) the wall time after the gap.
  CHECK(madrid.to_sys(local_seconds(local_days(year{2026} / 3 / 29)) + hours(2) + minutes(30)) ==
        utc(2026, 3, 29, 1, 30));
}

TEST_CASE("people read times with the month spelled out in their language", "[date_time]") {
  const TimeZone madrid = zone("Europe/Madrid");
  const sys_seconds when = utc(2026, 12, 1, 13, 20, 59);
  CHECK(readable_date_time(when, madrid, {"en", DateOrder::day_first}) == "Tue 1 Dec 2026, 14:20 CET");
  CHECK(readable_date_time(when, madrid, {"es", DateOrder::day_first}) == "mar 1 dic 2026, 14:20 CET");
  CHECK(readable_date_time(when, zone("America/New_York"), {"en", DateOrder::month_first}) ==
        "Tue Dec 1, 2026, 08:20 EST");
  CHECK(readable_day_time(when, madrid, {"en", DateOrder::day_first}) == "Tue 1 Dec, 14:20");
  CHECK(readable_clock(when, madrid) == "14:20");
  CHECK(readable_date({1990, 5, 10}, {"es", DateOrder::day_first}) == "10 may 1990");
  CHECK(readable_date({1990, 5, 10}, {"en", DateOrder::month_first}) == "May 10, 1990");
  CHECK(readable_stored_time("2026-12-01T13:20:59.000Z", madrid, {}) == "Tue 1 Dec 2026, 14:20 CET");
  CHECK(readable_stored_time("yesterday", madrid, {}).empty());
}

TEST_CASE("a recorded time's name and offset never disagree", "[date_time]") {
  const TimeZone madrid = zone("Europe/Madrid");
  CHECK(readable_offset_time("2026-12-01T14:20:59+01:00", madrid, {}) == "Tue 1 Dec 2026, 14:20 CET");
  // Written with an offset the zone did not have then: the offset is named, not "CET".
  CHECK(readable_offset_time("2026-12-01T13:20:59+00:00", madrid, {}) == "Tue 1 Dec 2026, 13:20 UTC+00:00");
  CHECK(readable_offset_time("not a time", madrid, {}) == "not a time");
}

TEST_CASE("zone names are checked before any file is read", "[date_time]") {
  CHECK(looks_like_zone_name("Europe/Madrid"));
  CHECK(looks_like_zone_name("UTC"));
  CHECK_FALSE(looks_like_zone_name("CET-1CEST"));
  CHECK_FALSE(looks_like_zone_name("../../etc/passwd"));
  CHECK_FALSE(load_time_zone("Nowhere/Atlantis"));
  CHECK_FALSE(load_time_zone("/etc/passwd"));
  CHECK(cli::system_time_zone_name(":Europe/Madrid") == "Europe/Madrid");
  CHECK(parse_date_order("month_first") == DateOrder::month_first);
  CHECK_FALSE(parse_date_order("backwards"));
}
