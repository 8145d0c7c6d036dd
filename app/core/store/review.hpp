#pragma once
// A practitioner's review: the decision, a note and a countersignature, stored with a new
// PDF version (the patient-signed original, version 1, is never touched) and audited, all in
// one transaction.
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/record_types.hpp"
#include "store/store.hpp"

namespace intake::store {

struct NewReview {
  std::string record_id;
  std::int64_t reviewer_staff_id = 0;  // must be an enabled practitioner
  ReviewDecision decision = ReviewDecision::cleared;
  std::string note;
  std::string countersignature_json;  // JSON object, same shape as a patient signature
  std::string reviewed_at;            // local time with offset, as printed on the new PDF
  std::vector<std::uint8_t> pdf;      // the record's PDF with the review page added
  std::string reasons_json = "[]";    // [{"code": ..., "reason": ...}] per cleared STOP/REVIEW flag
};

// Returns the new PDF version. kExitNotFound (record or reviewer), kExitStaffDenied (reviewer
// disabled or not a practitioner), kExitInvalidInput.
Result<int> add_review(Store& store, const NewReview& review);

}  // namespace intake::store
