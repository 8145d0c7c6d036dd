#pragma once
// A SELECT's columns declared once: an enum and a table of (column, SQL) pairs in the enum's
// order. The SELECT list is made from the table and each value is read by its enum
// (statement.text(RecordColumn::email)), so adding a column cannot shift the others:
//
//   enum class PdfColumn { version, sha256 };
//   inline constexpr std::array kPdfColumns = {EnumName<PdfColumn>{PdfColumn::version, "version"},
//                                              EnumName<PdfColumn>{PdfColumn::sha256, "sha256"}};
//   static_assert(columns_in_order(kPdfColumns));
//   "SELECT " + select_list(kPdfColumns) + " FROM record_pdfs ..."
#include <array>
#include <cstddef>
#include <string>

#include "common/enum_names.hpp"

namespace intake::store {

// True when entry i of the table is the column with value i, which the reads by enum rely on.
template <typename Column, std::size_t N>
constexpr bool columns_in_order(const std::array<EnumName<Column>, N>& columns) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(columns[i].value) != i) return false;
  return true;
}

// "a, b, c": the table's SQL in order, for after SELECT.
template <typename Column, std::size_t N>
std::string select_list(const std::array<EnumName<Column>, N>& columns) {
  std::string list;
  for (const auto& column : columns) {
    if (!list.empty()) list += ", ";
    list += column.name;
  }
  return list;
}

}  // namespace intake::store
