// The pipeline: validate -> make every string printable -> compose and paginate once to learn
// which characters the document uses -> subset the fonts to exactly those -> compose and
// paginate again measuring with the embedded fonts -> paint -> save to memory.
#include <fmt/format.h>

#include <set>

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "common/try.hpp"
#include "pdf/compose.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/hpdf_document.hpp"
#include "pdf/hpdf_painter.hpp"
#include "pdf/input_strings.hpp"
#include "pdf/page_decoration.hpp"
#include "pdf/paginate.hpp"
#include "pdf/pdfa_metadata.hpp"
#include "pdf/to_unicode_cmap.hpp"
#include "pdf/utf8_text.hpp"
#include "pdf/validate_input.hpp"

namespace intake::pdf {
namespace {

// Only used to find out which characters appear; widths do not change which characters.
class RoughMeasure : public TextMeasure {
 public:
  double width(FontFace, double size, std::string_view text) const override {
    return static_cast<double>(decode_utf8(text).size()) * size * 0.55;
  }
};

// Characters the fonts lack, or libharu's UTF-8 path cannot carry (outside the BMP), become
// "?"; control characters become spaces. Newlines stay: they are paragraph breaks.
void make_printable(std::string& text, const SourceFont& regular, const SourceFont& bold) {
  std::string out;
  out.reserve(text.size());
  for (const CodePoint& cp : decode_utf8(text)) {
    char32_t c = cp.value;
    if (c == '\n') {
      out.push_back('\n');
      continue;
    }
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
      c = ' ';
    else if (c > 0xFFFF || !regular.covers(c) || !bold.covers(c))
      c = '?';
    append_utf8(out, c);
  }
  secure_wipe(text);
  text = std::move(out);
}

// The wall-clock fields of a recorded time in the offset it was recorded with.
Timestamp wall_fields(const OffsetTime& time) {
  using namespace std::chrono;
  const auto local = time.instant + time.offset;
  const auto day = floor<days>(local);
  const year_month_day date{day};
  const hh_mm_ss clock{local - day};
  return {static_cast<int>(date.year()),
          static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day())),
          static_cast<int>(clock.hours().count()),
          static_cast<int>(clock.minutes().count()),
          static_cast<int>(clock.seconds().count()),
          static_cast<int>(time.offset.count())};
}

PageGeometry geometry_for(PaperSize paper) {
  PageGeometry geometry;
  if (paper == PaperSize::letter) {
    geometry.width = 612;
    geometry.height = 792;
    geometry.content_bottom = 792 - 62;
  }
  return geometry;
}

std::string birth_date_text(const ConsentPdfInput& in) {
  const auto date = parse_calendar_date(in.patient.date_of_birth);
  return date ? readable_date(*date, DateStyle{in.language, in.date_order}) : in.patient.date_of_birth;
}

DecorationText decoration_text(const ConsentPdfInput& in, const PdfLabels& labels) {
  DecorationText text;
  text.clinic_name = in.clinic_name;
  if (!in.clinic_phone.empty())
    text.clinic_name += "  ·  " + std::string(labels.clinic_phone) + " " + in.clinic_phone;
  text.record_title = in.document_title;
  text.aftercare_title = std::string(labels.patient_copy) + " · " +
                         (in.aftercare_title.empty() ? in.document_title : in.aftercare_title);
  text.review_title = "Practitioner review";
  text.footer_identity = fmt::format("{} {}  ·  {} {}  ·  {}  ·  {} v{}", in.patient.given_name,
                                     in.patient.family_name, labels.date_of_birth_short, birth_date_text(in),
                                     in.document_id, in.form_id, in.form_version);
  return text;
}

struct LaidOut {
  std::vector<Page> pages;
  std::vector<std::vector<DrawOp>> decorations;  // one list per page
};

Result<LaidOut> lay_out(const ConsentPdfInput& in, const PractitionerReview* review, const PdfLabels& labels,
                        const TextMeasure& measure, const PageGeometry& geometry, bool patient_copy) {
  const Typesetter type(measure, geometry.content_width());
  const ComposeContext context{in, labels, type, patient_copy};
  std::vector<Block> blocks = TRY(compose_document(context, review));
  LaidOut out;
  out.pages = paginate(blocks, geometry);
  const DecorationText text = decoration_text(in, labels);
  const int count = static_cast<int>(out.pages.size());
  for (int i = 0; i < count; ++i) {
    const auto index = static_cast<std::size_t>(i);
    const PageSet set = out.pages[index].page_set;
    const bool first_of_set = i == 0 || out.pages[index - 1].page_set != set;
    out.decorations.push_back(page_decoration(text, labels, geometry, type, set, i + 1, count, first_of_set));
  }
  return out;
}

void collect_code_points(const std::vector<DrawOp>& ops, std::set<char32_t>& out) {
  for (const DrawOp& op : ops) {
    if (const auto* text = std::get_if<TextOp>(&op)) {
      for (const CodePoint& cp : decode_utf8(text->text)) out.insert(cp.value);
    }
  }
}

void wipe_text(std::vector<DrawOp>& ops) {
  for (DrawOp& op : ops) {
    if (auto* text = std::get_if<TextOp>(&op)) secure_wipe(text->text);
  }
}

void wipe(LaidOut& laid_out) {
  for (Page& page : laid_out.pages) wipe_text(page.ops);
  for (std::vector<DrawOp>& ops : laid_out.decorations) wipe_text(ops);
}

Result<HPDF_Font> load_font(HpdfDocument& doc, const MemfdFile& file, const std::set<char32_t>& code_points) {
  const char* name = HPDF_LoadTTFontFromFile(doc.get(), file.proc_path().c_str(), HPDF_TRUE);
  if (name == nullptr) {
    Status status = doc.check("loading a font subset");
    return status ? Error{"The PDF library could not load a font subset."} : status.error();
  }
  HPDF_Font font = HPDF_GetFont(doc.get(), name, "UTF-8");
  if (font == nullptr) return Error{"The PDF library could not prepare a font for UTF-8 text."};
  TRY(replace_to_unicode_cmap(font, code_points));
  return font;
}

// The information dictionary and the PDF/A parts say the same (PDF/A asks that they agree).
Status set_document_info(HpdfDocument& doc, const ConsentPdfInput& in, const PractitionerReview* review,
                         bool patient_copy) {
  const Timestamp t = wall_fields(*parse_offset_time(in.created_at));  // validated before
  HPDF_Date date{};
  date.year = t.year;
  date.month = t.month;
  date.day = t.day;
  date.hour = t.hour;
  date.minutes = t.minute;
  date.seconds = std::min(t.second, 59);
  const int offset = t.offset_minutes < 0 ? -t.offset_minutes : t.offset_minutes;
  date.ind = t.offset_minutes == 0 ? 'Z' : (t.offset_minutes < 0 ? '-' : '+');
  date.off_hour = offset / 60;
  date.off_minutes = offset % 60;
  HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_MOD_DATE, date);
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_PRODUCER, "intake-kiosk");
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_CREATOR, "intake-kiosk");
  // The title names the document, never the patient: metadata is shown by every file browser.
  const std::string title = in.document_title + " · " + in.document_id;
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_TITLE, title.c_str());
  TRY(doc.check("writing the document information"));
  // Each version of a record is its own instance of the one document.
  const std::string instance = in.document_id + (review ? " review " + review->countersignature.signed_at
                                                 : patient_copy ? " patient copy"
                                                                : " signed");
  return add_pdfa_metadata(doc, PdfaMetadata{title, t, "intake-kiosk", pdf_document_id_hex(in.document_id),
                                             sha256_hex("intake-kiosk instance " + instance).substr(0, 32)});
}

Result<std::vector<std::uint8_t>> render(const ConsentPdfInput& original,
                                         const PractitionerReview* original_review, const PdfFonts& fonts,
                                         bool patient_copy) {
  TRY(validate_input(original));
  if (original_review != nullptr) {
    TRY(validate_review(*original_review));
  }
  SourceFont regular = TRY(SourceFont::open(fonts.regular));
  SourceFont bold = TRY(SourceFont::open(fonts.bold));

  // Our own copies, made printable, wiped when we are done whatever happens.
  ConsentPdfInput input = original;
  std::optional<PractitionerReview> review;
  if (original_review != nullptr) review = *original_review;
  struct WipeOnExit {
    ConsentPdfInput& input;
    std::optional<PractitionerReview>& review;
    ~WipeOnExit() {
      for_each_string(input, [](std::string& s) { secure_wipe(s); });
      if (review) for_each_string(*review, [](std::string& s) { secure_wipe(s); });
    }
  } wipe_on_exit{input, review};
  const auto printable = [&](std::string& s) { make_printable(s, regular, bold); };
  for_each_string(input, printable);
  if (review) for_each_string(*review, printable);
  const PractitionerReview* review_ptr = review ? &*review : nullptr;

  const PdfLabels& labels = labels_for(input.language);
  const PageGeometry geometry = geometry_for(input.paper_size);

  // Pass 1: which characters does this document print?
  std::set<char32_t> code_points;
  {
    LaidOut rough = TRY(lay_out(input, review_ptr, labels, RoughMeasure{}, geometry, patient_copy));
    for (const Page& page : rough.pages) collect_code_points(page.ops, code_points);
    for (const auto& ops : rough.decorations) collect_code_points(ops, code_points);
    wipe(rough);
  }
  for (char32_t digit = '0'; digit <= '9'; ++digit) code_points.insert(digit);  // "Page N of M"
  code_points.insert(' ');
  code_points.insert(U'…');

  MemfdFile regular_subset = TRY(regular.subset_to_memfd(code_points));
  MemfdFile bold_subset = TRY(bold.subset_to_memfd(code_points));

  HpdfDocument doc = TRY(HpdfDocument::create());
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc.get());
  HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
  TRY(doc.check("setting up UTF-8 text"));
  HPDF_Font regular_font = TRY(load_font(doc, regular_subset, code_points));
  HPDF_Font bold_font = TRY(load_font(doc, bold_subset, code_points));
  const HpdfFonts hpdf_fonts{regular_font, bold_font};

  // Pass 2: the real layout, measured with the fonts that will be embedded.
  LaidOut laid_out =
      TRY(lay_out(input, review_ptr, labels, HpdfTextMeasure(hpdf_fonts), geometry, patient_copy));
  for (std::size_t i = 0; i < laid_out.pages.size(); ++i) {
    std::vector<DrawOp> ops = std::move(laid_out.pages[i].ops);
    for (DrawOp& op : laid_out.decorations[i]) ops.push_back(std::move(op));
    Status painted = paint_page(doc.get(), ops, hpdf_fonts, geometry);
    wipe_text(ops);
    if (!painted) return painted.error();
  }
  TRY(doc.check("drawing the pages"));
  TRY(set_document_info(doc, input, review_ptr, patient_copy));
  return doc.save_to_memory();
}

}  // namespace

PdfFonts noto_sans_fonts(const std::filesystem::path& fonts_dir) {
  return PdfFonts{fonts_dir / "NotoSans-Regular.ttf", fonts_dir / "NotoSans-Bold.ttf"};
}

Result<std::vector<std::uint8_t>> render_consent_pdf(const ConsentPdfInput& input, const PdfFonts& fonts) {
  return render(input, nullptr, fonts, false);
}

Result<std::vector<std::uint8_t>> render_patient_copy_pdf(const ConsentPdfInput& input,
                                                          const PdfFonts& fonts) {
  return render(input, nullptr, fonts, true);
}

Result<std::vector<std::uint8_t>> render_reviewed_pdf(const ConsentPdfInput& input,
                                                      const PractitionerReview& review,
                                                      const PdfFonts& fonts) {
  return render(input, &review, fonts, false);
}

}  // namespace intake::pdf
