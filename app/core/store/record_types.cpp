#include "store/record_types.hpp"

#include "common/secure_memory.hpp"

namespace intake::store {

const char* to_string(RecordStatus status) {
  static constexpr std::array kNames = {EnumName<RecordStatus>{RecordStatus::submitted, "submitted"},
                                        EnumName<RecordStatus>{RecordStatus::reviewed, "reviewed"}};
  return enum_name(kNames, status, "submitted");
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
