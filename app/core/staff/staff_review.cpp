#include "staff/staff_review.hpp"

#include <nlohmann/json.hpp>

#include "common/date_time.hpp"
#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "pdf/consent_pdf.hpp"
#include "signing/pdf_signer.hpp"
#include "store/device_certificates.hpp"
#include "store/record_read.hpp"
#include "store/review.hpp"
#include "store/store_error.hpp"
#include "submission/record_builder.hpp"
#include "submission/record_rerender.hpp"
#include "submission/session_json.hpp"
#include "submission/submit_session.hpp"

namespace intake::staff {
namespace {

pdf::SignatureInput countersignature_input(const SignatureDrawing& drawing, const std::string& name,
                                           const std::string& signed_at, const std::string& language,
                                           const std::string& time_zone) {
  pdf::SignatureInput input;
  input.pad_width = drawing.width;
  input.pad_height = drawing.height;
  for (const Stroke& stroke : drawing.strokes) {
    pdf::Stroke points;
    for (const StrokePoint& point : stroke) points.push_back({point.x, point.y, point.t_ms});
    input.strokes.push_back(std::move(points));
  }
  input.printed_name = name;
  input.signed_at = signed_at;
  input.time_zone = time_zone;
  input.meaning = pdf::signature_meaning(pdf::SignatureRole::practitioner, language);
  return input;
}

// The review's version signed like every stored PDF: the review's time, its countersignature.
Result<std::vector<std::uint8_t>> sign_review(store::Store& store, const std::vector<std::uint8_t>& pdf,
                                              const ReviewRequest& request, TimePoint when,
                                              const std::string& strokes_sha256) {
  auto clinic = submission::clinic_name_for_pdf(store);
  if (!clinic) return clinic.error();
  auto device = signing::open_device_identity(
      store, {request.credentials_dir, *clinic, when, "staff:" + request.reviewer.name});
  if (!device) return device.error();
  auto head = store::current_audit_head_hash(store);
  if (!head) return head.error();
  const signing::SignatureBinding binding{request.record_id,     *head,  {strokes_sha256}, when,
                                          "Practitioner review", *clinic};
  return signing::sign_pdf(pdf, *device, binding);
}

}  // namespace

Result<int> record_review(store::Store& store, const forms::FormCatalog& catalog,
                          const std::filesystem::path& fonts_dir, const ReviewRequest& request) {
  if (request.reviewer.disabled ||
      !store::staff_may(request.reviewer.role, store::StaffPermission::record_review))
    return Error{"Only a practitioner can record a review.", store::kExitStaffDenied};
  if (request.countersignature.empty())
    return Error{"Please countersign on the pad before saving the review.", store::kExitInvalidInput};
  const TimePoint when = request.when.value_or(store.clock().now());

  auto record = store::view_record(store, request.record_id, "staff:" + request.reviewer.name);
  if (!record) return record.error();
  if (record->pdfs.empty()) {
    store::secure_wipe(*record);
    return Error{"Record " + request.record_id + " has no signed PDF to review.", store::kExitNotFound};
  }
  // Going ahead despite a STOP or REVIEW flag needs a reason for each, on the record for good.
  if (request.decision != intake::ReviewDecision::not_treated)
    for (const store::RecordFlag& flag : record->flags) {
      if (flag.severity == intake::Severity::note) continue;
      const auto it = request.reasons.find(flag.code);
      if (it == request.reasons.end() || it->second.find_first_not_of(' ') == std::string::npos) {
        store::secure_wipe(*record);
        return Error{"Give a short reason for each STOP or REVIEW flag before clearing the treatment.",
                     store::kExitInvalidInput, "error.review.reason_needed"};
      }
    }
  const std::string original_sha256 = record->pdfs.front().sha256;
  auto input = submission::rebuild_consent_pdf_input(*record, catalog);
  const std::string language = record->language;
  store::secure_wipe(*record);
  if (!input) return input.error();

  const std::string reviewed_at =
      offset_timestamp(std::chrono::floor<std::chrono::seconds>(when), input->zone);
  pdf::PractitionerReview review;
  review.decision = request.decision;
  review.note = request.note;
  nlohmann::json reasons = nlohmann::json::array();
  for (const pdf::FlagSummary& flag : input->flags) {
    const auto it = request.reasons.find(flag.code);
    if (it == request.reasons.end() || it->second.find_first_not_of(' ') == std::string::npos) continue;
    review.reasons.push_back({flag.code, flag.label, it->second});
    reasons.push_back({{"code", flag.code}, {"reason", it->second}});
  }
  review.countersignature = countersignature_input(request.countersignature, request.reviewer.name,
                                                   reviewed_at, language, input->zone.name());
  review.role = "Practitioner";
  review.original_pdf_sha256 = original_sha256;
  auto pdf = pdf::render_reviewed_pdf(*input, review, pdf::noto_sans_fonts(fonts_dir));
  submission::wipe_pdf_input(*input);
  if (!pdf) return pdf.error();
  const std::string countersignature_json = submission::signature_json_for_store(request.countersignature);
  auto signed_pdf = sign_review(store, *pdf, request, when, sha256_hex(countersignature_json));
  secure_wipe(*pdf);
  if (!signed_pdf) return signed_pdf.error();

  store::NewReview stored;
  stored.record_id = request.record_id;
  stored.reviewer_staff_id = request.reviewer.id;
  stored.decision = request.decision;
  stored.note = request.note;
  stored.countersignature_json = countersignature_json;
  stored.reasons_json = reasons.dump();
  stored.reviewed_at = reviewed_at;
  stored.pdf = std::move(*signed_pdf);
  auto version = store::add_review(store, stored);
  secure_wipe(stored.pdf);
  secure_wipe(stored.note);
  return version;
}

}  // namespace intake::staff
