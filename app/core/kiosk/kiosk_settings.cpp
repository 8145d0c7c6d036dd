#include "kiosk/kiosk_settings.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "common/text.hpp"
#include "common/try.hpp"
#include "store/settings.hpp"
#include "store/store_error.hpp"

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

bool parse_seconds(const std::string& text, double& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

void read_seconds(const std::map<std::string, std::string>& all, const std::string& key, SecondsBounds bounds,
                  double& target, std::vector<std::string>& problems) {
  auto it = all.find(key);
  if (it == all.end()) return;
  double value = 0;
  if (!parse_seconds(it->second, value) || value < bounds.minimum || value > bounds.maximum) {
    problems.push_back("setting " + key + " is not a number of seconds from " +
                       std::to_string(bounds.minimum) + " to " + std::to_string(bounds.maximum) +
                       "; using the default");
    return;
  }
  target = value;
}

std::string check_seconds(const std::string& what, const std::string& value, SecondsBounds bounds) {
  int seconds = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (error != std::errc() || end != value.data() + value.size() || seconds < bounds.minimum ||
      seconds > bounds.maximum)
    return what + " must be a whole number of seconds from " + std::to_string(bounds.minimum) + " to " +
           std::to_string(bounds.maximum) + ".";
  return "";
}

std::string check_list(const std::string& value, const std::vector<std::string>& known,
                       const std::string& at_least_one, const std::string& unknown) {
  const auto items = split_list(value);
  if (items.empty()) return at_least_one;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (std::find(known.begin(), known.end(), items[i]) == known.end()) return unknown + " " + items[i] + ".";
    if (std::find(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(i), items[i]) !=
        items.begin() + static_cast<std::ptrdiff_t>(i))
      return items[i] + " is listed twice.";
  }
  return "";
}

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ",") + item;
  return text;
}

std::string whole_seconds(double seconds) { return std::to_string(std::lround(seconds)); }

}  // namespace

const std::vector<std::string>& kiosk_setting_keys() {
  static const std::vector<std::string> keys = {"clinic_name",
                                                "patient_idle_seconds",
                                                "patient_warning_seconds",
                                                "staff_idle_seconds",
                                                "languages",
                                                "active_forms",
                                                "printer",
                                                "clinic_address",
                                                "clinic_phone",
                                                "clinic_out_of_hours_phone",
                                                "date_order",
                                                "paper_size",
                                                "patient_reading_idle_seconds",
                                                "paper_form_notice"};
  return keys;
}

std::vector<std::pair<std::string, std::string>> kiosk_setting_values(const KioskSettings& settings) {
  return {{"clinic_name", std::string(text::trim(settings.clinic_name))},
          {"patient_idle_seconds", whole_seconds(settings.patient_idle_seconds)},
          {"patient_warning_seconds", whole_seconds(settings.patient_warning_seconds)},
          {"staff_idle_seconds", whole_seconds(settings.staff_idle_seconds)},
          {"languages", join(settings.languages)},
          {"active_forms", join(settings.active_forms)},
          {"printer", std::string(text::trim(settings.printer))},
          {"clinic_address", std::string(text::trim(settings.clinic_address))},
          {"clinic_phone", std::string(text::trim(settings.clinic_phone))},
          {"clinic_out_of_hours_phone", std::string(text::trim(settings.clinic_out_of_hours_phone))},
          {"date_order", settings.date_order},
          {"paper_size", settings.paper_size},
          {"patient_reading_idle_seconds", whole_seconds(settings.patient_reading_idle_seconds)},
          {"paper_form_notice", settings.paper_form_notice ? "on" : "off"}};
}

std::string check_kiosk_setting(const std::string& key, const std::string& value,
                                const SettingsChoices& choices) {
  if (key == "clinic_name") {
    const std::string name = std::string(text::trim(value));
    if (name.empty()) return "The clinic's name cannot be empty.";
    if (name.size() > kMaxClinicNameLength)
      return "The clinic's name is too long; use at most " + std::to_string(kMaxClinicNameLength) +
             " letters.";
    if (std::any_of(name.begin(), name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
      return "The clinic's name cannot hold line breaks or tabs.";
    return "";
  }
  if (key == "patient_idle_seconds")
    return check_seconds("The patient's idle time", value, kPatientIdleBounds);
  if (key == "patient_warning_seconds")
    return check_seconds("The patient's warning time", value, kPatientWarningBounds);
  if (key == "staff_idle_seconds") return check_seconds("The staff idle time", value, kStaffIdleBounds);
  if (key == "patient_reading_idle_seconds")
    return check_seconds("The patient's idle time on reading steps", value, kPatientReadingIdleBounds);
  if (key == "paper_form_notice")
    return value == "on" || value == "off" ? "" : "The paper-form notice is either on or off.";
  if (key == "languages")
    return check_list(value, choices.languages, "At least one language must stay on.",
                      "This kiosk has no language");
  if (key == "active_forms")
    return check_list(value, choices.forms, "At least one form must stay on.", "This kiosk has no form");
  if (key == "printer") {
    // CUPS destination names: printable ASCII without space, "/", "#" or quotes, at most 127.
    const std::string name = std::string(text::trim(value));
    const bool valid =
        name.size() <= 127 && std::all_of(name.begin(), name.end(), [](char c) {
          return c > 0x20 && c < 0x7f && c != '/' && c != '#' && c != '\'' && c != '"' && c != '\\';
        });
    return valid ? ""
                 : "A printer's name has no spaces, slashes, # or quotes (as CUPS lists it with lpstat -e).";
  }
  if (key == "clinic_address") {
    const std::string address = std::string(text::trim(value));
    if (address.size() > kMaxClinicAddressLength)
      return "The clinic's address is too long; use at most " + std::to_string(kMaxClinicAddressLength) +
             " letters on one line.";
    if (std::any_of(address.begin(), address.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
      return "Write the clinic's address on one line, with commas between its parts.";
    return "";
  }
  if (key == "clinic_phone" || key == "clinic_out_of_hours_phone") {
    const std::string phone = std::string(text::trim(value));
    const bool valid = phone.size() <= kMaxPhoneLength && std::all_of(phone.begin(), phone.end(), [](char c) {
                         return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' ||
                                c == ')' || c == '.';
                       });
    if (!valid)
      return std::string(key == "clinic_phone" ? "The clinic's phone number" : "The out-of-hours number") +
             " may hold only digits, spaces, +, - and brackets (at most " + std::to_string(kMaxPhoneLength) +
             ").";
    return "";
  }
  if (key == "date_order")
    return value == "day_first" || value == "month_first" ? ""
                                                          : "Dates are written day_first or month_first.";
  if (key == "paper_size") return value == "a4" || value == "letter" ? "" : "The paper size is a4 or letter.";
  return "There is no setting called " + key + ".";
}

void set_kiosk_setting(KioskSettings& settings, const std::string& key, const std::string& value) {
  double seconds = 0;
  if (key == "clinic_name")
    settings.clinic_name = std::string(text::trim(value));
  else if (key == "patient_idle_seconds" && parse_seconds(value, seconds))
    settings.patient_idle_seconds = seconds;
  else if (key == "patient_warning_seconds" && parse_seconds(value, seconds))
    settings.patient_warning_seconds = seconds;
  else if (key == "staff_idle_seconds" && parse_seconds(value, seconds))
    settings.staff_idle_seconds = seconds;
  else if (key == "languages")
    settings.languages = split_list(value);
  else if (key == "active_forms")
    settings.active_forms = split_list(value);
  else if (key == "printer")
    settings.printer = std::string(text::trim(value));
  else if (key == "clinic_address")
    settings.clinic_address = std::string(text::trim(value));
  else if (key == "clinic_phone")
    settings.clinic_phone = std::string(text::trim(value));
  else if (key == "clinic_out_of_hours_phone")
    settings.clinic_out_of_hours_phone = std::string(text::trim(value));
  else if (key == "date_order")
    settings.date_order = value;
  else if (key == "paper_size")
    settings.paper_size = value;
  else if (key == "patient_reading_idle_seconds" && parse_seconds(value, seconds))
    settings.patient_reading_idle_seconds = seconds;
  else if (key == "paper_form_notice")
    settings.paper_form_notice = value == "on";
}

Result<int> save_kiosk_settings(store::Store& store, const KioskSettings& settings,
                                const SettingsChoices& choices, const std::string& actor) {
  auto stored = TRY(store::all_settings(store));
  std::vector<std::pair<std::string, std::string>> changed;
  for (auto& [key, value] : kiosk_setting_values(settings)) {
    if (std::string problem = check_kiosk_setting(key, value, choices); !problem.empty())
      return store::store_error(store::kExitInvalidInput, problem);
    auto it = stored.find(key);
    if (it == stored.end() || it->second != value) changed.emplace_back(key, value);
  }
  if (changed.empty()) return 0;
  TRY(store::set_settings(store, changed, actor));
  return static_cast<int>(changed.size());
}

Result<LoadedSettings> load_kiosk_settings(store::Store& store) {
  auto all = TRY(store::all_settings(store));
  LoadedSettings loaded;
  KioskSettings& settings = loaded.settings;
  if (auto it = all.find("clinic_name"); it != all.end() && !it->second.empty())
    settings.clinic_name = it->second;
  read_seconds(all, "patient_idle_seconds", kPatientIdleBounds, settings.patient_idle_seconds,
               loaded.problems);
  read_seconds(all, "patient_warning_seconds", kPatientWarningBounds, settings.patient_warning_seconds,
               loaded.problems);
  read_seconds(all, "staff_idle_seconds", kStaffIdleBounds, settings.staff_idle_seconds, loaded.problems);
  read_seconds(all, "patient_reading_idle_seconds", kPatientReadingIdleBounds,
               settings.patient_reading_idle_seconds, loaded.problems);
  if (auto it = all.find("paper_form_notice"); it != all.end()) {
    if (check_kiosk_setting("paper_form_notice", it->second, {}).empty())
      settings.paper_form_notice = it->second == "on";
    else
      loaded.problems.push_back("setting paper_form_notice is neither on nor off; using on");
  }
  if (auto it = all.find("languages"); it != all.end() && !split_list(it->second).empty())
    settings.languages = split_list(it->second);
  if (auto it = all.find("active_forms"); it != all.end() && !split_list(it->second).empty())
    settings.active_forms = split_list(it->second);
  if (auto it = all.find("printer"); it != all.end()) {
    if (check_kiosk_setting("printer", it->second, {}).empty())
      settings.printer = std::string(text::trim(it->second));
    else
      loaded.problems.push_back("setting printer is not a printer's name; using the default printer");
  }
  for (const char* key :
       {"clinic_address", "clinic_phone", "clinic_out_of_hours_phone", "date_order", "paper_size"}) {
    auto it = all.find(key);
    if (it == all.end()) continue;
    if (check_kiosk_setting(key, it->second, {}).empty())
      set_kiosk_setting(settings, key, it->second);
    else
      loaded.problems.push_back(std::string("setting ") + key + " is not valid; using the default");
  }
  return loaded;
}

}  // namespace intake
