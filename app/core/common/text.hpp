#pragma once
// The one place that knows UTF-8 and Unicode (ICU underneath): decoding, counting, NFC, and
// what may appear in a name or a one-line field. Everything that reads or cuts text a person
// typed (forms, answers, the session, the PDF, the on-screen keyboard, staff names) uses this.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace intake::text {

// One decoded code point and the byte range it came from.
struct CodePoint {
  char32_t value;
  std::size_t offset;
  std::size_t length;
};

// Invalid bytes decode as U+FFFD (one byte each): never a crash, never an overlong form.
std::vector<CodePoint> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);
bool is_valid_utf8(std::string_view text);
// 1-based line of the first byte sequence that is not valid UTF-8, or 0 when all is valid.
int first_invalid_utf8_line(std::string_view text);
// Code points (what a length limit counts).
std::size_t code_point_count(std::string_view text);
// Splits text into its code points, each as its own UTF-8 string (keyboard rows).
std::vector<std::string> split_code_points(std::string_view text);
// Without the spaces, tabs and line breaks at either end.
std::string_view trim(std::string_view text);
// Removes the last code point; returns it (0 when the text was empty).
char32_t pop_code_point(std::string& text);

// Combining marks stay glued to their base letter (line breaking, backspace).
bool is_combining_mark(char32_t code_point);

// Unicode NFC: "e" + U+0301 and "é" are stored, compared and searched as the same name.
// Text that is not valid UTF-8 is returned unchanged (the checks below refuse it).
std::string to_nfc(std::string_view text);

// Why a piece of text cannot go into a name or a one-line field (or free text).
enum class TextProblem {
  none,
  invalid_utf8,
  control_character,  // C0/C1 controls, DEL, ESC...
  bidi_control,       // embedding, override, isolate and mark characters that reorder text
  line_break,         // a newline, U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR
};
TextProblem single_line_problem(std::string_view text);
// Free text (notes): newlines and tabs are fine; the rest as for a single line.
TextProblem multi_line_problem(std::string_view text);
// "contains a control character", ... (completes "<field> ...").
const char* describe(TextProblem problem);

// Something a reader can see: not only spaces (any kind), zero-width or other invisible
// format characters. A name without any is missing.
bool has_visible_text(std::string_view text);

// For a terminal or a log: control, bidi and line-break characters shown as \u{XXXX}, so a
// stored name can never move the cursor, recolour the screen or reverse a line.
std::string printable(std::string_view text);

}  // namespace intake::text
