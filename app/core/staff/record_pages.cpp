#include "staff/record_pages.hpp"

#include "common/secure_memory.hpp"
#include "pdf/pdf_page_images.hpp"
#include "signing/verify_pdf.hpp"
#include "store/record_read.hpp"

namespace intake::staff {

Result<RecordPages> render_record_pages(store::Store& store, const std::string& record_id, int version,
                                        int page_width_px, const std::string& actor) {
  auto pdf = store::read_record_pdf(store, record_id, version, store::PdfAccess::view, actor);
  if (!pdf) return pdf.error();
  auto pages = pdf::render_pdf_pages(pdf->bytes, page_width_px);
  const signing::PdfVerification signature = signing::verify_pdf(pdf->bytes, &store);
  secure_wipe(pdf->bytes);  // the pictures are all that is kept, and only while shown
  if (!pages) return pages.error();
  const bool valid = signature.verdict == signing::Verdict::valid && signature.stored_version == pdf->version;
  return RecordPages{pdf->version, pdf->kind, std::move(*pages), valid,
                     signing::verification_line(signature)};
}

}  // namespace intake::staff
