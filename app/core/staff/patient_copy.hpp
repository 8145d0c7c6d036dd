#pragma once
// The patient's own copy of what they signed: the patient-signed PDF (version 1: consent, their
// answers, signature and the aftercare pages), printed on the clinic's printer or saved into a
// folder. Reviews are staff records and are not part of it. Both are audited with where the
// copy went ("record.print" / "record.export").
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "forms/form_catalog.hpp"
#include "store/record_read.hpp"
#include "store/store.hpp"

namespace intake::staff {

struct PrintOptions {
  std::string printer;         // CUPS destination; "" for the system's default printer
  std::string program = "lp";  // CUPS's lp (package cups-client), found on PATH
};

// The clinic's printer: the `printer` setting, or "" (the system's default) when there is none.
Result<PrintOptions> clinic_print_options(store::Store& store);

// What the patient copy is made from besides the store: the form it was signed with (for the
// words) and the fonts.
struct PatientCopySource {
  const forms::FormCatalog& catalog;
  std::filesystem::path fonts_dir;
  std::filesystem::path credentials_dir = {};  // where the signing-key credential may be
};

// The patient copy of `record_id` (pdf::render_patient_copy_pdf) made from the stored record and
// signed by the kiosk like every PDF it hands out (at the record's own time, so `verify` and
// pdfsig find it valid),
// after the signed original has been read and checked against its hash, with the access audited
// as `access` to `destination`. Holds patient data: wipe it when done.
Result<std::vector<std::uint8_t>> make_patient_copy(store::Store& store, const std::string& record_id,
                                                    const PatientCopySource& source, store::PdfAccess access,
                                                    const std::string& actor, const std::string& destination);

// Prints the patient copy (make_patient_copy) as below. A failure says what to do next in one
// plain sentence, with a lang key (error.print.*) for the staff's language.
Status print_patient_copy(store::Store& store, const std::string& record_id, const PatientCopySource& source,
                          const PrintOptions& options, const std::string& actor);
// Saves the patient copy (make_patient_copy) as "<record id>-patient-copy.pdf", as below.
Result<std::filesystem::path> save_patient_copy(store::Store& store, const std::string& record_id,
                                                const PatientCopySource& source,
                                                const std::filesystem::path& folder,
                                                const std::string& actor);

// Printing hands the PDF to `lp` on its standard input (no file on disk: the bytes go straight
// to the print spooler); the job's title is the record id, never the patient's name. Saving
// writes "<record id>-patient-copy.pdf" atomically into `folder` (which must exist) and refuses
// to overwrite.

}  // namespace intake::staff
