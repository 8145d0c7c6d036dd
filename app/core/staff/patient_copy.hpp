#pragma once
// The patient's own copy of what they signed: the patient-signed PDF (version 1: consent, their
// answers, signature and the aftercare pages), printed on the clinic's printer or saved into a
// folder. Reviews are staff records and are not part of it. Both are audited with where the
// copy went ("record.print" / "record.export").
#include <filesystem>
#include <string>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::staff {

struct PrintOptions {
  std::string printer;        // CUPS destination; "" for the system's default printer
  std::string program = "lp"; // CUPS's lp (package cups-client), found on PATH
};

// The clinic's printer: the `printer` setting, or "" (the system's default) when there is none.
Result<PrintOptions> clinic_print_options(store::Store& store);

// Hands the PDF to `lp` on its standard input (no file on disk: the bytes go straight to the
// print spooler); the job's title is the record id, never the patient's name. An error says
// in one sentence what lp said, or that printing is not set up.
Status print_patient_copy(store::Store& store, const std::string& record_id, const PrintOptions& options,
                          const std::string& actor);

// Writes "<record id>-patient-copy.pdf" atomically into `folder` (which must exist); refuses to
// overwrite. Returns the file written.
Result<std::filesystem::path> save_patient_copy(store::Store& store, const std::string& record_id,
                                                const std::filesystem::path& folder, const std::string& actor);

}  // namespace intake::staff
