#pragma once
// A practitioner's review, end to end: the role is checked, the stored record is read back and
// its PDF input rebuilt (submission::rebuild_consent_pdf_input), the review page is rendered
// as a new PDF version (pdf::render_reviewed_pdf), signed by the kiosk (signing::sign_pdf) and stored with
// the review in one audited transaction (store::add_review). Version 1, the patient-signed original, is never
// touched.
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "forms/form_catalog.hpp"
#include "session/intake_session.hpp"
#include "store/record_types.hpp"
#include "store/staff.hpp"
#include "store/store.hpp"

namespace intake::staff {

struct ReviewRequest {
  std::string record_id;
  store::StaffMember reviewer;  // who is signed in to staff mode
  intake::ReviewDecision decision = intake::ReviewDecision::cleared;
  std::string note;
  // Why the practitioner goes ahead despite each STOP or REVIEW flag (flag code -> reason);
  // stored with the review, printed on its PDF page and exported.
  std::map<std::string, std::string> reasons;
  SignatureDrawing countersignature;
  std::optional<TimePoint> when;          // default: the store's clock when the review is recorded
  std::filesystem::path credentials_dir;  // empty: none; where the signing-key credential is
};

// Returns the new PDF version. kExitStaffDenied (with one sentence) for a reviewer who is not
// a practitioner, before anything is read; kExitInvalidInput for an empty countersignature, and
// for clearing (or treating with changes) without a reason for every STOP and REVIEW flag;
// the store's and rebuild's errors otherwise.
Result<int> record_review(store::Store& store, const forms::FormCatalog& catalog,
                          const std::filesystem::path& fonts_dir, const ReviewRequest& request);

}  // namespace intake::staff
