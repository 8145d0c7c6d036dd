#pragma once
// One way to turn an enum into the name that files, the store, FHIR and the CLI hold, and back:
// each enum has one table of (value, name) pairs, and these two lookups read it. A name is
// stored, so a table's names never change once written.
//
//   inline constexpr std::array kRoleNames = {EnumName<Role>{Role::admin, "admin"}, ...};
//   const char* to_string(Role role) { return enum_name(kRoleNames, role); }
//   std::optional<Role> parse_role(std::string_view text) { return enum_from_name(kRoleNames, text); }
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace intake {

template <typename E>
struct EnumName {
  E value;
  const char* name;
};

// The value's name; `fallback` for a value the table lacks (a cast from a bad number).
template <typename E, std::size_t N>
constexpr const char* enum_name(const std::array<EnumName<E>, N>& names, E value,
                                const char* fallback = "?") {
  for (const auto& entry : names)
    if (entry.value == value) return entry.name;
  return fallback;
}

// The value with that exact name, or nullopt.
template <typename E, std::size_t N>
constexpr std::optional<E> enum_from_name(const std::array<EnumName<E>, N>& names, std::string_view name) {
  for (const auto& entry : names)
    if (name == entry.name) return entry.value;
  return std::nullopt;
}

}  // namespace intake
