#include "kiosk/kiosk_backend.hpp"

#include "store/store.hpp"

namespace intake {

std::function<Result<std::string>(const IntakeSession&)> KioskBackend::submit_function() const {
  if (service) {
    std::shared_ptr<submission::SubmissionService> submitter = service;
    return [submitter](const IntakeSession& session) { return submitter->submit(session); };
  }
  const std::string reason = store_problem.empty() ? "The store is not available." : store_problem;
  return [reason](const IntakeSession&) -> Result<std::string> { return Error{reason}; };
}

KioskBackend open_kiosk_backend(const ResourcePaths& paths, const Clock& clock,
                                std::shared_ptr<const forms::FormCatalog> catalog) {
  KioskBackend backend;
  auto service = submission::SubmissionService::open(paths, clock, std::move(catalog));
  if (!service) {
    backend.store_problem = service.error().message;
    return backend;
  }
  backend.service = std::move(*service);
  // Settings through a connection of their own: the service's belongs to its worker thread.
  if (auto settings_store = store::open_store(paths, clock)) {
    if (auto loaded = load_kiosk_settings(*settings_store)) {
      backend.settings = loaded->settings;
      backend.setting_problems = loaded->problems;
    } else {
      backend.setting_problems.push_back(loaded.error().message);
    }
  }
  return backend;
}

}  // namespace intake
