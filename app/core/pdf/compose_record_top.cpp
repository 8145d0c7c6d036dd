// The top of the record: header, the staff flag summary, the patient and guardian.
#include <algorithm>
#include <array>

#include "common/enum_names.hpp"
#include "pdf/compose.hpp"

namespace intake::pdf {

int severity_rank(Severity severity) {
  switch (severity) {
    case Severity::stop: return 0;
    case Severity::review: return 1;
    case Severity::note: return 2;
  }
  return 2;
}

std::string readable_time(const ComposeContext& c, const std::string& iso, bool staff) {
  return readable_offset_time(iso, c.input.zone,
                              DateStyle{staff ? "en" : c.input.language, c.input.date_order});
}

std::string readable_birth_date(const ComposeContext& c, const std::string& iso) {
  const auto date = parse_calendar_date(iso);
  return date ? readable_date(*date, DateStyle{c.input.language, c.input.date_order}) : iso;
}

std::string clinic_contact_line(const ConsentPdfInput& in, const PdfLabels& labels) {
  std::string line = in.clinic_address;
  const auto add = [&](std::string_view label, const std::string& value) {
    if (value.empty()) return;
    if (!line.empty()) line += "  ·  ";
    line += std::string(label) + " " + value;
  };
  add(labels.clinic_phone, in.clinic_phone);
  add(labels.out_of_hours, in.clinic_out_of_hours_phone);
  return line;
}

const std::string& flag_words(const FlagSummary& flag) { return flag.label.empty() ? flag.code : flag.label; }

const char* severity_name(Severity severity) {
  // The chip's word, in capitals to stand out: not the stored name.
  static constexpr std::array kChipWords = {EnumName<Severity>{Severity::stop, "STOP"},
                                            EnumName<Severity>{Severity::review, "REVIEW"},
                                            EnumName<Severity>{Severity::note, "NOTE"}};
  return enum_name(kChipWords, severity, "NOTE");
}

void compose_header(const ComposeContext& c, std::vector<Block>& blocks) {
  const Typesetter& type = c.type;
  const double width = type.content_width();
  constexpr double kBoxWidth = 158;
  Unit unit;
  // Right: the identifiers staff search by, in a quiet box.
  const double box_x = width - kBoxWidth;
  unit.ops.push_back(RectOp{box_x, 0, kBoxWidth, 58, palette::panel, std::nullopt, 0});
  unit.ops.push_back(Typesetter::text(styles::label, box_x + 8, 6, std::string(c.labels.document_id)));
  unit.ops.push_back(Typesetter::text(styles::body_bold, box_x + 8, 15, c.input.document_id));
  unit.ops.push_back(Typesetter::text(styles::label, box_x + 8, 31, std::string(c.labels.form_and_version)));
  unit.ops.push_back(
      Typesetter::text(styles::body, box_x + 8, 40, c.input.form_id + " · v" + c.input.form_version));
  // Left: who made it and what it is.
  const double left_width = box_x - 16;
  double y = 0;
  y += type.add_lines(unit.ops, c.input.clinic_name, styles::clinic, 0, y, left_width);
  if (const std::string contact = clinic_contact_line(c.input, c.labels); !contact.empty())
    y += type.add_lines(unit.ops, contact, styles::meta, 0, y, left_width);
  y += 3;
  y += type.add_lines(unit.ops, c.input.document_title, styles::title, 0, y, left_width);
  y += 1;
  const std::string meta = fill_label(c.labels.recorded, "time", readable_time(c, c.input.created_at));
  y += type.add_lines(unit.ops, meta, styles::meta, 0, y, left_width);
  const double bottom = std::max(y, 58.0) + 9;
  unit.ops.push_back(LineOp{0, bottom, width, bottom, palette::accent, 1.4});
  unit.height = bottom + 1;
  blocks.push_back(unbroken_block(std::move(unit), 0, 12));
}

void compose_flags(const ComposeContext& c, std::vector<Block>& blocks) {
  const Typesetter& type = c.type;
  const double width = type.content_width();
  std::vector<FlagSummary> flags = c.input.flags;
  std::stable_sort(flags.begin(), flags.end(), [](const FlagSummary& a, const FlagSummary& b) {
    return severity_rank(a.severity) < severity_rank(b.severity);
  });
  const Rgb bar = flags.empty() ? palette::rule : severity_color(severity_rank(flags[0].severity));

  auto panel_unit = [&](double height) {
    Unit unit;
    unit.height = height;
    unit.ops.push_back(RectOp{0, 0, width, height, palette::panel, std::nullopt, 0});
    unit.ops.push_back(RectOp{0, 0, 3, height, bar, std::nullopt, 0});
    return unit;
  };

  Block block;
  block.keep_together = true;
  block.space_after = 4;
  Unit title = panel_unit(22);
  std::string heading = "For staff: flags raised by the screening rules";
  if (!flags.empty()) heading += " (" + std::to_string(flags.size()) + ")";
  title.ops.push_back(Typesetter::text(styles::small_bold, 14, 7, heading));
  block.units.push_back(std::move(title));

  if (flags.empty()) {
    Unit none = panel_unit(styles::body.leading + 8);
    none.ops.push_back(Typesetter::text(styles::body, 14, 0, "No flags were raised."));
    block.units.push_back(std::move(none));
  }
  constexpr double kCodeX = 66;
  constexpr double kMessageX = 196;
  for (const FlagSummary& flag : flags) {
    Unit row;
    std::vector<DrawOp> ops;
    type.add_chip(ops, severity_name(flag.severity), severity_color(severity_rank(flag.severity)), 14, 2);
    const double code_height =
        type.add_lines(ops, flag_words(flag), styles::body_bold, kCodeX, 0, kMessageX - kCodeX - 8);
    const double message_height =
        type.add_lines(ops, flag.staff_message, styles::body, kMessageX, 0, width - kMessageX - 12);
    row = panel_unit(std::max({code_height, message_height, 14.0}) + 5);
    for (DrawOp& op : ops) row.ops.push_back(std::move(op));
    block.units.push_back(std::move(row));
  }
  block.units.push_back(panel_unit(6));
  blocks.push_back(std::move(block));
}

Block field_grid(const Typesetter& type, const std::vector<Field>& fields, int columns) {
  const double column_width = type.content_width() / columns;
  Block block;
  for (std::size_t start = 0; start < fields.size(); start += static_cast<std::size_t>(columns)) {
    Unit unit;
    double height = 0;
    for (int col = 0; col < columns; ++col) {
      const std::size_t i = start + static_cast<std::size_t>(col);
      if (i >= fields.size()) break;
      const double x = col * column_width;
      unit.ops.push_back(Typesetter::text(styles::label, x, 2, fields[i].label));
      const double used =
          type.add_lines(unit.ops, fields[i].value, styles::body_bold, x, 12, column_width - 14);
      height = std::max(height, 12 + used);
    }
    unit.height = height + 5;
    block.units.push_back(std::move(unit));
  }
  block.keep_together = true;
  return block;
}

void compose_identity(const ComposeContext& c, std::vector<Block>& blocks) {
  const PdfLabels& l = c.labels;
  const PatientIdentity& p = c.input.patient;
  auto or_not_given = [&](const std::string& value) {
    return value.empty() ? std::string(l.not_given) : value;
  };
  blocks.push_back(c.type.heading(l.patient));
  blocks.push_back(field_grid(c.type,
                              {{std::string(l.name), p.given_name + " " + p.family_name},
                               {std::string(l.date_of_birth), readable_birth_date(c, p.date_of_birth)},
                               {std::string(l.phone), or_not_given(p.phone)},
                               {std::string(l.email), or_not_given(p.email)}},
                              2));
  if (c.input.guardian) {
    blocks.push_back(c.type.heading(l.guardian));
    blocks.push_back(field_grid(c.type,
                                {{std::string(l.name), c.input.guardian->name},
                                 {std::string(l.relationship), c.input.guardian->relationship}},
                                2));
  }
}

}  // namespace intake::pdf
