// The one text module: UTF-8 through ICU, NFC, and what a name or one-line field may hold.
#include <catch2/catch_test_macros.hpp>

#include "common/text.hpp"

using namespace intake::text;

TEST_CASE("names that look blank have nothing visible in them", "[common][text]") {
  CHECK_FALSE(has_visible_text(""));
  CHECK_FALSE(has_visible_text("   "));
  CHECK_FALSE(has_visible_text("\u200B\u200B"));        // zero-width spaces
  CHECK_FALSE(has_visible_text("\u00A0\u3000\u2007"));  // no-break, ideographic, figure spaces
  CHECK_FALSE(has_visible_text("\u200D\u2060\uFEFF"));  // joiner, word joiner, BOM
  CHECK_FALSE(has_visible_text("\u0301"));              // a lone combining accent
  CHECK(has_visible_text("Ana"));
  CHECK(has_visible_text(" \u00A0Zoë"));
  CHECK(has_visible_text("李"));
}

TEST_CASE("control, bidi and line-separator characters are refused on one line", "[common][text]") {
  CHECK(single_line_problem("Ana María") == TextProblem::none);
  CHECK(single_line_problem("Nguyễn Thị Ánh") == TextProblem::none);
  CHECK(single_line_problem("mallory\u202Enimda") == TextProblem::bidi_control);  // RLO
  CHECK(single_line_problem("a\u2066b\u2069") == TextProblem::bidi_control);      // isolates
  CHECK(single_line_problem("a\u202Ab") == TextProblem::bidi_control);            // embedding
  CHECK(single_line_problem("a\u2028b") == TextProblem::line_break);
  CHECK(single_line_problem("a\u2029b") == TextProblem::line_break);
  CHECK(single_line_problem("a\nb") == TextProblem::line_break);
  CHECK(single_line_problem("a\x1b[31mb") == TextProblem::control_character);
  CHECK(single_line_problem("a\u0085b") == TextProblem::line_break);
  CHECK(single_line_problem("a\x80") == TextProblem::invalid_utf8);
  CHECK(multi_line_problem("line one\nline two\ttab") == TextProblem::none);
  CHECK(multi_line_problem("note\u202Eeton") == TextProblem::bidi_control);
}

TEST_CASE("text is NFC-normalized", "[common][text]") {
  CHECK(to_nfc("Jose\u0301") == "José");
  CHECK(to_nfc("José") == "José");
  CHECK(to_nfc("\xff") == "\xff");  // not UTF-8: unchanged, and refused by the checks
}

TEST_CASE("UTF-8 decoding refuses overlongs and surrogates and counts characters", "[common][text]") {
  CHECK(code_point_count("José") == 4);
  CHECK(first_invalid_utf8_line("ok\nok\n\xC0\xAF") == 3);  // overlong '/'
  CHECK(first_invalid_utf8_line("\xED\xA0\x80") == 1);      // a surrogate
  CHECK(first_invalid_utf8_line("Zoë\n李") == 0);
  const auto points = decode_utf8("a\xffé");
  REQUIRE(points.size() == 3);
  CHECK(points[1].value == 0xFFFD);
  CHECK(points[2].value == U'é');
  std::string text = "Zoe\u0301";
  CHECK(pop_code_point(text) == 0x0301);
  CHECK(text == "Zoe");
  CHECK(split_code_points("ñé") == std::vector<std::string>{"ñ", "é"});
}

TEST_CASE("printable shows control and bidi characters instead of obeying them", "[common][text]") {
  CHECK(printable("mallory\u202Enimda") == "mallory\\u{202E}nimda");
  CHECK(printable("a\x1b[2Jb") == "a\\u{001B}[2Jb");
  CHECK(printable("Zoë") == "Zoë");
}
