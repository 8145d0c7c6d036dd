// Text blocks alone: each kind of text is drawn in its own font and colour and read back by the
// probe where it was drawn; text wraps at its width and says when a word had to be split; an
// attention note sits in its own box; centred text is centred; text scrolled away is not read.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"
#include "ui/ui_frame.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "widget_harness.hpp"

using intake::testing::WidgetHarness;
using namespace intake::ui;

namespace {

const ProbeText* find_text(const UiProbe& probe, std::string_view text) {
  for (const ProbeText& each : probe.texts)
    if (each.text == text) return &each;
  return nullptr;
}

// Whether what was painted (a colour's bounds) lies on the text's rectangle and spans most of it:
// the words in that colour are where the probe says they are.
bool painted_on(const ProbeRect& painted, const ProbeRect& text) {
  return !painted.empty() && painted.inside(text, 2.f) && painted.width() > 0.5f * text.width();
}

ProbeRect joined(const ProbeRect& a, const ProbeRect& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

constexpr const char* kParagraph =
    "Please read each question carefully and answer it as well as you can. If you are not sure, "
    "choose the answer that fits best and tell the practitioner before your treatment.";

}  // namespace

TEST_CASE("headings, body and muted text are read back in drawing order, each in its own style",
          "[ui][text_blocks]") {
  WidgetHarness ui;
  float heading_px = 0.f, body_px = 0.f;
  auto draw = [&](UiFrame& frame) {
    heading_px = frame.fonts.heading->FontSize;
    body_px = frame.fonts.body->FontSize;
    heading(frame, "Your health");
    body_text(frame, "A few questions about you.");
    muted_text(frame, "About two minutes.");
  };
  ui.frame(draw);
  const UiProbe& probe = ui.probe();
  REQUIRE(probe.texts.size() == 3);
  const ProbeText& title = probe.texts[0];
  const ProbeText& body = probe.texts[1];
  const ProbeText& muted = probe.texts[2];
  CHECK(title.text == "Your health");
  CHECK(body.text == "A few questions about you.");
  CHECK(muted.text == "About two minutes.");
  CHECK(title.order < body.order);
  CHECK(body.order < muted.order);
  // One under the other, the heading in the bigger font.
  CHECK(title.rect.y1 <= body.rect.y0);
  CHECK(body.rect.y1 <= muted.rect.y0);
  CHECK(heading_px > body_px);
  CHECK(title.layout.text_px == heading_px);
  CHECK(body.layout.text_px == body_px);
  CHECK(title.rect.height() > body.rect.height());
  // Muted text is painted in the muted colour, the heading and body in the text colour.
  CHECK(painted_on(ui.painted_bounds(theme::kMutedText), muted.rect));
  CHECK(painted_on(ui.painted_bounds(theme::kText), joined(title.rect, body.rect)));
  CHECK(ui.painted_bounds(theme::kText).y1 <= muted.rect.y0 + 1.f);
  CHECK(probe.all_text() == "Your health\nA few questions about you.\nAbout two minutes.\n");
}

TEST_CASE("a text block wraps at its width, and says when a word had to be split", "[ui][text_blocks]") {
  WidgetHarness ui;
  float line_px = 0.f;
  const float wrap = 500.f;
  auto draw = [&](UiFrame& frame) {
    line_px = ImGui::GetTextLineHeight();
    text_block(frame, kParagraph, frame.fonts.body, theme::kText, wrap);
    text_block(frame, "Supercalifragilisticexpialidociousnessfulnesslessnessly", frame.fonts.heading,
               theme::kText, frame.metrics.px(200.f));
  };
  ui.frame(draw);
  const ProbeText* paragraph = find_text(ui.probe(), kParagraph);
  REQUIRE(paragraph != nullptr);
  CHECK(paragraph->rect.width() <= wrap + 1.f);
  CHECK(paragraph->rect.height() > 3 * line_px);  // several lines
  CHECK_FALSE(paragraph->layout.broken_word);
  const ProbeText* word = find_text(ui.probe(), "Supercalifragilisticexpialidociousnessfulnesslessnessly");
  REQUIRE(word != nullptr);
  CHECK(word->layout.broken_word);
}

TEST_CASE("an attention note is boxed in its own colour beside the text it is about", "[ui][text_blocks]") {
  WidgetHarness ui;
  auto draw = [&](UiFrame& frame) {
    body_text(frame, "Are you pregnant?");
    attention_note(frame, "Please answer this question.");
    body_text(frame, "Next question");
  };
  ui.frame(draw);
  const ProbeText* question = find_text(ui.probe(), "Are you pregnant?");
  const ProbeText* note = find_text(ui.probe(), "Please answer this question.");
  const ProbeText* after = find_text(ui.probe(), "Next question");
  REQUIRE(question != nullptr);
  REQUIRE(note != nullptr);
  REQUIRE(after != nullptr);
  const ProbeRect box = ui.painted_bounds(theme::kAttentionFill);
  REQUIRE_FALSE(box.empty());
  // The box is behind the note's words with room around them, and between the texts around it.
  CHECK(note->rect.inside(box, 0.5f));
  const float pad = ui.metrics().px(14.f);
  CHECK(note->rect.x0 - box.x0 == Catch::Approx(pad).margin(1.f));
  CHECK(note->rect.y0 - box.y0 == Catch::Approx(pad).margin(1.f));
  CHECK(box.y0 >= question->rect.y1);
  CHECK(box.y1 <= after->rect.y0);
  // The words and the bar at the box's left edge are in the attention colour.
  const ProbeRect attention = ui.painted_bounds(theme::kAttention);
  CHECK(attention.inside(box, 1.f));
  CHECK(attention.x0 == Catch::Approx(box.x0).margin(1.f));
  CHECK(attention.x1 > note->rect.x0 + 0.5f * note->rect.width());
}

TEST_CASE("centred text is centred in its column", "[ui][text_blocks]") {
  WidgetHarness ui;
  float column_x = 0.f;
  const float width = 900.f;
  auto draw = [&](UiFrame& frame) {
    column_x = ImGui::GetCursorScreenPos().x;
    centered_text(frame, "Thank you", frame.fonts.heading, theme::kPrimary, width);
    centered_text(frame, kParagraph, frame.fonts.body, theme::kText, width);
  };
  ui.frame(draw);
  const ProbeText* thanks = find_text(ui.probe(), "Thank you");
  REQUIRE(thanks != nullptr);
  CHECK(thanks->rect.center_x() == Catch::Approx(column_x + width / 2).margin(1.f));
  const ProbeRect words = ui.painted_bounds(theme::kPrimary);
  CHECK(painted_on(words, thanks->rect));
  CHECK(words.center_x() == Catch::Approx(column_x + width / 2).margin(4.f));
  // Text wider than the column wraps within it.
  const ProbeText* paragraph = find_text(ui.probe(), kParagraph);
  REQUIRE(paragraph != nullptr);
  CHECK(paragraph->rect.x0 >= column_x - 1.f);
  CHECK(paragraph->rect.x1 <= column_x + width + 1.f);
  CHECK_FALSE(paragraph->layout.broken_word);
}

TEST_CASE("text scrolled out of its view is not read back", "[ui][text_blocks]") {
  WidgetHarness ui;
  auto draw = [&](UiFrame& frame) {
    ScopedChild view("view", ImVec2(600.f, 200.f), false, 0);
    body_text(frame, "On screen");
    ImGui::Dummy(ImVec2(10.f, 600.f));
    body_text(frame, "Below the view");
  };
  ui.frame(draw);
  ui.frame(draw);
  CHECK(ui.probe().shows_text("On screen"));
  CHECK_FALSE(ui.probe().shows_text("Below the view"));
}

TEST_CASE("text sizes: a line's size and the widest word, as ImGui lays them out", "[ui][text_blocks]") {
  WidgetHarness ui;
  ImVec2 one{}, two{}, longest_alone{};
  float longest = 0.f, spaced = 0.f;
  auto draw = [&](UiFrame& frame) {
    one = text_size(frame.fonts.body, "Sign");
    two = text_size(frame.fonts.body, "Sign here");
    longest_alone = text_size(frame.fonts.body, "questionnaire");
    longest = longest_word_width(frame.fonts.body, "the questionnaire is short");
    spaced = longest_word_width(frame.fonts.body, "questionnaire\nis  short");
  };
  ui.frame(draw);
  CHECK(one.x > 0.f);
  CHECK(two.x > one.x);
  CHECK(two.y == one.y);
  CHECK(longest == Catch::Approx(longest_alone.x).margin(1.f));
  CHECK(spaced == Catch::Approx(longest_alone.x).margin(1.f));
}
