#pragma once
// The clinic's kiosk settings with their defaults, read from the store's settings table
// (staff change them in staff mode or with the CLI; every change is audited by the store).
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "common/clinic_defaults.hpp"
#include "common/result.hpp"
#include "store/store.hpp"

namespace intake {

struct KioskSettings {
  std::string clinic_name = kDefaultClinicName;
  double patient_idle_seconds = 90.0;     // no touch: "Are you still there?"
  double patient_warning_seconds = 30.0;  // then the countdown before everything is wiped
  // The idle time on reading steps (consent, review, signature), where a reader goes minutes
  // between touches.
  double patient_reading_idle_seconds = 180.0;
  // "Need help?" tells patients a paper form is available at the front desk.
  bool paper_form_notice = true;
  double staff_idle_seconds = 120.0;  // staff mode logs itself off
  std::vector<std::string> languages = {"en", "es"};
  std::vector<std::string> active_forms = {"microneedling"};
  std::string printer;  // CUPS destination for patient copies; "" = the system's default printer
  // The clinic's identity, printed on every PDF page and in the aftercare's "When to call us";
  // each record keeps the values it was signed with.
  std::string clinic_address;             // one line; "" = not printed
  std::string clinic_phone;               // "" = not printed
  std::string clinic_out_of_hours_phone;  // "" = not printed
  std::string date_order = "day_first";   // "day_first" (1 Dec 2026) or "month_first" (Dec 1, 2026)
  std::string paper_size = "a4";          // "a4" or "letter"
};

// Missing keys keep their defaults; a value that does not parse keeps the default too and is
// reported in `problems` (never patient data: settings hold none).
struct LoadedSettings {
  KioskSettings settings;
  std::vector<std::string> problems;
};

Result<LoadedSettings> load_kiosk_settings(store::Store& store);

// The bounds of each time-out, in whole seconds, and the step of the staff screen's - / +
// buttons. Loading and saving use the same bounds, so a value outside them is never in effect.
struct SecondsBounds {
  int minimum = 0;
  int maximum = 0;
  int step = 1;
};
inline constexpr SecondsBounds kPatientIdleBounds{30, 600, 10};
inline constexpr SecondsBounds kPatientWarningBounds{10, 120, 5};
inline constexpr SecondsBounds kStaffIdleBounds{30, 1800, 30};
inline constexpr SecondsBounds kPatientReadingIdleBounds{60, 900, 30};
inline constexpr std::size_t kMaxClinicNameLength = 80;      // bytes of UTF-8; fits Welcome's title
inline constexpr std::size_t kMaxClinicAddressLength = 160;  // bytes of UTF-8; one line of a PDF header
inline constexpr std::size_t kMaxPhoneLength = 32;

// What this kiosk can offer: the languages its UI has and the forms its catalog loaded.
struct SettingsChoices {
  std::vector<std::string> languages;
  std::vector<std::string> forms;
};

// Every key a clinic may set (the keys listed in store/settings.hpp).
const std::vector<std::string>& kiosk_setting_keys();
// The settings as the store's key/value text ("90", "en,es").
std::vector<std::pair<std::string, std::string>> kiosk_setting_values(const KioskSettings& settings);
// Checks one key/value as staff mode or a CLI would save it: a known key, a clinic name of 1 to
// kMaxClinicNameLength bytes, whole seconds within the bounds, at least one language or form,
// each one this kiosk has, none twice, a printer name CUPS accepts (or "" for the default). Returns one
// sentence for staff, or "" when it is fine.
std::string check_kiosk_setting(const std::string& key, const std::string& value,
                                const SettingsChoices& choices);

// Checks every setting, then saves those that differ from the store's in one transaction
// (each change audited by the store with `actor`). Returns how many keys changed (0: nothing
// to save). kExitInvalidInput with check_kiosk_setting's sentence when one is refused; nothing
// is saved then.
Result<int> save_kiosk_settings(store::Store& store, const KioskSettings& settings,
                                const SettingsChoices& choices, const std::string& actor);

// Sets one field of `settings` from its key/value text, after check_kiosk_setting accepted it.
void set_kiosk_setting(KioskSettings& settings, const std::string& key, const std::string& value);

std::vector<std::string> split_list(const std::string& text);  // "en, es" -> {"en", "es"}

}  // namespace intake
