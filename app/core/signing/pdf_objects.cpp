#include "signing/pdf_objects.hpp"

#include <cctype>
#include <charconv>

#include "signing/signing_error.hpp"

namespace intake::signing {
namespace {

Error shape(const std::string& what) {
  return Error{"The PDF could not be signed: " + what + ".", kExitSigningFailed};
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delimiter(char c) {
  return is_space(c) || c == '/' || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')';
}

std::size_t skip_space(std::string_view text, std::size_t at) {
  while (at < text.size() && is_space(text[at])) ++at;
  return at;
}

std::optional<long long> read_integer(std::string_view text, std::size_t& at) {
  at = skip_space(text, at);
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data() + at, text.data() + text.size(), value);
  if (error != std::errc{}) return std::nullopt;
  at = static_cast<std::size_t>(end - text.data());
  return value;
}

// "N G R" at `at`: the object number.
std::optional<int> read_reference(std::string_view text, std::size_t at) {
  auto number = read_integer(text, at);
  auto generation = read_integer(text, at);
  at = skip_space(text, at);
  if (!number || !generation || at >= text.size() || text[at] != 'R') return std::nullopt;
  return static_cast<int>(*number);
}

// Skips one literal string "(...)" starting at `at` (which holds '('); returns the index after it.
std::size_t skip_literal_string(std::string_view text, std::size_t at) {
  int depth = 0;
  for (; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '\\') {
      ++at;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return at + 1;
    }
  }
  return std::string_view::npos;
}

// The dictionary starting at `at` ("<<"): its extent, nested dictionaries and strings skipped.
std::optional<std::string_view> dictionary_at(std::string_view text, std::size_t at) {
  if (text.substr(at, 2) != "<<") return std::nullopt;
  const std::size_t start = at;
  int depth = 0;
  while (at < text.size()) {
    if (text.compare(at, 2, "<<") == 0) {
      ++depth;
      at += 2;
    } else if (text.compare(at, 2, ">>") == 0) {
      at += 2;
      if (--depth == 0) return text.substr(start, at - start);
    } else if (text[at] == '<') {
      const std::size_t end = text.find('>', at);
      if (end == std::string_view::npos) return std::nullopt;
      at = end + 1;
    } else if (text[at] == '(') {
      at = skip_literal_string(text, at);
      if (at == std::string_view::npos) return std::nullopt;
    } else {
      ++at;
    }
  }
  return std::nullopt;
}

}  // namespace

std::size_t key_value_offset(std::string_view dict, std::string_view key) {
  // Only the top level: walk the dictionary's own depth.
  int depth = 0;
  for (std::size_t at = 0; at < dict.size();) {
    if (dict.compare(at, 2, "<<") == 0) {
      ++depth;
      at += 2;
    } else if (dict.compare(at, 2, ">>") == 0) {
      --depth;
      at += 2;
    } else if (dict[at] == '(') {
      at = skip_literal_string(dict, at);
      if (at == std::string_view::npos) return at;
    } else if (dict[at] == '[') {
      // Arrays hold no keys; skip them (they may hold names that look like keys).
      int brackets = 0;
      for (; at < dict.size(); ++at) {
        if (dict[at] == '[') ++brackets;
        if (dict[at] == ']' && --brackets == 0) break;
      }
      ++at;
    } else if (depth == 1 && dict[at] == '/' && dict.compare(at, key.size(), key) == 0 &&
               at + key.size() < dict.size() && is_delimiter(dict[at + key.size()])) {
      return at + key.size();
    } else if (dict[at] == '/') {
      // A name: a key, or a value such as /Type /Page; skip it whole.
      ++at;
      while (at < dict.size() && !is_delimiter(dict[at])) ++at;
    } else {
      ++at;
    }
  }
  return std::string_view::npos;
}

bool has_key(std::string_view dict, std::string_view key) {
  return key_value_offset(dict, key) != std::string_view::npos;
}

std::optional<int> reference_value(std::string_view dict, std::string_view key) {
  const std::size_t at = key_value_offset(dict, key);
  if (at == std::string_view::npos) return std::nullopt;
  return read_reference(dict, at);
}

std::optional<int> first_array_reference(std::string_view dict, std::string_view key) {
  std::size_t at = key_value_offset(dict, key);
  if (at == std::string_view::npos) return std::nullopt;
  at = skip_space(dict, at);
  if (at >= dict.size() || dict[at] != '[') return std::nullopt;
  return read_reference(dict, at + 1);
}

Result<PdfTail> read_pdf_tail(std::string_view pdf) {
  if (pdf.substr(0, 5) != "%PDF-") return shape("it does not start with %PDF-");
  const std::size_t startxref = pdf.rfind("startxref");
  if (startxref == std::string_view::npos) return shape("it has no startxref");
  std::size_t at = startxref + 9;
  auto xref_offset = read_integer(pdf, at);
  if (!xref_offset || *xref_offset <= 0 || static_cast<std::size_t>(*xref_offset) >= pdf.size())
    return shape("its startxref points nowhere");
  PdfTail tail;
  tail.xref_offset = static_cast<std::size_t>(*xref_offset);
  if (pdf.compare(tail.xref_offset, 4, "xref") != 0)
    return shape("it has an xref stream, not the xref table this signer appends to");

  at = tail.xref_offset + 4;
  for (;;) {
    at = skip_space(pdf, at);
    if (pdf.compare(at, 7, "trailer") == 0) break;
    auto first = read_integer(pdf, at);
    auto count = read_integer(pdf, at);
    if (!first || !count || *first < 0 || *count < 0) return shape("its xref table is malformed");
    at = skip_space(pdf, at);
    for (long long i = 0; i < *count; ++i) {
      if (at + 20 > pdf.size()) return shape("its xref table is cut short");
      std::size_t field = at;
      auto offset = read_integer(pdf, field);
      if (!offset) return shape("its xref table has a malformed entry");
      if (pdf[at + 17] == 'n') tail.offsets[static_cast<int>(*first + i)] = static_cast<std::size_t>(*offset);
      at += 20;
    }
  }
  auto trailer = dictionary_at(pdf, skip_space(pdf, at + 7));
  if (!trailer) return shape("its trailer is malformed");
  std::size_t size_at = key_value_offset(*trailer, "/Size");
  auto size = size_at == std::string_view::npos ? std::nullopt : read_integer(*trailer, size_at);
  auto root = reference_value(*trailer, "/Root");
  if (!size || !root) return shape("its trailer names no /Size or /Root");
  if (has_key(*trailer, "/Encrypt")) return shape("it is encrypted");
  tail.size = static_cast<int>(*size);
  tail.root = *root;
  tail.info = reference_value(*trailer, "/Info");
  return tail;
}

Result<std::string_view> object_dictionary(std::string_view pdf, const PdfTail& tail, int number) {
  const auto found = tail.offsets.find(number);
  if (found == tail.offsets.end())
    return shape("object " + std::to_string(number) + " is not in its xref table");
  std::size_t at = found->second;
  auto n = read_integer(pdf, at);
  auto g = read_integer(pdf, at);
  at = skip_space(pdf, at);
  if (!n || *n != number || !g || pdf.compare(at, 3, "obj") != 0)
    return shape("object " + std::to_string(number) + " is not where its xref table says");
  auto dict = dictionary_at(pdf, skip_space(pdf, at + 3));
  if (!dict) return shape("object " + std::to_string(number) + " is not a dictionary");
  return *dict;
}

}  // namespace intake::signing
