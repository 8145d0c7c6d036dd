#include "fhir/fhir_options.hpp"

#include "common/try.hpp"
#include "store/settings.hpp"

namespace intake::fhir {

std::string check_system_base(const std::string& value) {
  const bool scheme =
      value.starts_with("https://") || value.starts_with("http://") || value.starts_with("urn:");
  if (!scheme || value.size() < 10)
    return "The FHIR system base must be a URL such as https://fhir.example-clinic.com/kiosk.";
  if (value.find_first_of(" \t\r\n|?#") != std::string::npos)
    return "The FHIR system base may not contain spaces, |, ? or #.";
  if (value.back() == '/') return "The FHIR system base must not end with /.";
  return "";
}

Result<FhirOptions> load_fhir_options(store::Store& store) {
  FhirOptions options;
  auto base = TRY(store::get_setting(store, kSystemBaseSetting));
  if (base && check_system_base(*base).empty()) options.system_base = *base;
  return options;
}

}  // namespace intake::fhir
