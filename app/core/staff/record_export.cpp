#include "staff/record_export.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <system_error>

#include "common/sha256.hpp"
#include "store/atomic_file.hpp"
#include "store/audit_verify.hpp"
#include "store/record_read.hpp"
#include "store/store_error.hpp"

namespace intake::staff {
namespace {

// An earlier export's file with exactly these bytes (re-exporting after a review).
bool same_file_there(const std::filesystem::path& path, const std::string& digest) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const bool same = in.good() || in.eof() ? sha256_hex(bytes) == digest : false;
  secure_wipe(bytes);
  return same;
}

// already_exported (may be null) tells apart "this export is in the folder" from other refusals.
Result<ExportResult> export_record(store::Store& store, const std::string& record_id,
                                   const std::filesystem::path& folder, const std::string& actor,
                                   bool* already_exported) {
  std::error_code ec;
  if (folder.empty() || !std::filesystem::is_directory(folder, ec))
    return Error{"The export folder " + folder.string() + " does not exist; is the stick mounted?",
                 store::kExitNotFound, "error.export.no_folder"};
  auto record = store::view_record(store, record_id, actor);
  if (!record) return record.error();
  std::vector<store::PdfVersionInfo> versions = record->pdfs;
  store::secure_wipe(*record);

  if (versions.empty()) return Error{"Record " + record_id + " has no PDF to export.", store::kExitNotFound};
  ExportResult result;
  result.manifest = folder / fmt::format("{}-v{}-manifest.sha256", record_id, versions.back().version);
  if (std::filesystem::exists(result.manifest, ec)) {
    if (already_exported != nullptr) *already_exported = true;
    return Error{"Record " + record_id + " was already exported to this folder.", store::kExitAlreadyExists,
                 "error.export.already_there"};
  }

  std::string manifest;
  for (const auto& version : versions) {
    const std::string name = fmt::format("{}-v{}-{}.pdf", record_id, version.version, version.kind);
    const std::filesystem::path path = folder / name;
    auto pdf = store::read_record_pdf(store, record_id, version.version, store::PdfAccess::export_file, actor,
                                      path.string());
    if (!pdf) return pdf.error();
    const std::string digest = sha256_hex(pdf->bytes);
    Status written = same_file_there(path, digest)
                         ? ok_status()
                         : store::write_file_atomically(path, pdf->bytes, 0600, store::ExistingFile::refuse);
    secure_wipe(pdf->bytes);
    if (!written) return written.error();
    manifest += digest + "  " + name + "\n";
    result.files.push_back({name, digest});
  }
  // The chain head after this export's own audit entries: an anchor kept off the kiosk
  // (`audit verify --against`). sha256sum -c skips '#' lines.
  auto head = store::current_audit_head(store);
  if (!head) return head.error();
  manifest += store::audit_head_manifest_line(*head);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(manifest.data());
  Status written = store::write_file_atomically(result.manifest, {bytes, manifest.size()}, 0600,
                                                store::ExistingFile::refuse);
  if (!written) return written.error();
  return result;
}

}  // namespace

Result<ExportResult> export_record_pdfs(store::Store& store, const std::string& record_id,
                                        const std::filesystem::path& folder, const std::string& actor) {
  return export_record(store, record_id, folder, actor, nullptr);
}

Result<RangeExport> export_records_in_range(store::Store& store, const std::string& created_from,
                                            const std::string& created_before,
                                            const std::filesystem::path& folder, const std::string& actor) {
  auto ids = store::record_ids_created_between(store, created_from, created_before);
  if (!ids) return ids.error();
  RangeExport result;
  for (const std::string& id : *ids) {
    bool already_exported = false;
    auto exported = export_record(store, id, folder, actor, &already_exported);
    if (already_exported) {
      ++result.already_there;
      continue;
    }
    if (!exported) return exported.error();
    result.exported.push_back(std::move(*exported));
  }
  return result;
}

}  // namespace intake::staff
