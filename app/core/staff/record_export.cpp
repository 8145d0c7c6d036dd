#include "staff/record_export.hpp"

#include <fmt/format.h>

#include <system_error>

#include "common/sha256.hpp"
#include "store/atomic_file.hpp"
#include "store/record_read.hpp"
#include "store/store_error.hpp"

namespace intake::staff {

Result<ExportResult> export_record_pdfs(store::Store& store, const std::string& record_id,
                                        const std::filesystem::path& folder, const std::string& actor) {
  std::error_code ec;
  if (folder.empty() || !std::filesystem::is_directory(folder, ec))
    return Error{"The export folder " + folder.string() + " does not exist; is the stick mounted?",
                 store::kExitNotFound};
  auto record = store::view_record(store, record_id, actor);
  if (!record) return record.error();
  std::vector<store::PdfVersionInfo> versions = record->pdfs;
  store::secure_wipe(*record);

  ExportResult result;
  result.manifest = folder / (record_id + "-manifest.sha256");
  if (std::filesystem::exists(result.manifest, ec))
    return Error{"Record " + record_id + " was already exported to this folder.", store::kExitAlreadyExists};

  std::string manifest;
  for (const auto& version : versions) {
    const std::string name = fmt::format("{}-v{}-{}.pdf", record_id, version.version, version.kind);
    const std::filesystem::path path = folder / name;
    auto pdf = store::read_record_pdf(store, record_id, version.version, store::PdfAccess::export_file, actor,
                                      path.string());
    if (!pdf) return pdf.error();
    Status written = store::write_file_atomically(path, pdf->bytes, 0644, store::ExistingFile::refuse);
    const std::string digest = sha256_hex(pdf->bytes);
    secure_wipe(pdf->bytes);
    if (!written) return written.error();
    manifest += digest + "  " + name + "\n";
    result.files.push_back({name, digest});
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(manifest.data());
  Status written = store::write_file_atomically(result.manifest, {bytes, manifest.size()}, 0644,
                                                store::ExistingFile::refuse);
  if (!written) return written.error();
  return result;
}

Result<std::vector<ExportResult>> export_records_in_range(store::Store& store, const std::string& created_from,
                                                          const std::string& created_before,
                                                          const std::filesystem::path& folder,
                                                          const std::string& actor) {
  // Collect the ids first (a page at a time), so the exports' own audit writes never shift a page.
  std::vector<std::string> ids;
  store::RecordQuery query;
  query.created_from = created_from;
  query.created_before = created_before;
  query.limit = 500;
  for (;;) {
    auto page = store::list_records(store, query);
    if (!page) return page.error();
    for (auto& row : *page) {
      ids.push_back(row.id);
      secure_wipe(row.given_name);
      secure_wipe(row.family_name);
    }
    if (static_cast<std::int64_t>(page->size()) < query.limit) break;
    query.offset += query.limit;
  }
  std::vector<ExportResult> results;
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) {  // newest_first order: reverse for oldest first
    auto exported = export_record_pdfs(store, *it, folder, actor);
    if (!exported) return exported.error();
    results.push_back(std::move(*exported));
  }
  return results;
}

}  // namespace intake::staff
