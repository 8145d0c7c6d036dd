#include "common/time_zone.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <iterator>

namespace intake {
namespace {

using std::chrono::days;
using std::chrono::seconds;
using std::chrono::sys_days;
using std::chrono::sys_seconds;

std::int64_t big_endian(const std::string& bytes, std::size_t at, std::size_t width) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < width; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  if (width == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(value));
  return static_cast<std::int64_t>(value);
}

// The POSIX TZ text of a footer: "CET-1CEST,M3.5.0,M10.5.0/3", "<+03>-3", "EST5EDT,M3.2.0,M11.1.0".
struct PosixReader {
  std::string_view text;
  std::size_t at = 0;

  bool done() const { return at >= text.size(); }
  bool take(char c) {
    if (done() || text[at] != c) return false;
    ++at;
    return true;
  }
  std::optional<std::string> name() {
    if (take('<')) {
      const std::size_t end = text.find('>', at);
      if (end == std::string_view::npos) return std::nullopt;
      std::string out(text.substr(at, end - at));
      at = end + 1;
      return out;
    }
    const std::size_t start = at;
    while (!done() && std::isalpha(static_cast<unsigned char>(text[at]))) ++at;
    if (at - start < 3) return std::nullopt;
    return std::string(text.substr(start, at - start));
  }
  std::optional<int> number() {
    const std::size_t start = at;
    int value = 0;
    while (!done() && std::isdigit(static_cast<unsigned char>(text[at])))
      value = value * 10 + (text[at++] - '0');
    if (at == start) return std::nullopt;
    return value;
  }
  // [+-]hh[:mm[:ss]] in seconds.
  std::optional<std::int32_t> duration() {
    int sign = 1;
    if (take('-'))
      sign = -1;
    else
      take('+');
    auto hours = number();
    if (!hours) return std::nullopt;
    std::int32_t total = *hours * 3600;
    if (take(':')) {
      auto minutes = number();
      if (!minutes) return std::nullopt;
      total += *minutes * 60;
      if (take(':')) {
        auto secs = number();
        if (!secs) return std::nullopt;
        total += *secs;
      }
    }
    return sign * total;
  }
};

}  // namespace

bool looks_like_zone_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '/' || name.find("..") != std::string_view::npos)
    return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+'))
      return false;
  // Without a '/', only plain names such as "UTC" or "CET"; "CET-1CEST" is a POSIX rule, not a name.
  if (name.find('/') == std::string_view::npos)
    for (char c : name)
      if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  return true;
}

Result<TimeZone> load_time_zone(const std::string& name, const std::filesystem::path& zoneinfo_dir) {
  if (!looks_like_zone_name(name))
    return Error{"\"" + name + "\" is not a time zone name (for example Europe/Madrid or America/New_York)."};
  std::ifstream file(zoneinfo_dir / name, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const Error unknown{"The time zone " + name + " is not in " + zoneinfo_dir.string() +
                      " (is tzdata installed?)."};
  if (!file.eof() && !file) return unknown;
  if (bytes.size() < 44 || bytes.compare(0, 4, "TZif") != 0) return unknown;

  // Version 1 files have 32-bit times only; later versions repeat the data with 64-bit times
  // after the first block, then the POSIX footer.
  const auto counts = [&](std::size_t header) {
    std::array<std::int64_t, 6> c{};
    for (std::size_t i = 0; i < 6; ++i) c[i] = big_endian(bytes, header + 20 + 4 * i, 4);
    return c;  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  };
  const auto block_size = [](const std::array<std::int64_t, 6>& c, std::size_t time_width) {
    return static_cast<std::size_t>(c[3] * time_width + c[3] + c[4] * 6 + c[5] + c[2] * (time_width + 4) +
                                    c[1] + c[0]);
  };
  std::size_t header = 0;
  std::size_t width = 4;
  auto c = counts(0);
  if (bytes[4] >= '2') {
    header = 44 + block_size(c, 4);
    if (bytes.size() < header + 44 || bytes.compare(header, 4, "TZif") != 0) return unknown;
    c = counts(header);
    width = 8;
  }
  const std::size_t data = header + 44;
  if (c[4] < 1 || bytes.size() < data + block_size(c, width)) return unknown;

  TimeZone zone;
  zone.name_ = name;
  zone.kinds_.clear();
  const std::size_t kinds_at = data + c[3] * width + c[3];
  const std::size_t chars_at = kinds_at + c[4] * 6;
  for (std::int64_t i = 0; i < c[4]; ++i) {
    const std::size_t at = kinds_at + i * 6;
    const std::size_t designation = static_cast<unsigned char>(bytes[at + 5]);
    if (designation >= static_cast<std::size_t>(c[5])) return unknown;
    const std::string abbreviation = bytes.substr(chars_at + designation).c_str();
    zone.kinds_.push_back(
        {static_cast<std::int32_t>(big_endian(bytes, at, 4)), bytes[at + 4] != 0, abbreviation});
  }
  for (std::int64_t i = 0; i < c[3]; ++i) {
    zone.transitions_.push_back(big_endian(bytes, data + i * width, width));
    const auto kind = static_cast<std::uint8_t>(bytes[data + c[3] * width + i]);
    if (kind >= zone.kinds_.size()) return unknown;
    zone.kind_of_.push_back(kind);
  }

  if (width == 8) {
    const std::size_t footer = data + block_size(c, width);
    const std::size_t end = bytes.find('\n', footer + 1);
    if (footer < bytes.size() && bytes[footer] == '\n' && end != std::string::npos) {
      PosixReader reader{std::string_view(bytes).substr(footer + 1, end - footer - 1)};
      TimeZone::Rule rule;
      auto standard_name = reader.name();
      auto standard_offset = reader.duration();
      if (standard_name && standard_offset) {
        rule.standard = {-*standard_offset, false, *standard_name};
        bool usable = true;
        if (!reader.done()) {
          auto daylight_name = reader.name();
          std::int32_t daylight_offset = rule.standard.offset + 3600;
          if (!reader.done() && reader.text[reader.at] != ',') {
            auto given = reader.duration();
            if (given)
              daylight_offset = -*given;
            else
              usable = false;
          }
          const auto change = [&](TimeZone::Rule::Change& out) {
            if (!reader.take(',') || !reader.take('M')) return false;
            auto month = reader.number();
            if (!month || !reader.take('.')) return false;
            auto week = reader.number();
            if (!week || !reader.take('.')) return false;
            auto weekday = reader.number();
            if (!weekday) return false;
            out = {*month, *week, *weekday, 7200};
            if (reader.take('/')) {
              auto time = reader.duration();
              if (!time) return false;
              out.time = *time;
            }
            return *month >= 1 && *month <= 12 && *week >= 1 && *week <= 5 && *weekday >= 0 && *weekday <= 6;
          };
          if (daylight_name && usable && change(rule.start) && change(rule.end)) {
            rule.daylight = {daylight_offset, true, *daylight_name};
            rule.has_daylight = true;
          } else {
            // Julian-day rules ("Jn", "n") are not used by any zone in today's tzdata: keep the
            // last transition's kind rather than guess.
            usable = false;
          }
        }
        if (usable) zone.rule_ = rule;
      }
    }
  }
  return zone;
}

std::optional<ZoneState> TimeZone::from_rule(sys_seconds when) const {
  if (!rule_) return std::nullopt;
  const Rule& rule = *rule_;
  if (!rule.has_daylight) return ZoneState{seconds(rule.standard.offset), rule.standard.abbreviation};
  using namespace std::chrono;
  // The instant (UTC) a change happens in `y`, given the offset in effect just before it.
  const auto instant = [](int y, const Rule::Change& change, std::int32_t offset_before) {
    const year_month ym{year{y}, month{static_cast<unsigned>(change.month)}};
    const sys_days first{ym / 1};
    const unsigned first_weekday = weekday{first}.c_encoding();
    sys_days day =
        first + days((change.weekday - static_cast<int>(first_weekday) + 7) % 7 + (change.week - 1) * 7);
    const sys_days last{ym / std::chrono::last};
    while (day > last) day -= days(7);
    return sys_seconds(day) + seconds(change.time) - seconds(offset_before);
  };
  const int y = static_cast<int>(year_month_day{floor<days>(when)}.year());
  // Check the year before too: the change may fall on the other side of New Year in UTC.
  for (int candidate : {y + 1, y, y - 1}) {
    const sys_seconds start = instant(candidate, rule.start, rule.standard.offset);
    const sys_seconds end = instant(candidate, rule.end, rule.daylight.offset);
    const bool northern = start < end;
    bool in_daylight;
    if (northern) {
      if (when >= end) return ZoneState{seconds(rule.standard.offset), rule.standard.abbreviation};
      if (when >= start) return ZoneState{seconds(rule.daylight.offset), rule.daylight.abbreviation};
      continue;
    }
    // Southern hemisphere: daylight from `start` to the next year's `end`.
    in_daylight = when >= start;
    if (in_daylight) return ZoneState{seconds(rule.daylight.offset), rule.daylight.abbreviation};
    if (when >= end) return ZoneState{seconds(rule.standard.offset), rule.standard.abbreviation};
  }
  return ZoneState{seconds(rule.standard.offset), rule.standard.abbreviation};
}

ZoneState TimeZone::at(sys_seconds when) const {
  const std::int64_t t = when.time_since_epoch().count();
  if (!transitions_.empty() && t >= transitions_.back()) {
    if (auto state = from_rule(when)) return *state;
  }
  if (transitions_.empty() || t < transitions_.front()) {
    if (transitions_.empty() && rule_) return *from_rule(when);
    // Before the first transition: the first standard-time kind (RFC 8536, 3.2).
    const Kind* first = &kinds_.front();
    for (const Kind& kind : kinds_)
      if (!kind.dst) {
        first = &kind;
        break;
      }
    return ZoneState{seconds(first->offset), first->abbreviation};
  }
  const auto it = std::upper_bound(transitions_.begin(), transitions_.end(), t);
  const Kind& kind = kinds_[kind_of_[static_cast<std::size_t>(it - transitions_.begin()) - 1]];
  return ZoneState{seconds(kind.offset), kind.abbreviation};
}

std::chrono::sys_seconds TimeZone::to_sys(std::chrono::local_seconds local) const {
  const sys_seconds naive{local.time_since_epoch()};
  const seconds before = at(naive - days(1)).offset;
  const seconds after = at(naive + days(1)).offset;
  std::optional<sys_seconds> found;
  for (seconds offset : {before, after}) {
    const sys_seconds candidate = naive - offset;
    if (at(candidate).offset == offset && (!found || candidate < *found)) found = candidate;
  }
  // In a gap (clocks went forward) neither reading exists: the moment the gap ends.
  return found ? *found : naive - before;
}

}  // namespace intake
