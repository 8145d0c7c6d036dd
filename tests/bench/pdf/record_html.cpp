#include "record_html.hpp"

#include <fmt/format.h>

namespace intake::pdf::bench {
namespace {

std::string esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* sev(Severity s) {
  return s == Severity::stop ? "STOP" : s == Severity::review ? "REVIEW" : "NOTE";
}

// The signature as an inline SVG path, like the PDF's vector strokes.
std::string svg_signature(const SignatureInput& s) {
  std::string d;
  for (const Stroke& stroke : s.strokes) {
    for (std::size_t i = 0; i < stroke.size(); ++i) {
      d += fmt::format("{}{:.1f} {:.1f} ", i == 0 ? "M" : "L", stroke[i].x, stroke[i].y);
    }
  }
  return fmt::format(
      "<svg viewBox='0 0 {} {}' width='250' height='84' style='border:1px solid #9aa'>"
      "<path d='{}' fill='none' stroke='#0b216b' stroke-width='3' stroke-linecap='round'/></svg>",
      s.pad_width, s.pad_height, d);
}

std::string blocks(const std::vector<TextBlock>& body) {
  std::string out;
  bool in_list = false;
  for (const TextBlock& b : body) {
    if (b.kind == TextBlock::Kind::bullet && !in_list) out += "<ul>", in_list = true;
    if (b.kind != TextBlock::Kind::bullet && in_list) out += "</ul>", in_list = false;
    out += b.kind == TextBlock::Kind::bullet ? "<li>" + esc(b.text) + "</li>" : "<p>" + esc(b.text) + "</p>";
  }
  if (in_list) out += "</ul>";
  return out;
}

}  // namespace

std::string record_to_html(const ConsentPdfInput& in) {
  std::string h = fmt::format(
      "<!doctype html><html lang='{}'><head><meta charset='utf-8'><title>{}</title><style>"
      "@page{{size:A4;margin:16mm 19mm}}body{{font-family:'Noto Sans';font-size:9.5pt;"
      "color:#1c2129}}h1{{font-size:18pt}}h2{{font-size:11.5pt;color:#174a66;border-bottom:1px "
      "solid #ccd}}td{{vertical-align:top;padding:3px}}.sig{{display:flex;gap:18px}}"
      "</style></head><body>",
      esc(in.language), esc(in.document_title));
  h += fmt::format("<div>{}</div><h1>{}</h1><p>Document ID {} · Form {} v{} · Recorded {}</p>",
                   esc(in.clinic_name), esc(in.document_title), esc(in.document_id), esc(in.form_id),
                   esc(in.form_version), esc(in.created_at));
  h += "<h2>For staff: flags</h2><table>";
  for (const FlagSummary& f : in.flags) {
    h += fmt::format("<tr><td><b>{}</b></td><td>{}</td><td>{}</td></tr>", sev(f.severity), esc(f.code),
                     esc(f.staff_message));
  }
  h += "</table><h2>Patient</h2>";
  h += fmt::format("<p>{} {} · {} · {} · {}</p>", esc(in.patient.given_name), esc(in.patient.family_name),
                   esc(in.patient.date_of_birth), esc(in.patient.phone), esc(in.patient.email));
  if (in.guardian) {
    h += fmt::format("<h2>Guardian</h2><p>{} · {}</p>", esc(in.guardian->name),
                     esc(in.guardian->relationship));
  }
  h += "<h2>Health questionnaire</h2><table>";
  for (const AnswerEntry& a : in.answers) {
    h += fmt::format("<tr><td>{}<br><small>{}</small></td><td><b>{}</b><br><small>{}</small>{}</td></tr>",
                     esc(a.question), esc(a.question_en), esc(a.answer), esc(a.answer_en),
                     a.severity ? std::string(" <b>") + sev(*a.severity) + "</b>" : "");
  }
  h += "</table><h2>Consent</h2>";
  for (const ConsentSection& s : in.consent_sections) {
    h += fmt::format("<h3>{}</h3>{}<p><b>Initialled {} at {}</b></p>", esc(s.title), blocks(s.body),
                     esc(s.initials), esc(s.initialled_at));
  }
  h += fmt::format("<h2>Photographs</h2><p>{}</p>", in.photo_consent ? "Yes" : "No");
  h += fmt::format("<h2>Certification</h2><p>{}</p><h2>Signatures</h2>", esc(in.certification_statement));
  auto sig = [&](const SignatureInput& s) {
    h += fmt::format("<div class='sig'>{}<div>{}<br>{}<br>{}</div></div>", svg_signature(s),
                     esc(s.printed_name), esc(s.signed_at), esc(s.meaning));
  };
  sig(in.patient_signature);
  if (in.guardian_signature) sig(*in.guardian_signature);
  h += fmt::format("<h2>Integrity</h2><p>Verification code {}<br>SHA-256 {}</p>", esc(in.verification_code),
                   esc(in.consent_sha256_hex));
  h += fmt::format("<h1 style='break-before:page'>{}</h1>", esc(in.aftercare_title));
  for (const AftercareSection& s : in.aftercare) {
    h += fmt::format("<h2>{}</h2>{}", esc(s.title), blocks(s.body));
  }
  h += "</body></html>";
  return h;
}

}  // namespace intake::pdf::bench
