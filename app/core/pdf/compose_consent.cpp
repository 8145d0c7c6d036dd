// The consent exactly as shown (each section with its initials and time), the photo consent,
// and the certification statement the patient confirmed before signing.
#include <algorithm>
#include <cmath>

#include "pdf/compose.hpp"

namespace intake::pdf {
namespace {

void add_text_blocks(const Typesetter& type, const std::vector<TextBlock>& body, std::vector<Block>& blocks) {
  for (const TextBlock& part : body) {
    if (part.kind == TextBlock::Kind::bullet) {
      blocks.push_back(type.bullet(part.text, styles::body, 4));
    } else {
      blocks.push_back(type.paragraph(part.text, styles::body));
    }
  }
}

// The initials badge, right-aligned under the section it belongs to.
Unit initials_unit(const ComposeContext& c, const ConsentSection& section) {
  const Typesetter& type = c.type;
  std::string text = fill_label(c.labels.initials_given, "initials", section.initials);
  text = fill_label(text, "time", readable_time(c, section.initialled_at));
  const double text_width = type.text_width(styles::small_bold, text);
  const double box_width = std::min(text_width + 16, type.content_width());
  const double x = type.content_width() - box_width;
  constexpr double kTop = 4;
  Unit unit;
  unit.height = kTop + 16 + 4;
  unit.ops.push_back(RectOp{x, kTop, box_width, 16, palette::panel, std::nullopt, 0});
  unit.ops.push_back(RectOp{x, kTop, 2, 16, palette::accent, std::nullopt, 0});
  unit.ops.push_back(Typesetter::text(styles::small_bold, x + 9, kTop + 2.5, std::move(text)));
  return unit;
}

// Text on a tinted panel with an accent bar, one unit per line so it can cross a page.
Block panel_paragraph(const Typesetter& type, std::string_view text) {
  const double width = type.content_width();
  Block block;
  auto panel = [&](double height) {
    Unit unit;
    unit.height = height;
    unit.ops.push_back(RectOp{0, 0, width, height, palette::panel, std::nullopt, 0});
    unit.ops.push_back(RectOp{0, 0, 3, height, palette::accent, std::nullopt, 0});
    return unit;
  };
  block.units.push_back(panel(8));
  for (std::string& line : type.wrap(text, styles::body, width - 30)) {
    Unit unit = panel(styles::body.leading);
    if (!line.empty()) unit.ops.push_back(Typesetter::text(styles::body, 15, 0, std::move(line)));
    block.units.push_back(std::move(unit));
  }
  block.units.push_back(panel(8));
  return block;
}

}  // namespace

void compose_consent(const ComposeContext& c, std::vector<Block>& blocks) {
  const Typesetter& type = c.type;
  blocks.push_back(type.heading(c.labels.consent));
  // The document exactly as the patient saw it: its opening words come before the sections.
  add_text_blocks(type, c.input.consent_intro, blocks);
  for (const ConsentSection& section : c.input.consent_sections) {
    blocks.push_back(type.subheading(section.title));
    const std::size_t before = blocks.size();
    add_text_blocks(type, section.body, blocks);
    // The initials end the section's last block, so pagination never leaves them alone at
    // the top of a page, away from the text they acknowledge.
    Unit initials = initials_unit(c, section);
    if (blocks.size() > before && !blocks.back().units.empty()) {
      blocks.back().units.push_back(std::move(initials));
    } else {
      Block block;
      block.units.push_back(std::move(initials));
      blocks.push_back(std::move(block));
    }
  }

  blocks.push_back(type.heading(c.labels.photographs));
  const std::string question = c.input.photo_consent_question.empty() ? std::string(c.labels.photo_question)
                                                                      : c.input.photo_consent_question;
  // Laid out like a questionnaire row: question on the left, the answer in the answer column.
  const double answer_x = std::round(type.content_width() * 0.60);
  Unit row;
  const double height = type.add_lines(row.ops, question, styles::body, 10, 5, answer_x - 26);
  row.ops.push_back(Typesetter::text(styles::body_bold, answer_x, 5,
                                     std::string(c.input.photo_consent ? c.labels.yes : c.labels.no)));
  row.height = height + 10;
  row.ops.push_back(LineOp{0, row.height, type.content_width(), row.height, palette::rule, 0.4});
  blocks.push_back(unbroken_block(std::move(row)));

  blocks.push_back(type.heading(c.labels.certification));
  // What the patient confirmed stays on the page of the signature that follows it.
  Block certification = panel_paragraph(type, c.input.certification_statement);
  certification.keep_with_next = true;
  blocks.push_back(std::move(certification));
}

}  // namespace intake::pdf
