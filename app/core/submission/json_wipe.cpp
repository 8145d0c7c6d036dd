#include "submission/json_wipe.hpp"

#include <nlohmann/json.hpp>

#include <vector>

#include "common/secure_memory.hpp"

namespace intake::submission {

void wipe_json(nlohmann::json& value) {
  // An explicit stack, not recursion: however deep the document, the wipe cannot overflow.
  std::vector<nlohmann::json*> pending{&value};
  while (!pending.empty()) {
    nlohmann::json& item = *pending.back();
    pending.pop_back();
    if (item.is_string()) {
      secure_wipe(item.get_ref<std::string&>());
    } else if (item.is_number_float()) {
      item.get_ref<double&>() = 0;
    } else if (item.is_number_integer() && !item.is_number_unsigned()) {
      item.get_ref<std::int64_t&>() = 0;
    } else if (item.is_number_unsigned()) {
      item.get_ref<std::uint64_t&>() = 0;
    } else if (item.is_array() || item.is_object()) {
      for (auto& child : item) pending.push_back(&child);
    }
  }
  value = nullptr;
}

}  // namespace intake::submission
