#pragma once
// The signed consent PDF: the one renderer shared by the kiosk, `submit` and staff re-export.
//
// Decisions (what a clinic and its auditor expect of a signed record):
// - Paper: A4 (595 x 842 pt) or US Letter (612 x 792 pt), the clinic's paper_size setting kept
//   with the record; 54 pt side margins; every page carries a footer with the
//   patient's name, date of birth, document ID, form version and "Page N of M" in the patient's
//   language. Layout runs to the end first and draws afterwards, so M is always known.
// - One PDF per record. Its first page set is the signed record (staff flag summary, identity,
//   every shown answer, the consent exactly as shown with initials, photo consent, certification,
//   signatures, integrity block with SHA-256 and QR). The aftercare sheet follows as a separate
//   page set in the SAME PDF, starting on a new page: the archived PDF is therefore also the
//   patient copy (record + aftercare), and there is only one file to hash, archive and print.
// - Built entirely in memory: fonts are subset with HarfBuzz (only the characters this document
//   prints, hinting dropped) into memfd files, libharu saves to its memory stream, and libharu's
//   buffers are wiped when freed. No file with patient data is ever written.
// - No global state of ours: each call owns its libharu document and HarfBuzz objects
//   (concurrent calls are expected to be safe but are not tested).
//   A typical record takes ~8 ms and ~31 KB (see tests/bench/pdf).
// - Deterministic: same input -> byte-identical PDF. CreationDate comes from created_at, libharu
//   writes no /ID for unencrypted files, font subset tags are fixed.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "pdf/consent_pdf_input.hpp"

namespace intake::pdf {

// The TrueType fonts to embed (subset): at run time ResourcePaths::fonts_dir / "NotoSans-*.ttf".
struct PdfFonts {
  std::filesystem::path regular;
  std::filesystem::path bold;
};

// Noto Sans Regular and Bold inside a fonts directory (the build copies them there).
PdfFonts noto_sans_fonts(const std::filesystem::path& fonts_dir);

// Renders the patient-signed record plus the aftercare pages. Errors (unreadable font, an empty
// signature, a malformed created_at...) come back as one sentence that never holds patient data.
Result<std::vector<std::uint8_t>> render_consent_pdf(const ConsentPdfInput& input, const PdfFonts& fonts);

// The copy the patient takes home: what they saw and signed (answers in their language, the
// consent as initialled, photo choice, certification, signatures) and the aftercare with the
// clinic's contact; no flags, staff messages, English renderings for staff, codes or hashes.
// Made from the same input as the archive PDF, so it is deterministic from the stored record.
Result<std::vector<std::uint8_t>> render_patient_copy_pdf(const ConsentPdfInput& input,
                                                          const PdfFonts& fonts);

// Why a practitioner went ahead despite a STOP or REVIEW flag.
struct ClearingReason {
  std::string code;    // the flag code
  std::string label;   // its words, as the review page prints them
  std::string reason;  // the practitioner's words
};

// A practitioner's review of a signed record (staff mode).
struct PractitionerReview {
  ReviewDecision decision = ReviewDecision::cleared;
  std::string note;                     // free text, may be empty
  std::vector<ClearingReason> reasons;  // one per STOP/REVIEW flag when cleared or changed
  SignatureInput countersignature;      // meaning: "Practitioner's review"
  std::string role;                     // e.g. "Practitioner"; may be empty
  std::string original_pdf_sha256;      // hash of the patient-signed PDF this review refers to
};

// The same document as render_consent_pdf plus a practitioner review page at the end. This is a
// new version for staff; the patient-signed original is kept, byte for byte, by the store. The
// pages before the review page are laid out exactly as in the original (only "of M" changes).
Result<std::vector<std::uint8_t>> render_reviewed_pdf(const ConsentPdfInput& input,
                                                      const PractitionerReview& review,
                                                      const PdfFonts& fonts);

// The meaning printed beside a signature, in the patient's language (en, es; English otherwise).
enum class SignatureRole { patient, guardian, practitioner };
std::string signature_meaning(SignatureRole role, const std::string& language);

}  // namespace intake::pdf
