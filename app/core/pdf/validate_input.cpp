#include "pdf/validate_input.hpp"

#include <cmath>
#include <string>

#include "common/date_time.hpp"
#include "common/try.hpp"

namespace intake::pdf {

Status validate_signature(const SignatureInput& s, const char* whose) {
  const std::string who(whose);
  if (!(std::isfinite(s.pad_width) && std::isfinite(s.pad_height)) || s.pad_width <= 0 || s.pad_height <= 0) {
    return Error{"The " + who + " signature has no valid pad size."};
  }
  bool any_point = false;
  for (const Stroke& stroke : s.strokes) {
    for (const StrokePoint& p : stroke) {
      if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
        return Error{"The " + who + " signature contains a point that is not a number."};
      }
      any_point = true;
    }
  }
  if (!any_point) return Error{"The " + who + " signature has no strokes."};
  if (!parse_offset_time(s.signed_at)) {
    return Error{"The " + who + " signature time is not an ISO 8601 time with an offset."};
  }
  return ok_status();
}

Status validate_input(const ConsentPdfInput& in) {
  if (in.document_id.empty()) return Error{"The record has no document ID."};
  if (!parse_offset_time(in.created_at)) {
    return Error{"The record's creation time is not an ISO 8601 time with an offset."};
  }
  if (in.qr_payload.empty()) return Error{"The record has no verification QR content."};
  TRY(validate_signature(in.patient_signature, "patient's"));
  if (in.guardian_signature) {
    TRY(validate_signature(*in.guardian_signature, "guardian's"));
  }
  return ok_status();
}

Status validate_review(const PractitionerReview& review) {
  return validate_signature(review.countersignature, "practitioner's");
}

}  // namespace intake::pdf
