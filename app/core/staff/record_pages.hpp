#pragma once
// One stored PDF version of a record as page pictures, for the staff record view's "Signed
// document": staff see exactly the bytes that were stored, drawn by poppler-cpp.
// The PDF is read through store::read_record_pdf (checked against its SHA-256 and audited as a
// "record.view" by `actor`) and never leaves memory; its bytes are wiped once drawn. Its
// signature is checked on the way (signing::verify_pdf, against this store).
#include <string>
#include <vector>

#include "common/result.hpp"
#include "common/rgba_image.hpp"
#include "store/store.hpp"

namespace intake::staff {

struct RecordPages {
  int version = 0;               // as stored, 1 = the patient-signed original
  std::string kind;              // "patient_signed" or "review"
  std::vector<RgbaImage> pages;  // top to bottom; wipe with secure_wipe when done
  // The stored bytes' digital signature, checked as `intake-kiosk verify` checks a file.
  bool signature_valid = false;
  std::string signature_line;  // verify's one line: "valid: signed by ..." or what is wrong
};

// version 0 = the latest. page_width_px: see pdf::render_pdf_pages (64 to 2400).
Result<RecordPages> render_record_pages(store::Store& store, const std::string& record_id, int version,
                                        int page_width_px, const std::string& actor);

}  // namespace intake::staff
