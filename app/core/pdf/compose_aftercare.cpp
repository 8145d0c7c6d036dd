// The aftercare sheet: a patient-copy page set after the signed record, in the same PDF.
#include "pdf/compose.hpp"

namespace intake::pdf {
namespace {

// The clinic's name and numbers in a box the patient can find again in a hurry.
Block contact_box(const ComposeContext& c) {
  const Typesetter& type = c.type;
  const double width = type.content_width();
  std::vector<std::string> lines = {c.input.clinic_name};
  if (!c.input.clinic_phone.empty())
    lines.push_back(std::string(c.labels.clinic_phone) + ": " + c.input.clinic_phone);
  if (!c.input.clinic_out_of_hours_phone.empty())
    lines.push_back(std::string(c.labels.out_of_hours) + ": " + c.input.clinic_out_of_hours_phone);
  if (!c.input.clinic_address.empty()) lines.push_back(c.input.clinic_address);
  Unit unit;
  double y = 8;
  unit.ops.push_back(Typesetter::text(styles::label, 14, y, std::string(c.labels.contact_us)));
  y += 11;
  for (std::size_t i = 0; i < lines.size(); ++i)
    y += type.add_lines(unit.ops, lines[i], i == 0 || i == 1 ? styles::body_bold : styles::body, 14, y,
                        width - 28);
  y += 8;
  unit.ops.insert(unit.ops.begin(), RectOp{0, 0, 3, y, palette::accent, std::nullopt, 0});
  unit.ops.insert(unit.ops.begin(), RectOp{0, 0, width, y, palette::panel, std::nullopt, 0});
  unit.height = y;
  return unbroken_block(std::move(unit), 4, 6);
}

}  // namespace

void compose_aftercare(const ComposeContext& c, std::vector<Block>& blocks) {
  if (c.input.aftercare.empty()) return;
  const Typesetter& type = c.type;
  const std::size_t first = blocks.size();

  Unit top;
  double y = 0;
  y += type.add_lines(top.ops, std::string(c.labels.patient_copy) + "  ·  " + c.input.clinic_name,
                      styles::clinic, 0, y, type.content_width());
  if (const std::string contact = clinic_contact_line(c.input, c.labels); !contact.empty())
    y += type.add_lines(top.ops, contact, styles::meta, 0, y, type.content_width());
  y += 3;
  const std::string title =
      c.input.aftercare_title.empty() ? c.input.document_title : c.input.aftercare_title;
  y += type.add_lines(top.ops, title, styles::title, 0, y, type.content_width());
  y += 1;
  y += type.add_lines(
      top.ops, c.input.patient.given_name + " " + c.input.patient.family_name + "  ·  " + c.input.document_id,
      styles::meta, 0, y, type.content_width());
  y += 8;
  top.ops.push_back(LineOp{0, y, type.content_width(), y, palette::accent, 1.4});
  top.height = y + 1;
  blocks.push_back(unbroken_block(std::move(top), 0, 4));

  for (const TextBlock& part : c.input.aftercare_intro)
    blocks.push_back(part.kind == TextBlock::Kind::bullet ? type.bullet(part.text, styles::body, 4)
                                                          : type.paragraph(part.text, styles::body));
  bool contact_shown = false;
  for (const AftercareSection& section : c.input.aftercare) {
    blocks.push_back(type.heading(section.title));
    for (const TextBlock& part : section.body) {
      blocks.push_back(part.kind == TextBlock::Kind::bullet ? type.bullet(part.text, styles::body, 4)
                                                            : type.paragraph(part.text, styles::body));
    }
    if (section.id == "call_us") {
      blocks.push_back(contact_box(c));
      contact_shown = true;
    }
  }
  if (!contact_shown) blocks.push_back(contact_box(c));
  for (std::size_t i = first; i < blocks.size(); ++i) blocks[i].page_set = PageSet::aftercare;
}

}  // namespace intake::pdf
