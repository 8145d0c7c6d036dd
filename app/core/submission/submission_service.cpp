#include "submission/submission_service.hpp"

#include "common/try.hpp"
#include "pdf/consent_pdf.hpp"
#include "submission/submission_error.hpp"

namespace intake::submission {

Result<std::unique_ptr<SubmissionService>> SubmissionService::open(const ResourcePaths& paths,
                                                                   const Clock& clock) {
  return open(paths, clock,
              std::make_shared<const forms::FormCatalog>(forms::load_form_catalog(paths.forms_dir)));
}

Result<std::unique_ptr<SubmissionService>> SubmissionService::open(
    const ResourcePaths& paths, const Clock& clock, std::shared_ptr<const forms::FormCatalog> catalog) {
  if (!catalog || catalog->forms.empty())
    return submission_error(kExitFormsUnavailable, "No valid form could be loaded from the forms directory.");
  auto store = TRY(store::open_store(paths, clock));
  auto clinic = TRY(clinic_name_for_pdf(store));
  auto device = TRY(signing::open_device_identity(store, {paths.credentials_dir, clinic}));
  return std::make_unique<SubmissionService>(std::move(store), std::move(catalog), paths.fonts_dir,
                                             std::move(device));
}

SubmissionService::SubmissionService(store::Store store, std::shared_ptr<const forms::FormCatalog> catalog,
                                     std::filesystem::path fonts_dir, signing::DeviceIdentity device)
    : store_(std::move(store)),
      catalog_(std::move(catalog)),
      fonts_dir_(std::move(fonts_dir)),
      device_(std::move(device)) {}

Result<std::string> SubmissionService::submit(const IntakeSession& session, const SubmitOptions& options) {
  std::lock_guard<std::mutex> lock(mutex_);
  SubmitOptions with_device = options;
  with_device.device = &device_;
  return submit_session(store_, *catalog_, pdf::noto_sans_fonts(fonts_dir_), session, with_device);
}

}  // namespace intake::submission
