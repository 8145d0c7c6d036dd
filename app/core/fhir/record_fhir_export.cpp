#include "fhir/record_fhir_export.hpp"

#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "fhir/record_bundle.hpp"
#include "store/atomic_file.hpp"
#include "store/record_read.hpp"
#include "store/record_types.hpp"
#include "store/store_error.hpp"

namespace intake::fhir {

Result<nlohmann::json> load_record_bundle(store::Store& store, const std::string& record_id,
                                          const forms::FormCatalog* catalog, const FhirOptions& options,
                                          const std::string& actor, const std::string& destination) {
  // Not TRY: moving the record out would leave short names behind in the Result, unwiped.
  auto record = store::view_record(store, record_id, actor);
  if (!record) return record.error();
  std::vector<store::PdfFile> pdfs;
  for (const store::PdfVersionInfo& info : record->pdfs) {
    auto pdf = store::read_record_pdf(store, record_id, info.version, store::PdfAccess::export_file, actor,
                                      destination);
    if (!pdf) {
      store::secure_wipe(*record);
      for (auto& file : pdfs) secure_wipe(file.bytes);
      return pdf.error();
    }
    pdfs.push_back(std::move(*pdf));
  }
  const forms::Form* form = catalog ? catalog->find(record->form_id) : nullptr;
  nlohmann::json bundle = record_bundle(*record, pdfs, form, options);
  store::secure_wipe(*record);
  for (auto& file : pdfs) secure_wipe(file.bytes);
  return bundle;
}

std::string bundle_file_name(const std::string& record_id) { return record_id + ".fhir.json"; }

Status write_record_bundle(store::Store& store, const std::string& record_id,
                           const std::filesystem::path& file, const forms::FormCatalog* catalog,
                           const FhirOptions& options, const std::string& actor, bool replace) {
  auto bundle = TRY(load_record_bundle(store, record_id, catalog, options, actor, file.string()));
  std::string text = bundle.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  text.push_back('\n');
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  Status written = store::write_file_atomically(
      file, {bytes, text.size()}, 0600, replace ? store::ExistingFile::replace : store::ExistingFile::refuse);
  secure_wipe(text);
  return written;
}

Result<BundleRangeExport> write_record_bundles_in_range(store::Store& store, const std::string& created_from,
                                                        const std::string& created_before,
                                                        const std::filesystem::path& folder,
                                                        const forms::FormCatalog* catalog,
                                                        const FhirOptions& options,
                                                        const std::string& actor) {
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error))
    return store::store_error(store::kExitNotFound, "The folder " + folder.string() + " does not exist.");
  auto ids = TRY(store::record_ids_created_between(store, created_from, created_before));
  BundleRangeExport result;
  for (const std::string& id : ids) {
    const std::filesystem::path file = folder / bundle_file_name(id);
    TRY(write_record_bundle(store, id, file, catalog, options, actor, true));
    result.written.push_back(file);
  }
  return result;
}

}  // namespace intake::fhir
