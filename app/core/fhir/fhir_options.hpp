#pragma once
// The URIs a clinic's FHIR resources are named under. One setting, fhir_system_base, roots
// them all (a clinic sets it to a URL it owns, e.g. "https://fhir.example-clinic.com/kiosk");
// the record id under <base>/record-id is what makes a resend recognisable (ifNoneExist).
#include <string>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::fhir {

inline constexpr const char* kSystemBaseSetting = "fhir_system_base";
// Deliberately under .invalid (RFC 2606): a clinic is meant to set its own.
inline constexpr const char* kDefaultSystemBase = "https://intake-kiosk.invalid/fhir";

struct FhirOptions {
  std::string system_base = kDefaultSystemBase;  // no trailing slash

  std::string record_id_system() const { return system_base + "/record-id"; }
  std::string pdf_sha256_system() const { return system_base + "/pdf-sha256"; }
  std::string staff_id_system() const { return system_base + "/staff-id"; }
  std::string provenance_tag_system() const { return system_base + "/provenance"; }
  std::string flag_code_system() const { return system_base + "/CodeSystem/flag"; }
  std::string extension(const std::string& name) const {
    return system_base + "/StructureDefinition/" + name;
  }
  std::string questionnaire_url(const std::string& form_id) const {
    return system_base + "/Questionnaire/" + form_id;
  }
  std::string choice_system(const std::string& form_id, const std::string& question_id) const {
    return system_base + "/CodeSystem/" + form_id + "-" + question_id;
  }
  std::string consent_policy_uri(const std::string& form_id, const std::string& version,
                                 const std::string& language, const std::string& sha256) const {
    return system_base + "/consent/" + form_id + "/" + version + "/" + language + "#sha256:" + sha256;
  }
};

// A system base must be an absolute http(s) URL or a urn:, without spaces or a trailing slash.
// Returns one sentence for staff, or "" when it is fine.
std::string check_system_base(const std::string& value);

// The store's fhir_system_base setting, else the default.
Result<FhirOptions> load_fhir_options(store::Store& store);

}  // namespace intake::fhir
