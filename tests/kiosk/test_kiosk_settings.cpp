// The kiosk settings as staff mode (and a CLI) saves them: every value checked by the core
// (bounds, at least one language and form, only ones this kiosk has, known keys), saved all or
// nothing, only what changed, each change audited; load uses the same bounds.
#include <catch2/catch_test_macros.hpp>

#include <cstdlib>

#include "kiosk/kiosk_settings.hpp"
#include "store/audit.hpp"
#include "store/settings.hpp"
#include "store/store_error.hpp"
#include "store_test_support.hpp"

using namespace intake;
using intake::store::test::open_or_fail;
using intake::store::test::TempDir;

namespace {

const SettingsChoices kChoices{{"en", "es"}, {"microneedling"}};

int count_setting_changes(store::Store& store) {
  auto entries = store::recent_audit_entries(store, 1000);
  REQUIRE(entries);
  int n = 0;
  for (const auto& entry : *entries) n += entry.action == store::audit_action::kSettingChange;
  return n;
}

}  // namespace

TEST_CASE("each setting is checked against its bounds and this kiosk's choices", "[kiosk][settings]") {
  CHECK(check_kiosk_setting("clinic_name", "Clínica Sol", kChoices).empty());
  CHECK(check_kiosk_setting("clinic_name", "   ", kChoices) == "The clinic's name cannot be empty.");
  CHECK_FALSE(
      check_kiosk_setting("clinic_name", std::string(kMaxClinicNameLength + 1, 'a'), kChoices).empty());
  CHECK_FALSE(check_kiosk_setting("clinic_name", "Two\nlines", kChoices).empty());

  CHECK(check_kiosk_setting("patient_idle_seconds", "90", kChoices).empty());
  CHECK(check_kiosk_setting("patient_idle_seconds", std::to_string(kPatientIdleBounds.minimum), kChoices)
            .empty());
  CHECK(check_kiosk_setting("patient_idle_seconds", std::to_string(kPatientIdleBounds.maximum), kChoices)
            .empty());
  CHECK(
      check_kiosk_setting("patient_idle_seconds", std::to_string(kPatientIdleBounds.minimum - 1), kChoices) ==
      "The patient's idle time must be a whole number of seconds from 30 to 600.");
  CHECK_FALSE(
      check_kiosk_setting("patient_idle_seconds", std::to_string(kPatientIdleBounds.maximum + 1), kChoices)
          .empty());
  CHECK_FALSE(check_kiosk_setting("patient_warning_seconds", "90.5", kChoices).empty());
  CHECK_FALSE(check_kiosk_setting("patient_warning_seconds", "soon", kChoices).empty());
  CHECK_FALSE(check_kiosk_setting("staff_idle_seconds", "", kChoices).empty());
  CHECK(check_kiosk_setting("staff_idle_seconds", "60", kChoices).empty());

  CHECK(check_kiosk_setting("languages", "es,en", kChoices).empty());
  CHECK(check_kiosk_setting("languages", "", kChoices) == "At least one language must stay on.");
  CHECK(check_kiosk_setting("languages", "en,fr", kChoices) == "This kiosk has no language fr.");
  CHECK(check_kiosk_setting("languages", "en,en", kChoices) == "en is listed twice.");
  CHECK(check_kiosk_setting("active_forms", "", kChoices) == "At least one form must stay on.");
  CHECK(check_kiosk_setting("active_forms", "botox", kChoices) == "This kiosk has no form botox.");

  CHECK(check_kiosk_setting("wallpaper", "blue", kChoices) == "There is no setting called wallpaper.");
}

TEST_CASE("saving settings writes only the changes, all audited, and load reads them back",
          "[kiosk][settings]") {
  TempDir tmp;
  store::Store store = open_or_fail(tmp / "data");

  KioskSettings settings;  // the defaults: nothing stored yet, so every key is written
  auto first = save_kiosk_settings(store, settings, kChoices, "staff:Marta Ruiz");
  REQUIRE(first);
  CHECK(*first == static_cast<int>(kiosk_setting_keys().size()));
  auto again = save_kiosk_settings(store, settings, kChoices, "staff:Marta Ruiz");
  REQUIRE(again);
  CHECK(*again == 0);  // nothing changed, nothing written or audited
  CHECK(count_setting_changes(store) == static_cast<int>(kiosk_setting_keys().size()));

  settings.clinic_name = "  Clínica Sol ";
  settings.staff_idle_seconds = 60;
  settings.languages = {"es", "en"};
  auto changed = save_kiosk_settings(store, settings, kChoices, "staff:Marta Ruiz");
  REQUIRE(changed);
  CHECK(*changed == 3);
  auto entries = store::recent_audit_entries(store, 3);
  REQUIRE(entries);
  for (const auto& entry : *entries) {
    CHECK(entry.action == store::audit_action::kSettingChange);
    CHECK(entry.actor == "staff:Marta Ruiz");
  }

  auto loaded = load_kiosk_settings(store);
  REQUIRE(loaded);
  CHECK(loaded->problems.empty());
  CHECK(loaded->settings.clinic_name == "Clínica Sol");  // trimmed
  CHECK(loaded->settings.staff_idle_seconds == 60.0);
  CHECK(loaded->settings.languages == std::vector<std::string>{"es", "en"});
}

TEST_CASE("one refused setting saves nothing at all", "[kiosk][settings]") {
  TempDir tmp;
  store::Store store = open_or_fail(tmp / "data");
  KioskSettings settings;
  settings.clinic_name = "Clínica Luna";  // fine on its own...
  settings.patient_warning_seconds = 2;   // ...but this is below the bounds
  auto refused = save_kiosk_settings(store, settings, kChoices, "staff:Marta Ruiz");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == store::kExitInvalidInput);
  CHECK(refused.error().message ==
        "The patient's warning time must be a whole number of seconds from 10 to 120.");
  settings.patient_warning_seconds = 30;
  settings.active_forms.clear();
  refused = save_kiosk_settings(store, settings, kChoices, "staff:Marta Ruiz");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().message == "At least one form must stay on.");
  auto stored = store::all_settings(store);
  REQUIRE(stored);
  CHECK(stored->empty());
  CHECK(count_setting_changes(store) == 0);
}

TEST_CASE("a stored time-out outside the bounds is not used", "[kiosk][settings]") {
  TempDir tmp;
  store::Store store = open_or_fail(tmp / "data");
  REQUIRE(store::set_setting(store, "staff_idle_seconds", "5", "test"));        // below
  REQUIRE(store::set_setting(store, "patient_idle_seconds", "99999", "test"));  // above
  REQUIRE(store::set_setting(store, "patient_warning_seconds", "45", "test"));
  auto loaded = load_kiosk_settings(store);
  REQUIRE(loaded);
  CHECK(loaded->settings.staff_idle_seconds == KioskSettings{}.staff_idle_seconds);
  CHECK(loaded->settings.patient_idle_seconds == KioskSettings{}.patient_idle_seconds);
  CHECK(loaded->settings.patient_warning_seconds == 45.0);
  CHECK(loaded->problems.size() == 2);
}

TEST_CASE("reading steps have their own longer idle time and the paper-form notice is a setting",
          "[kiosk][settings]") {
  const KioskSettings defaults;
  CHECK(defaults.patient_reading_idle_seconds == 180.0);  // three minutes on consent, review, signature
  CHECK(defaults.patient_reading_idle_seconds > defaults.patient_idle_seconds);
  CHECK(defaults.paper_form_notice);
  CHECK(check_kiosk_setting("patient_reading_idle_seconds", "300", kChoices).empty());
  CHECK(check_kiosk_setting("patient_reading_idle_seconds", "59", kChoices) ==
        "The patient's idle time on reading steps must be a whole number of seconds from 60 to 900.");
  CHECK(check_kiosk_setting("paper_form_notice", "off", kChoices).empty());
  CHECK(check_kiosk_setting("paper_form_notice", "maybe", kChoices) ==
        "The paper-form notice is either on or off.");

  TempDir tmp;
  store::Store store = open_or_fail(tmp / "data");
  KioskSettings changed;
  changed.patient_reading_idle_seconds = 420;
  changed.paper_form_notice = false;
  auto saved = save_kiosk_settings(store, changed, kChoices, "admin");
  REQUIRE(saved);
  auto loaded = load_kiosk_settings(store);
  REQUIRE(loaded);
  CHECK(loaded->problems.empty());
  CHECK(loaded->settings.patient_reading_idle_seconds == 420.0);
  CHECK_FALSE(loaded->settings.paper_form_notice);

  REQUIRE(store::set_setting(store, "paper_form_notice", "sometimes", "admin"));
  REQUIRE(store::set_setting(store, "patient_reading_idle_seconds", "5", "admin"));
  auto odd = load_kiosk_settings(store);
  REQUIRE(odd);
  CHECK(odd->settings.paper_form_notice);
  CHECK(odd->settings.patient_reading_idle_seconds == 180.0);
  CHECK(odd->problems.size() == 2);
}
