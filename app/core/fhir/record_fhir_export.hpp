#pragma once
// Reading a record for FHIR (audited like every read of patient data) and writing its Bundle
// as a file: `records fhir`, the Export screen's FHIR button and the delivery worker all come
// through load_record_bundle.
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "fhir/fhir_options.hpp"
#include "forms/form_catalog.hpp"
#include "store/store.hpp"

namespace intake::fhir {

// The record's whole Bundle (record_bundle.hpp) with every PDF version. The record read is
// audited as a view and each PDF read as an export to `destination` (a file, or the server's
// URL). `catalog` may be null or lack the form: answers are then typed from their JSON.
Result<nlohmann::json> load_record_bundle(store::Store& store, const std::string& record_id,
                                          const forms::FormCatalog* catalog, const FhirOptions& options,
                                          const std::string& actor, const std::string& destination);

// The file name a record's Bundle gets in a folder: "<record id>.fhir.json" (no patient name).
std::string bundle_file_name(const std::string& record_id);

// Writes the Bundle atomically (mode 0600: it holds patient data); an existing file is
// replaced only when `replace` (a later review changes a record's Bundle).
Status write_record_bundle(store::Store& store, const std::string& record_id,
                           const std::filesystem::path& file, const forms::FormCatalog* catalog,
                           const FhirOptions& options, const std::string& actor, bool replace);

struct BundleRangeExport {
  std::vector<std::filesystem::path> written;  // oldest record first
};

// Every record created in [created_from, created_before) (UTC timestamps or prefixes) as
// "<id>.fhir.json" in `folder` (which must exist), replacing older exports of the same record.
// Stops at the first error; the files written before it stay whole.
Result<BundleRangeExport> write_record_bundles_in_range(store::Store& store, const std::string& created_from,
                                                        const std::string& created_before,
                                                        const std::filesystem::path& folder,
                                                        const forms::FormCatalog* catalog,
                                                        const FhirOptions& options, const std::string& actor);

}  // namespace intake::fhir
