#pragma once
// Clinic settings as key/value text, every change audited with its new value (settings are
// never patient data). Keys in use: clinic_name, clinic_address, clinic_phone,
// clinic_out_of_hours_phone, date_order, paper_size, printer, patient_idle_seconds,
// patient_warning_seconds, staff_idle_seconds, languages (e.g. "en,es"), active_forms
// (e.g. "microneedling"), printer, patient_reading_idle_seconds, paper_form_notice ("on"/"off").
// A missing key means "use the built-in default".
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::store {

Result<std::optional<std::string>> get_setting(Store& store, const std::string& key);
Result<std::map<std::string, std::string>> all_settings(Store& store);
// key: 1-64 of [a-z0-9_]. Audited as "setting.change" with the key and value.
Status set_setting(Store& store, const std::string& key, const std::string& value, const std::string& actor);
// Several settings at once: all saved or none, each change audited as above.
Status set_settings(Store& store, const std::vector<std::pair<std::string, std::string>>& values,
                    const std::string& actor);

}  // namespace intake::store
