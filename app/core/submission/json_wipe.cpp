#include "submission/json_wipe.hpp"

#include <nlohmann/json.hpp>

#include "common/secure_memory.hpp"

namespace intake::submission {

void wipe_json(nlohmann::json& value) {
  if (value.is_string()) {
    secure_wipe(value.get_ref<std::string&>());
  } else if (value.is_number_float()) {
    value.get_ref<double&>() = 0;
  } else if (value.is_number_integer() && !value.is_number_unsigned()) {
    value.get_ref<std::int64_t&>() = 0;
  } else if (value.is_number_unsigned()) {
    value.get_ref<std::uint64_t&>() = 0;
  } else if (value.is_array() || value.is_object()) {
    for (auto& item : value) wipe_json(item);
  }
  value = nullptr;
}

}  // namespace intake::submission
