// The practitioner review page, added after the signed document for staff (a new version; the
// patient-signed original is never changed).
#include "pdf/compose.hpp"

namespace intake::pdf {
namespace {

const char* decision_text(ReviewDecision decision) {
  switch (decision) {
    case ReviewDecision::cleared: return "Cleared to treat";
    case ReviewDecision::treat_with_changes: return "Treat with changes";
    case ReviewDecision::not_treated: return "Not treated today";
  }
  return "";
}

}  // namespace

void compose_review(const ComposeContext& c, const PractitionerReview& review, std::vector<Block>& blocks) {
  const Typesetter& type = c.type;
  const std::size_t first = blocks.size();
  const double width = type.content_width();

  Unit top;
  double y = 0;
  y += type.add_lines(top.ops, c.input.clinic_name, styles::clinic, 0, y, width);
  if (const std::string contact = clinic_contact_line(c.input, labels_for("en")); !contact.empty())
    y += type.add_lines(top.ops, contact, styles::meta, 0, y, width);
  y += 3;
  y += type.add_lines(top.ops, "Practitioner review", styles::title, 0, y, width);
  y += 1;
  y += type.add_lines(top.ops,
                      "Added by staff after the patient signed; the earlier pages are the record as signed.",
                      styles::meta, 0, y, width);
  y += 8;
  top.ops.push_back(LineOp{0, y, width, y, palette::accent, 1.4});
  top.height = y + 1;
  Block header;
  header.units.push_back(std::move(top));
  header.keep_together = true;
  blocks.push_back(std::move(header));

  blocks.push_back(type.heading("Record reviewed"));
  std::string codes;
  for (const FlagSummary& flag : c.input.flags) {
    codes += (codes.empty() ? "" : ", ") + flag_words(flag) + " (" + severity_name(flag.severity) + ")";
  }
  blocks.push_back(
      field_grid(type,
                 {{"Document ID", c.input.document_id},
                  {"Signed by the patient", readable_time(c, c.input.patient_signature.signed_at, true)},
                  {"Flags", codes.empty() ? std::string("None") : codes}},
                 2));
  if (!review.original_pdf_sha256.empty()) {
    blocks.push_back(
        field_grid(type, {{"SHA-256 of the patient-signed PDF", review.original_pdf_sha256}}, 1));
  }

  blocks.push_back(type.heading("Decision"));
  Block decisions;
  for (ReviewDecision option :
       {ReviewDecision::cleared, ReviewDecision::treat_with_changes, ReviewDecision::not_treated}) {
    const bool chosen = option == review.decision;
    Unit row;
    row.height = 19;
    row.ops.push_back(RectOp{0, 3.5, 11, 11, chosen ? std::optional<Rgb>(palette::accent) : std::nullopt,
                             palette::accent, 0.8});
    if (chosen) {
      row.ops.push_back(LineOp{2.5, 9, 4.8, 11.6, palette::white, 1.4});
      row.ops.push_back(LineOp{4.8, 11.6, 8.8, 6, palette::white, 1.4});
    }
    row.ops.push_back(
        Typesetter::text(chosen ? styles::body_bold : styles::body, 19, 2.5, decision_text(option)));
    decisions.units.push_back(std::move(row));
  }
  decisions.keep_together = true;
  blocks.push_back(std::move(decisions));

  if (!review.reasons.empty()) {
    blocks.push_back(type.heading("Reasons for going ahead"));
    std::vector<Field> reasons;
    for (const ClearingReason& reason : review.reasons) {
      // "Pregnant (STOP)": the flag as the Flags line above names it.
      std::string flag = reason.label.empty() ? reason.code : reason.label;
      for (const FlagSummary& summary : c.input.flags)
        if (summary.code == reason.code) flag += std::string(" (") + severity_name(summary.severity) + ")";
      reasons.push_back({flag, reason.reason});
    }
    blocks.push_back(field_grid(type, reasons, 1));
  }

  blocks.push_back(type.heading("Note"));
  blocks.push_back(type.paragraph(review.note.empty() ? std::string("No note.") : review.note,
                                  review.note.empty() ? styles::small : styles::body));

  blocks.push_back(type.heading("Countersignature"));
  blocks.push_back(signature_block(c, review.countersignature,
                                   review.role.empty() ? std::string("Practitioner") : review.role, true));
  for (std::size_t i = first; i < blocks.size(); ++i) blocks[i].page_set = PageSet::review;
}

}  // namespace intake::pdf
