#pragma once
// Exports a record's PDFs (every version: the patient-signed original and each review) into a
// folder staff choose, e.g. a mounted USB stick, with a manifest of each file's SHA-256 in the
// format `sha256sum -c` reads. Every file is written atomically (temporary file, fsync, rename),
// so a stick pulled half-way leaves whole files or none; the manifest is written last, so a
// manifest present means every file it lists is complete. Each PDF read is audited as an
// export naming the file written (store::read_record_pdf with PdfAccess::export_file).
//
// The manifest is named for the latest version ("<id>-v2-manifest.sha256"): a record reviewed
// after an earlier export can be exported again into the same folder, adding the new version's
// file and manifest, while the files already there are kept when their bytes are the same.
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::staff {

struct ExportedFile {
  std::string file_name;  // "<record id>-v<N>-<kind>.pdf"; no patient name in any file name
  std::string sha256;
};

struct ExportResult {
  std::vector<ExportedFile> files;
  std::filesystem::path manifest;  // "<record id>-v<latest version>-manifest.sha256"
};

// Refuses (kExitAlreadyExists) when this export is already in the folder, and rather than
// overwrite a different file of the same name; a folder that does not exist is an error (a
// stick that is not mounted must not become a local folder). `actor` goes into the audit
// entries, e.g. "staff:Ana".
Result<ExportResult> export_record_pdfs(store::Store& store, const std::string& record_id,
                                        const std::filesystem::path& folder, const std::string& actor);

struct RangeExport {
  std::vector<ExportResult> exported;  // oldest first
  int already_there = 0;               // records whose latest version was exported here before
};

// Every record created in [created_from, created_before) (UTC timestamps or prefixes, as
// store::RecordQuery takes them), each as above with its own manifest, oldest first; records
// already exported to this folder are counted and skipped, so a day can be exported again
// after more check-ins. Stops at the first other error; what was exported before it stays
// (each file and manifest is whole).
Result<RangeExport> export_records_in_range(store::Store& store, const std::string& created_from,
                                            const std::string& created_before,
                                            const std::filesystem::path& folder, const std::string& actor);

}  // namespace intake::staff
