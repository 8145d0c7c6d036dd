#include "store/record_types.hpp"

#include "common/secure_memory.hpp"

namespace intake::store {

const char* to_string(RecordStatus status) {
  static constexpr std::array kNames = {EnumName<RecordStatus>{RecordStatus::submitted, "submitted"},
                                        EnumName<RecordStatus>{RecordStatus::reviewed, "reviewed"}};
  return enum_name(kNames, status, "submitted");
}

namespace {
// What a new record and a stored one both hold about the patient.
template <typename AnyRecord>
void wipe_patient_data(AnyRecord& record) {
  record.patient.wipe();
  if (record.guardian) record.guardian->wipe();
  record.guardian.reset();
  secure_wipe(record.answers_json);
  secure_wipe(record.consent_json);
  secure_wipe(record.signature_json);
  secure_wipe(record.guardian_signature_json);
  for (RecordFlag& flag : record.flags) secure_wipe(flag.staff_message);
  record.flags.clear();
}
}  // namespace

void secure_wipe(NewRecord& record) {
  wipe_patient_data(record);
  intake::secure_wipe(record.pdf);
}

void secure_wipe(Record& record) {
  wipe_patient_data(record);
  for (Review& review : record.reviews) {
    secure_wipe(review.note);
    secure_wipe(review.countersignature_json);
  }
  record.reviews.clear();
}

}  // namespace intake::store
