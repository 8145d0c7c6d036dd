#include "submission/check_code.hpp"

#include <cstdint>

#include "common/sha256.hpp"

namespace intake::submission {
namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

void add_field(Sha256Builder& hash, const std::string& value) {
  const std::uint64_t size = value.size();
  std::uint8_t prefix[8];
  for (int i = 0; i < 8; ++i) prefix[i] = static_cast<std::uint8_t>(size >> (8 * (7 - i)));
  hash.add(std::span<const std::uint8_t>(prefix, 8));
  hash.add(value);
}

// NewRecord and Record name these fields the same way.
template <class R>
std::string check_code_of(const R& record) {
  Sha256Builder hash;
  add_field(hash, "intake-kiosk record check code v1");
  for (const std::string* field :
       {&record.id, &record.created_at, &record.signed_at, &record.form_id, &record.form_version,
        &record.consent_sha256, &record.language, &record.patient.given_name, &record.patient.family_name,
        &record.patient.date_of_birth, &record.patient.phone, &record.patient.email, &record.answers_json,
        &record.consent_json, &record.signature_json})
    add_field(hash, *field);
  add_field(hash, record.guardian ? record.guardian->name : std::string());
  add_field(hash, record.guardian ? record.guardian->relationship : std::string());
  add_field(hash, record.guardian ? record.guardian_signature_json : std::string());
  add_field(hash, record.photo_consent ? "photo:yes" : "photo:no");
  const Sha256Digest digest = hash.finish();
  std::uint64_t bits = 0;
  for (int i = 0; i < 5; ++i) bits = (bits << 8) | digest[i];
  std::string code;
  for (int i = 7; i >= 0; --i) {
    code.push_back(kCrockford[(bits >> (5 * i)) & 31]);
    if (i == 4) code.push_back('-');
  }
  return code;
}

}  // namespace

std::string record_check_code(const store::NewRecord& record) { return check_code_of(record); }
std::string record_check_code(const store::Record& record) { return check_code_of(record); }

std::string verification_qr_payload(const std::string& record_id, const std::string& check_code) {
  return "INTAKE:" + record_id + ":" + check_code;
}

}  // namespace intake::submission
