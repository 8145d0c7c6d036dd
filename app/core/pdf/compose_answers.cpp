// Every question the patient was shown, with the answer in their language, an English rendering
// for staff when they used another language, and flagged answers marked with their severity.
#include <algorithm>
#include <cmath>

#include "pdf/compose.hpp"

namespace intake::pdf {
namespace {

constexpr double kPadding = 5;
constexpr double kTextX = 10;  // room for the severity bar at the left edge

// An answer row taller than this (a very long free-text answer) is laid out as plain
// paragraphs instead, so it can break across pages rather than run into the footer.
constexpr double kMaxRowHeight = 360;

void add_stacked(const ComposeContext& c, const AnswerEntry& a, std::vector<Block>& blocks) {
  const Typesetter& type = c.type;
  blocks.push_back(type.paragraph(a.question, styles::body, kTextX));
  blocks.back().keep_with_next = true;
  if (!c.patient_copy && !a.question_en.empty())
    blocks.push_back(type.paragraph(a.question_en, styles::small, kTextX));
  blocks.push_back(type.paragraph(a.answer, styles::body_bold, kTextX + 14));
  if (!c.patient_copy && !a.answer_en.empty())
    blocks.push_back(type.paragraph(a.answer_en, styles::small, kTextX + 14));
}

}  // namespace

void compose_answers(const ComposeContext& c, std::vector<Block>& blocks) {
  const Typesetter& type = c.type;
  const double width = type.content_width();
  const double answer_x = std::round(width * 0.60);
  const double question_width = answer_x - kTextX - 16;
  const double answer_width = width - answer_x;

  blocks.push_back(type.heading(c.labels.questionnaire));
  if (c.input.language != "en" && !c.patient_copy) {
    Block note =
        type.paragraph("English renderings for staff are shown in grey under each item.", styles::small);
    note.space_after = 3;
    blocks.push_back(std::move(note));
  }
  for (const AnswerEntry& original : c.input.answers) {
    // The patient's copy: their own words only, without the staff's renderings and flags.
    AnswerEntry patient_view;
    if (c.patient_copy)
      patient_view = AnswerEntry{original.question_id, original.question, original.answer, "", "", {}, {}};
    const AnswerEntry& a = c.patient_copy ? patient_view : original;
    Unit row;
    double left = kPadding;
    left += type.add_lines(row.ops, a.question, styles::body, kTextX, left, question_width);
    if (!a.question_en.empty()) {
      left += type.add_lines(row.ops, a.question_en, styles::small, kTextX, left, question_width);
    }
    double right = kPadding;
    right += type.add_lines(row.ops, a.answer.empty() ? std::string("—") : a.answer, styles::body_bold,
                            answer_x, right, answer_width);
    if (!a.answer_en.empty()) {
      right += type.add_lines(row.ops, a.answer_en, styles::small, answer_x, right, answer_width);
    }
    if (a.severity) {
      const Rgb color = severity_color(severity_rank(*a.severity));
      right += 2;
      const double chip_width = type.add_chip(row.ops, severity_name(*a.severity), color, answer_x, right);
      std::string codes;
      for (const std::string& code : a.flag_codes) codes += (codes.empty() ? "" : ", ") + code;
      if (!codes.empty()) {
        type.add_lines(row.ops, codes, styles::small, answer_x + chip_width + 5, right - 0.5,
                       answer_width - chip_width - 5);
      }
      right += styles::chip.leading + 1;
    }
    const double height = std::max(left, right) + kPadding;
    if (height > kMaxRowHeight) {
      add_stacked(c, a, blocks);
      continue;
    }
    if (a.severity) {
      row.ops.push_back(
          RectOp{0, 3, 2.5, height - 6, severity_color(severity_rank(*a.severity)), std::nullopt, 0});
    }
    row.ops.push_back(LineOp{0, height, width, height, palette::rule, 0.4});
    row.height = height;
    blocks.push_back(unbroken_block(std::move(row)));
  }
}

}  // namespace intake::pdf
