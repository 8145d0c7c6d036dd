#pragma once
// How much a flagged answer matters: one vocabulary for the form rules, the PDF, the store, the
// staff screens and FHIR. The numbers are the store's flag_level and the names the form files'
// and the stored flags' "severity": neither may change.
#include <optional>
#include <string_view>

#include "common/enum_names.hpp"

namespace intake {

enum class Severity { note = 1, review = 2, stop = 3 };

inline constexpr std::array kSeverityNames = {EnumName<Severity>{Severity::stop, "stop"},
                                              EnumName<Severity>{Severity::review, "review"},
                                              EnumName<Severity>{Severity::note, "note"}};

inline const char* to_string(Severity severity) { return enum_name(kSeverityNames, severity, "note"); }
inline std::optional<Severity> parse_severity(std::string_view text) {
  return enum_from_name(kSeverityNames, text);
}
constexpr bool more_severe(Severity a, Severity b) { return static_cast<int>(a) > static_cast<int>(b); }

}  // namespace intake
