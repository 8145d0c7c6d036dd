#include "kiosk/kiosk_settings.hpp"

#include <charconv>

#include "store/settings.hpp"

namespace intake {

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::string current;
  for (char c : text + ",") {
    if (c == ',' || c == ' ') {
      if (!current.empty()) items.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return items;
}

namespace {

void read_seconds(const std::map<std::string, std::string>& all, const std::string& key,
                  double minimum, double& target, std::vector<std::string>& problems) {
  auto it = all.find(key);
  if (it == all.end()) return;
  double value = 0;
  auto [end, error] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
  if (error != std::errc() || end != it->second.data() + it->second.size() || value < minimum) {
    problems.push_back("setting " + key + " is not a number of seconds >= " +
                       std::to_string(static_cast<int>(minimum)) + "; using the default");
    return;
  }
  target = value;
}

}  // namespace

Result<LoadedSettings> load_kiosk_settings(store::Store& store) {
  auto all = store::all_settings(store);
  if (!all) return all.error();
  LoadedSettings loaded;
  KioskSettings& settings = loaded.settings;
  if (auto it = all->find("clinic_name"); it != all->end() && !it->second.empty())
    settings.clinic_name = it->second;
  read_seconds(*all, "patient_idle_seconds", 10, settings.patient_idle_seconds, loaded.problems);
  read_seconds(*all, "patient_warning_seconds", 5, settings.patient_warning_seconds, loaded.problems);
  read_seconds(*all, "staff_idle_seconds", 15, settings.staff_idle_seconds, loaded.problems);
  if (auto it = all->find("languages"); it != all->end() && !split_list(it->second).empty())
    settings.languages = split_list(it->second);
  if (auto it = all->find("active_forms"); it != all->end() && !split_list(it->second).empty())
    settings.active_forms = split_list(it->second);
  return loaded;
}

}  // namespace intake
