// Word wrap and pagination rules, checked on their own with simple, exact metrics.
#include <catch2/catch_test_macros.hpp>

#include "pdf/paginate.hpp"
#include "pdf/text_wrap.hpp"
#include "pdf/utf8_text.hpp"

using namespace intake::pdf;

namespace {

// Every code point is one unit wide: widths are then exact character counts.
class CountingMeasure : public TextMeasure {
 public:
  double width(FontFace, double, std::string_view text) const override {
    return static_cast<double>(decode_utf8(text).size());
  }
};

Block lines(int count, double height = 10) {
  Block block;
  for (int i = 0; i < count; ++i) block.units.push_back(Unit{height, {TextOp{}}});
  return block;
}

}  // namespace

TEST_CASE("wrapping breaks at spaces and never exceeds the width", "[pdf][wrap]") {
  const CountingMeasure m;
  const auto out = wrap_text("the quick brown fox jumps over the lazy dog", 10, FontFace::regular, 10, m);
  CHECK(out == std::vector<std::string>{"the quick", "brown fox", "jumps over", "the lazy", "dog"});
}

TEST_CASE("wrapping counts characters, not bytes, in non-Latin text", "[pdf][wrap]") {
  const CountingMeasure m;
  const auto out = wrap_text("Ελένη Ольга Nguyễn Thị Ánh", 11, FontFace::regular, 10, m);
  CHECK(out == std::vector<std::string>{"Ελένη Ольга", "Nguyễn Thị", "Ánh"});
}

TEST_CASE("an over-long word is broken between characters, keeping combining marks", "[pdf][wrap]") {
  const CountingMeasure m;
  CHECK(wrap_text("3f7a9c2e51d04b8e", 6, FontFace::regular, 10, m) ==
        std::vector<std::string>{"3f7a9c", "2e51d0", "4b8e"});
  // "e" + COMBINING CIRCUMFLEX + COMBINING TILDE counts 3 but must stay together.
  const std::string word =
      "abcde\xCC\x82\xCC\x83"
      "fgh";
  const auto out = wrap_text(word, 5, FontFace::regular, 10, m);
  REQUIRE(out.size() == 3);
  CHECK(out[0] == "abcd");
  CHECK(out[1] ==
        "e\xCC\x82\xCC\x83"
        "fg");  // the cluster moved whole, then filled up
  CHECK(out[2] == "h");
}

TEST_CASE("newlines force breaks and blank lines are kept", "[pdf][wrap]") {
  const CountingMeasure m;
  CHECK(wrap_text("one\n\ntwo  three", 40, FontFace::regular, 10, m) ==
        std::vector<std::string>{"one", "", "two three"});
}

TEST_CASE("a heading moves to the next page with the first lines of what follows", "[pdf][paginate]") {
  PageGeometry g;
  g.first_page_top = 0;
  g.later_page_top = 0;
  g.content_bottom = 100;
  Block filler = lines(8);  // 80 of 100
  Block heading = lines(1);
  heading.keep_with_next = true;
  Block body = lines(5);
  const auto pages = paginate({filler, heading, body}, g);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].ops.size() == 8);  // the heading did not stay behind alone
  CHECK(pages[1].ops.size() == 6);
}

TEST_CASE("a paragraph may split, but keeps two lines at the bottom of a page", "[pdf][paginate]") {
  PageGeometry g;
  g.first_page_top = 0;
  g.later_page_top = 0;
  g.content_bottom = 100;
  const auto pages = paginate({lines(9), lines(5)}, g);  // one line of room: not enough
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].ops.size() == 9);
  const auto split = paginate({lines(8), lines(5)}, g);  // two lines of room: split
  REQUIRE(split.size() == 2);
  CHECK(split[0].ops.size() == 10);
  CHECK(split[1].ops.size() == 3);
}

TEST_CASE("keep-together blocks move whole and new page sets start on a new page", "[pdf][paginate]") {
  PageGeometry g;
  g.first_page_top = 0;
  g.later_page_top = 0;
  g.content_bottom = 100;
  Block box = lines(4);
  box.keep_together = true;
  Block aftercare = lines(1);
  aftercare.page_set = PageSet::aftercare;
  const auto pages = paginate({lines(7), box, aftercare}, g);
  REQUIRE(pages.size() == 3);
  CHECK(pages[1].ops.size() == 4);
  CHECK(pages[2].page_set == PageSet::aftercare);
  // Nothing is ever placed below the content bottom.
  for (const Page& page : pages) {
    for (const DrawOp& op : page.ops) CHECK(std::get<TextOp>(op).baseline <= 100);
  }
}
