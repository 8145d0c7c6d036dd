#include "common/text.hpp"

#include <fmt/format.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace intake::text {
namespace {

bool is_bidi_control(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_BIDI_CONTROL); }

bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool is_control(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_CONTROL_CHAR; }

TextProblem problem_in(std::string_view text, bool allow_newlines) {
  for (const CodePoint& cp : decode_utf8(text)) {
    const char32_t c = cp.value;
    if (c == 0xFFFD && cp.length == 1) return TextProblem::invalid_utf8;  // decode_utf8's mark
    if (allow_newlines && (c == '\n' || c == '\t' || c == '\r')) continue;
    if (is_line_break(c)) return TextProblem::line_break;
    if (is_control(c)) return TextProblem::control_character;
    if (is_bidi_control(c)) return TextProblem::bidi_control;
  }
  return TextProblem::none;
}

}  // namespace

std::vector<CodePoint> decode_utf8(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      // ICU skips the whole maximal bad subsequence; one U+FFFD per byte keeps offsets simple.
      out.push_back({0xFFFD, static_cast<std::size_t>(start), 1});
      i = start + 1;
      continue;
    }
    out.push_back(
        {static_cast<char32_t>(c), static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)});
  }
  return out;
}

void append_utf8(std::string& out, char32_t code_point) {
  std::uint8_t buffer[U8_MAX_LENGTH];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, static_cast<UChar32>(code_point), error);
  if (error) {
    append_utf8(out, 0xFFFD);
    return;
  }
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

bool is_valid_utf8(std::string_view text) { return first_invalid_utf8_line(text) == 0; }

int first_invalid_utf8_line(std::string_view text) {
  int line = 1;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return line;
    if (c == '\n') ++line;
  }
  return 0;
}

std::size_t code_point_count(std::string_view text) { return decode_utf8(text).size(); }

std::vector<std::string> split_code_points(std::string_view text) {
  std::vector<std::string> parts;
  for (const CodePoint& cp : decode_utf8(text)) parts.emplace_back(text.substr(cp.offset, cp.length));
  return parts;
}

char32_t pop_code_point(std::string& text) {
  if (text.empty()) return 0;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::int32_t end = static_cast<std::int32_t>(text.size());
  UChar32 c = 0;
  U8_PREV(bytes, 0, end, c);
  text.erase(static_cast<std::size_t>(end));
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

bool is_combining_mark(char32_t code_point) {
  const std::int8_t type = u_charType(static_cast<UChar32>(code_point));
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK;
}

std::string to_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || !is_valid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())), sink, nullptr,
                     status);
  if (U_FAILURE(status)) return std::string(text);
  return out;
}

TextProblem single_line_problem(std::string_view text) { return problem_in(text, false); }
TextProblem multi_line_problem(std::string_view text) { return problem_in(text, true); }

const char* describe(TextProblem problem) {
  switch (problem) {
    case TextProblem::none: return "is fine";
    case TextProblem::invalid_utf8: return "is not valid UTF-8 text";
    case TextProblem::control_character: return "contains a control character";
    case TextProblem::bidi_control:
      return "contains a character that reorders text (a bidirectional control)";
    case TextProblem::line_break: return "contains a line break";
  }
  return "is not valid";
}

bool has_visible_text(std::string_view text) {
  for (const CodePoint& cp : decode_utf8(text)) {
    const auto c = static_cast<UChar32>(cp.value);
    if (u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) continue;
    const std::int8_t type = u_charType(c);
    if (type == U_CONTROL_CHAR || type == U_FORMAT_CHAR || type == U_UNASSIGNED ||
        type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR)
      continue;
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) continue;  // a mark alone shows nothing
    return true;
  }
  return false;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const CodePoint& cp : decode_utf8(text)) {
    const char32_t c = cp.value;
    if (is_control(c) || is_bidi_control(c) || is_line_break(c) || (c == 0xFFFD && cp.length == 1))
      out += fmt::format("\\u{{{:04X}}}",
                         c == 0xFFFD && cp.length == 1
                             ? static_cast<unsigned>(static_cast<unsigned char>(text[cp.offset]))
                             : static_cast<unsigned>(c));
    else
      out.append(text.substr(cp.offset, cp.length));
  }
  return out;
}

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace intake::text
