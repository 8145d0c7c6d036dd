// Signatures drawn as vector strokes with their manifestation beside them, and the final
// integrity block (consent SHA-256, verification code, QR code).
#include <algorithm>

#include "common/try.hpp"
#include "pdf/compose.hpp"
#include "pdf/qr_code.hpp"

namespace intake::pdf {
namespace {

constexpr double kSignatureBoxWidth = 250;
constexpr double kSignatureBoxHeight = 92;
constexpr double kSignatureInset = 5;

}  // namespace

Block signature_block(const ComposeContext& c, const SignatureInput& signature, std::string_view role,
                      bool staff) {
  const Typesetter& type = c.type;
  Unit unit;
  unit.ops.push_back(
      RectOp{0, 0, kSignatureBoxWidth, kSignatureBoxHeight, std::nullopt, palette::signature_frame, 0.6});
  // A faint baseline, as on the pad, so the box reads as a signature line when printed.
  const double baseline_y = kSignatureBoxHeight * 0.76;
  unit.ops.push_back(LineOp{12, baseline_y, kSignatureBoxWidth - 12, baseline_y, palette::rule, 0.5});
  const Box ink_box{kSignatureInset, kSignatureInset, kSignatureBoxWidth - 2 * kSignatureInset,
                    kSignatureBoxHeight - 2 * kSignatureInset};
  unit.ops.push_back(CurvesOp{signature_to_curves(signature, ink_box), palette::signature_ink, 1.3});
  // Names the record under the box: a printed copy of the signature says where it belongs.
  unit.ops.push_back(
      Typesetter::text(styles::label, 0, kSignatureBoxHeight + 2,
                       std::string(c.labels.electronic_signature) + " · " + c.input.document_id));

  const double x = kSignatureBoxWidth + 18;
  const double width = type.content_width() - x;
  double y = 0;
  y += type.add_lines(unit.ops, role, styles::h2, x, y, width);
  y += 2;
  auto field = [&](std::string_view label, const std::string& value, const TextStyle& style) {
    unit.ops.push_back(Typesetter::text(styles::label, x, y, std::string(label)));
    y += 10;
    y += type.add_lines(unit.ops, value, style, x, y, width);
    y += 2;
  };
  field(c.labels.printed_name, signature.printed_name, styles::body_bold);
  field(c.labels.signed_at, readable_time(c, signature.signed_at, staff), styles::body);
  field(c.labels.meaning, signature.meaning, styles::body);
  unit.height = std::max(y, kSignatureBoxHeight + 12) + 4;
  return unbroken_block(std::move(unit), 6, 6);
}

void compose_signatures(const ComposeContext& c, std::vector<Block>& blocks) {
  if (!c.input.consent_statement.empty() || !c.input.stop_notice.empty() ||
      !c.input.signature_intent.empty()) {
    blocks.push_back(c.type.heading(c.labels.consent_given));
    blocks.back().keep_with_next = true;
    if (!c.input.stop_notice.empty()) {
      blocks.push_back(c.type.paragraph(c.input.stop_notice, styles::body));
      blocks.back().keep_with_next = true;
    }
    if (!c.input.consent_statement.empty()) {
      blocks.push_back(c.type.paragraph(c.input.consent_statement, styles::body_bold));
      blocks.back().keep_with_next = true;
    }
    if (!c.input.signature_intent.empty()) {
      blocks.push_back(c.type.paragraph(c.input.signature_intent, styles::body));
      blocks.back().keep_with_next = true;
    }
  }
  blocks.push_back(c.type.heading(c.labels.signatures));
  blocks.push_back(signature_block(c, c.input.patient_signature, c.labels.patient_signature));
  if (c.input.guardian_signature) {
    std::string role(c.labels.guardian_signature);
    if (c.input.guardian && !c.input.guardian->relationship.empty()) {
      role += " (" + c.input.guardian->relationship + ")";
    }
    blocks.push_back(signature_block(c, *c.input.guardian_signature, role));
  }
}

Status compose_integrity(const ComposeContext& c, std::vector<Block>& blocks) {
  const Typesetter& type = c.type;
  const double width = type.content_width();
  QrMatrix qr = TRY(encode_qr(c.input.qr_payload));

  constexpr double kQrSize = 84;  // points, quiet zone included
  const double module = kQrSize / (qr.size + 8);
  Unit unit;
  std::vector<DrawOp> ops;
  ops.push_back(RectOp{8, 8, kQrSize, kQrSize, palette::white, std::nullopt, 0});
  ops.push_back(qr_rectangles(qr, 8 + 4 * module, 8 + 4 * module, module, palette::ink));

  const double x = 8 + kQrSize + 18;
  const double text_width = width - x - 12;
  double y = 8;
  auto field = [&](std::string_view label, const std::string& value, const TextStyle& style) {
    ops.push_back(Typesetter::text(styles::label, x, y, std::string(label)));
    y += 10;
    y += type.add_lines(ops, value, style, x, y, text_width);
    y += 3;
  };
  field("Verification code", c.input.verification_code, TextStyle{FontFace::bold, 12, 16, palette::ink});
  field("Document ID", c.input.document_id, styles::body_bold);
  field("SHA-256 of the consent text shown", c.input.consent_sha256_hex, styles::small);
  y += type.add_lines(ops,
                      "Staff: scan the code or enter the verification code in staff mode to open "
                      "this record and compare its stored hashes.",
                      styles::small, x, y, text_width);
  const double height = std::max(y, kQrSize + 8) + 8;
  unit.ops.push_back(RectOp{0, 0, width, height, palette::panel, std::nullopt, 0});
  for (DrawOp& op : ops) unit.ops.push_back(std::move(op));
  unit.height = height;

  Block heading = type.heading("Integrity and verification");
  blocks.push_back(std::move(heading));
  blocks.push_back(unbroken_block(std::move(unit)));
  return ok_status();
}

}  // namespace intake::pdf
