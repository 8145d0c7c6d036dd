// The aftercare sheet: a patient-copy page set after the signed record, in the same PDF.
#include "pdf/compose.hpp"

namespace intake::pdf {

void compose_aftercare(const ComposeContext& c, std::vector<Block>& blocks) {
  if (c.input.aftercare.empty()) return;
  const Typesetter& type = c.type;
  const std::size_t first = blocks.size();

  Unit top;
  double y = 0;
  y += type.add_lines(top.ops, std::string(c.labels.patient_copy) + "  ·  " + c.input.clinic_name,
                      styles::clinic, 0, y, type.content_width());
  y += 3;
  const std::string title =
      c.input.aftercare_title.empty() ? c.input.document_title : c.input.aftercare_title;
  y += type.add_lines(top.ops, title, styles::title, 0, y, type.content_width());
  y += 1;
  y += type.add_lines(top.ops,
                      c.input.patient.given_name + " " + c.input.patient.family_name + "  ·  " +
                          c.input.document_id,
                      styles::meta, 0, y, type.content_width());
  y += 8;
  top.ops.push_back(LineOp{0, y, type.content_width(), y, palette::accent, 1.4});
  top.height = y + 1;
  Block header;
  header.units.push_back(std::move(top));
  header.keep_together = true;
  header.space_after = 4;
  blocks.push_back(std::move(header));

  for (const TextBlock& part : c.input.aftercare_intro)
    blocks.push_back(part.kind == TextBlock::Kind::bullet ? type.bullet(part.text, styles::body, 4)
                                                          : type.paragraph(part.text, styles::body));
  for (const AftercareSection& section : c.input.aftercare) {
    blocks.push_back(type.heading(section.title));
    for (const TextBlock& part : section.body) {
      blocks.push_back(part.kind == TextBlock::Kind::bullet ? type.bullet(part.text, styles::body, 4)
                                                            : type.paragraph(part.text, styles::body));
    }
  }
  for (std::size_t i = first; i < blocks.size(); ++i) blocks[i].page_set = PageSet::aftercare;
}

}  // namespace intake::pdf
