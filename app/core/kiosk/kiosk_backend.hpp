#pragma once
// What the kiosk screens stand on: the submission service over the encrypted store, and the
// clinic's settings. The GLFW kiosk and the UI tests open it the same way, so the tests run
// the path a patient's Submit really takes.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/resource_paths.hpp"
#include "common/result.hpp"
#include "forms/form_catalog.hpp"
#include "kiosk/kiosk_settings.hpp"
#include "session/intake_session.hpp"
#include "submission/submission_service.hpp"

namespace intake {

struct KioskBackend {
  // Null when the store could not be opened; store_problem then says why in one sentence
  // (wrong key, missing key file, full disk...). The kiosk still starts: a patient who
  // finishes is asked to see the front desk and nothing they entered is lost.
  std::shared_ptr<submission::SubmissionService> service;
  std::string store_problem;
  KioskSettings settings;
  std::vector<std::string> setting_problems;

  // Submits through the service, or returns store_problem when there is none.
  std::function<Result<std::string>(const IntakeSession&)> submit_function() const;
};

// Both connections (the service's and the settings') keep `clock`.
KioskBackend open_kiosk_backend(const ResourcePaths& paths, const Clock& clock,
                                std::shared_ptr<const forms::FormCatalog> catalog);

}  // namespace intake
