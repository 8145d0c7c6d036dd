#pragma once
// Just enough reading of a classic PDF file (header, objects, xref table, trailer), as libharu
// writes it, to append an incremental update: where the last xref is, how many objects there
// are, and the dictionaries of the catalog and the first page. Nothing here rewrites bytes.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace intake::signing {

struct PdfTail {
  int size = 0;                        // trailer /Size: the next free object number
  int root = 0;                        // catalog object number
  std::optional<int> info;             // /Info object number
  std::size_t xref_offset = 0;         // startxref
  std::map<int, std::size_t> offsets;  // in-use objects of the last xref section
};

// Reads the last trailer and its xref table. Errors name what was not where it should be.
Result<PdfTail> read_pdf_tail(std::string_view pdf);

// The "<< ... >>" of object `number` (generation 0), as it stands in the file.
Result<std::string_view> object_dictionary(std::string_view pdf, const PdfTail& tail, int number);

// The object number of "/Key N 0 R" at the top of `dict`, if present.
std::optional<int> reference_value(std::string_view dict, std::string_view key);
// The first "N 0 R" of the array "/Key [ ... ]" in `dict`, if present.
std::optional<int> first_array_reference(std::string_view dict, std::string_view key);
// Whether `dict` has the top-level key (followed by a delimiter, so /Annot is not /Annots).
bool has_key(std::string_view dict, std::string_view key);
// Where the value of top-level `key` starts in `dict`, or npos.
std::size_t key_value_offset(std::string_view dict, std::string_view key);

inline std::string_view as_text(std::span<const std::uint8_t> bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

}  // namespace intake::signing
