#pragma once
// A SELECT's columns declared once, as a list of their SQL, and each value read by its name:
// the name is found in the list at compile time (a name that is not there does not compile),
// so adding a column cannot shift the others.
//
//   inline constexpr ColumnList kPdfColumns{"version", "length(bytes) AS length", "p.sha256"};
//   "SELECT " + kPdfColumns.sql() + " FROM record_pdfs p ..."
//   row.integer(kPdfColumns["length"]), row.text(kPdfColumns["sha256"])
//
// A column's name is what follows " AS ", else what follows the last '.', else all of it.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace intake::store {

template <std::size_t N>
struct ColumnList {
  std::array<std::string_view, N> columns;

  // The column's place in the SELECT list.
  consteval int operator[](std::string_view name) const {
    for (std::size_t i = 0; i < N; ++i)
      if (name_of(columns[i]) == name) return static_cast<int>(i);
    throw "no such column in this list";  // not a constant expression: the read does not compile
  }

  // "a, b, c": the list for after SELECT.
  std::string sql() const {
    std::string list;
    for (std::string_view column : columns) {
      if (!list.empty()) list += ", ";
      list += column;
    }
    return list;
  }

  static constexpr std::string_view name_of(std::string_view column) {
    if (const std::size_t as = column.rfind(" AS "); as != std::string_view::npos)
      return column.substr(as + 4);
    if (const std::size_t dot = column.rfind('.'); dot != std::string_view::npos)
      return column.substr(dot + 1);
    return column;
  }
};

template <typename... Column>
ColumnList(Column...) -> ColumnList<sizeof...(Column)>;

}  // namespace intake::store
