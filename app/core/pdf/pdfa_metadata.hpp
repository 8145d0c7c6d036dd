#pragma once
// What makes the PDF archival (PDF/A-2b, written to the standard and checked structurally: no
// PDF/A validator is packaged for Debian 12), added through libharu's dictionary API because
// libharu 2.3's own PDF/A call knows only part 1:
//   - an XMP metadata stream (uncompressed, as PDF/A asks) with pdfaid:part 2 and
//     pdfaid:conformance B, the title, creation and modification dates, producer, creator tool
//     and a document ID derived from the record id;
//   - an OutputIntent (GTS_PDFA1) with the sRGB ICC profile from Debian's icc-profiles-free;
//   - the header as PDF 1.7, which PDF/A-2 is based on.
// Fonts are embedded (subset) by the renderer already.
#include <filesystem>
#include <string>

#include "common/result.hpp"
#include "pdf/hpdf_document.hpp"

namespace intake::pdf {

// Debian's icc-profiles-free installs it here.
inline constexpr const char* kSrgbProfilePath = "/usr/share/color/icc/sRGB.icc";

// A recorded time's wall-clock fields with its offset, as PDF dates write them.
struct Timestamp {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;  // east of UTC; "Z" is 0
};

struct PdfaMetadata {
  std::string title;        // as in the document information dictionary
  Timestamp created;        // the record's time, as the information dictionary's dates
  std::string producer;     // "intake-kiosk"
  std::string document_id;  // 32 hex: pdf_document_id_hex(record id)
  std::string instance_id;  // 32 hex: differs per version of one record
  std::filesystem::path icc_profile = kSrgbProfilePath;
};

Status add_pdfa_metadata(HpdfDocument& doc, const PdfaMetadata& metadata);

// The file identifier every PDF of one record carries (trailer /ID, XMP DocumentID): the first
// 16 bytes of SHA-256("intake-kiosk document " + record id), as 32 hex characters.
std::string pdf_document_id_hex(const std::string& record_id);

// "uuid:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" from 32 hex characters.
std::string uuid_urn(const std::string& hex32);

}  // namespace intake::pdf
