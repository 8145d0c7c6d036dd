#include "staff/record_pages.hpp"

#include "common/secure_memory.hpp"
#include "pdf/pdf_page_images.hpp"
#include "store/record_read.hpp"

namespace intake::staff {

Result<RecordPages> render_record_pages(store::Store& store, const std::string& record_id, int version,
                                        int page_width_px, const std::string& actor) {
  auto pdf = store::read_record_pdf(store, record_id, version, store::PdfAccess::view, actor);
  if (!pdf) return pdf.error();
  auto pages = pdf::render_pdf_pages(pdf->bytes, page_width_px);
  secure_wipe(pdf->bytes);  // the pictures are all that is kept, and only while shown
  if (!pages) return pages.error();
  return RecordPages{pdf->version, pdf->kind, std::move(*pages)};
}

}  // namespace intake::staff
