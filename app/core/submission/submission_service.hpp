#pragma once
// What the kiosk owns for submitting: the open store, the loaded forms and the fonts path.
// The Submit screen calls submit() from a worker thread and keeps drawing; submits are
// serialised by a mutex, and nothing else in the kiosk uses this store connection (a Store is
// one SQLite connection: one thread at a time). Staff screens open their own store::Store.
//
//   auto service = SubmissionService::open(paths, clock);        // at start-up
//   if (!service) show_front_desk_message(service.error()); // wrong key, missing key file...
//   std::thread([&] { auto id = (*service)->submit(session); ... });
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "common/resource_paths.hpp"
#include "common/result.hpp"
#include "forms/form_catalog.hpp"
#include "session/intake_session.hpp"
#include "store/store.hpp"
#include "submission/submit_session.hpp"

namespace intake::submission {

class SubmissionService {
 public:
  // Opens the store in paths.data_dir (creating it on first run) and loads the forms from
  // paths.forms_dir. A store that cannot be opened returns the store's own error and code
  // (store_error.hpp: kExitWrongKey, kExitKeyMissing, kExitNotAStore, kExitCorrupt...); a forms
  // directory without one valid form returns kExitFormsUnavailable.
  // The store keeps `clock`: the records' times and zone come from it.
  static Result<std::unique_ptr<SubmissionService>> open(const ResourcePaths& paths, const Clock& clock);
  // The same with forms the caller has already loaded (the kiosk shares its catalog).
  static Result<std::unique_ptr<SubmissionService>> open(const ResourcePaths& paths, const Clock& clock,
                                                         std::shared_ptr<const forms::FormCatalog> catalog);

  SubmissionService(store::Store store, std::shared_ptr<const forms::FormCatalog> catalog,
                    std::filesystem::path fonts_dir, signing::DeviceIdentity device);
  SubmissionService(const SubmissionService&) = delete;
  SubmissionService& operator=(const SubmissionService&) = delete;

  // submit_session() with this service's store, forms and fonts. Safe to call from any thread;
  // concurrent calls run one after another. The session is only read: the caller keeps it (and
  // wipes it) so a failed submit can be retried by staff without the patient typing again.
  Result<std::string> submit(const IntakeSession& session, const SubmitOptions& options = {});

  const forms::FormCatalog& catalog() const { return *catalog_; }
  const std::filesystem::path& fonts_dir() const { return fonts_dir_; }

 private:
  std::mutex mutex_;
  store::Store store_;
  std::shared_ptr<const forms::FormCatalog> catalog_;
  std::filesystem::path fonts_dir_;
  signing::DeviceIdentity device_;  // opened once: every submit signs with it
};

}  // namespace intake::submission
