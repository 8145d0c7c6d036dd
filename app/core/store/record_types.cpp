#include "store/record_types.hpp"

#include "common/secure_memory.hpp"

namespace intake::store {

const char* to_string(FlagSeverity severity) {
  switch (severity) {
    case FlagSeverity::stop: return "stop";
    case FlagSeverity::review: return "review";
    case FlagSeverity::note: return "note";
  }
  return "note";
}

std::optional<FlagSeverity> parse_flag_severity(const std::string& text) {
  if (text == "stop") return FlagSeverity::stop;
  if (text == "review") return FlagSeverity::review;
  if (text == "note") return FlagSeverity::note;
  return std::nullopt;
}

const char* to_string(RecordStatus status) {
  return status == RecordStatus::reviewed ? "reviewed" : "submitted";
}

const char* to_string(ReviewDecision decision) {
  switch (decision) {
    case ReviewDecision::cleared: return "cleared";
    case ReviewDecision::treat_with_changes: return "treat_with_changes";
    case ReviewDecision::not_treated: return "not_treated";
  }
  return "cleared";
}

std::optional<ReviewDecision> parse_review_decision(const std::string& text) {
  if (text == "cleared") return ReviewDecision::cleared;
  if (text == "treat_with_changes") return ReviewDecision::treat_with_changes;
  if (text == "not_treated") return ReviewDecision::not_treated;
  return std::nullopt;
}

namespace {
void wipe_identity(PatientIdentity& patient) {
  secure_wipe(patient.given_name);
  secure_wipe(patient.family_name);
  secure_wipe(patient.date_of_birth);
  secure_wipe(patient.phone);
  secure_wipe(patient.email);
}
void wipe_guardian(std::optional<Guardian>& guardian) {
  if (!guardian) return;
  secure_wipe(guardian->name);
  secure_wipe(guardian->relationship);
  guardian.reset();
}
}  // namespace

void secure_wipe(NewRecord& record) {
  wipe_identity(record.patient);
  wipe_guardian(record.guardian);
  secure_wipe(record.answers_json);
  secure_wipe(record.consent_json);
  secure_wipe(record.signature_json);
  secure_wipe(record.guardian_signature_json);
  for (RecordFlag& flag : record.flags) secure_wipe(flag.staff_message);
  record.flags.clear();
  intake::secure_wipe(record.pdf);
}

void secure_wipe(Record& record) {
  wipe_identity(record.patient);
  wipe_guardian(record.guardian);
  secure_wipe(record.answers_json);
  secure_wipe(record.consent_json);
  secure_wipe(record.signature_json);
  secure_wipe(record.guardian_signature_json);
  for (RecordFlag& flag : record.flags) secure_wipe(flag.staff_message);
  record.flags.clear();
  for (Review& review : record.reviews) {
    secure_wipe(review.note);
    secure_wipe(review.countersignature_json);
  }
  record.reviews.clear();
}

}  // namespace intake::store
