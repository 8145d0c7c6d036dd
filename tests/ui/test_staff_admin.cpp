// The admin screens of staff mode (staff accounts, settings) through the real screens over a real
// store: staff accounts (add, disable / enable, a new PIN, never the last admin), who sees the
// admin buttons, and settings that reach patient mode when staff mode closes.
#include <catch2/catch_test_macros.hpp>

#include "staff_steps.hpp"
#include "store/audit.hpp"
#include "store/settings.hpp"

using namespace intake;
using namespace intake::testing;

namespace {

void open_accounts(HeadlessKiosk& kiosk) {
  REQUIRE(kiosk.tap("queue/staff_accounts"));
  REQUIRE(kiosk.shows("Staff accounts"));
}

void sign_out_from_accounts(HeadlessKiosk& kiosk) {
  REQUIRE(kiosk.tap("accounts/back"));
  REQUIRE(kiosk.tap("queue/sign_out"));
  REQUIRE_FALSE(kiosk.kiosk().staff_mode_active());
}

// Types a name on the sign-in screen (a disabled account is not in the list to pick from).
void type_name_and_pin(HeadlessKiosk& kiosk, const std::string& name, const std::string& pin) {
  hold_clinic_name(kiosk, 3.2);
  REQUIRE(kiosk.tap("sign_in/name"));
  kiosk.type(name);
  REQUIRE(kiosk.tap("keyboard/key_done"));
  enter_pin(kiosk, pin);
}

bool audited(store::Store& store, const std::string& action, const std::string& actor,
             const std::string& detail = "") {
  auto entries = store::recent_audit_entries(store, 200);
  REQUIRE(entries);
  for (const auto& entry : *entries)
    if (entry.action == action && entry.actor == actor && entry.details.find(detail) != std::string::npos)
      return true;
  return false;
}

}  // namespace

TEST_CASE("an admin adds a practitioner on the screens, who can then sign in", "[ui][staff][admin]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  open_accounts(kiosk);
  CHECK(kiosk.shows("1 accounts"));
  REQUIRE(kiosk.tap("accounts/add_staff"));
  // Next waits for a name and a role.
  CHECK_FALSE(kiosk.tap("add_staff/next"));
  REQUIRE(kiosk.tap("add_staff/name"));
  kiosk.type("Lucía Prat");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  CHECK_FALSE(kiosk.tap("add_staff/next"));
  REQUIRE(kiosk.tap("add_staff/role/practitioner"));
  REQUIRE(kiosk.tap("add_staff/next"));
  CHECK(kiosk.shows("Choose a PIN of 4 to 8 digits for Lucía Prat"));
  enter_pin(kiosk, "2468");
  CHECK(kiosk.shows("Type the same PIN again"));
  enter_pin(kiosk, "2469");  // not the same: asked again, from the first PIN
  CHECK(kiosk.shows("not the same"));
  CHECK(kiosk.shows("Choose a PIN of 4 to 8 digits for Lucía Prat"));
  enter_pin(kiosk, "2468");
  enter_pin(kiosk, "2468");
  CHECK(kiosk.shows("Lucía Prat is added as practitioner and can sign in now."));
  CHECK(kiosk.shows("2 accounts"));
  CHECK(audited(setup.store, store::audit_action::kStaffCreate, "staff:Marta Ruiz"));

  // The same name again is refused with the store's sentence, back on the name.
  REQUIRE(kiosk.tap("accounts/add_staff"));
  REQUIRE(kiosk.tap("add_staff/name"));
  kiosk.type("Lucía Prat");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("add_staff/role/admin"));
  REQUIRE(kiosk.tap("add_staff/next"));
  enter_pin(kiosk, "1717");
  enter_pin(kiosk, "1717");
  CHECK(kiosk.shows("A staff account named Lucía Prat already exists."));
  CHECK(kiosk.find("add_staff/name") != nullptr);
  REQUIRE(kiosk.tap("add_staff/cancel"));

  sign_out_from_accounts(kiosk);
  sign_in(kiosk, "Lucía Prat", "2468");
  CHECK(kiosk.shows("Signed in as Lucía Prat (practitioner)"));
}

TEST_CASE("a disabled account cannot sign in until an admin enables it again", "[ui][staff][admin]") {
  StaffKiosk setup;
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  open_accounts(kiosk);
  // Disabling asks first; "No, keep" leaves the account as it was.
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/disable"));
  CHECK(kiosk.shows("Disable Tomás Vidal?"));
  CHECK(kiosk.shows("They cannot sign in until an admin enables the account again."));
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/keep"));
  CHECK_FALSE(kiosk.shows("Disable Tomás Vidal?"));
  auto kept = store::find_staff(setup.store, "Tomás Vidal");
  REQUIRE(kept);
  CHECK_FALSE(kept->disabled);
  CHECK_FALSE(audited(setup.store, store::audit_action::kStaffDisable, "staff:Marta Ruiz"));
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/disable"));
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/confirm_disable"));
  CHECK(kiosk.shows("Tomás Vidal is disabled and can no longer sign in."));
  CHECK(kiosk.find("accounts/rows/Tomás Vidal/enable") != nullptr);
  CHECK(audited(setup.store, store::audit_action::kStaffDisable, "staff:Marta Ruiz"));
  sign_out_from_accounts(kiosk);

  hold_clinic_name(kiosk, 3.2);
  CHECK(kiosk.find("sign_in/names/Tomás Vidal") == nullptr);  // not offered to pick
  REQUIRE(kiosk.tap("sign_in/cancel"));
  type_name_and_pin(kiosk, "Tomás Vidal", "1357");
  CHECK(kiosk.shows("This staff account is disabled; ask an admin."));
  CHECK_FALSE(kiosk.shows("Today's check-ins"));
  REQUIRE(kiosk.tap("sign_in/cancel"));

  sign_in(kiosk, "Marta Ruiz", "9753");
  open_accounts(kiosk);
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/enable"));
  CHECK(kiosk.shows("Tomás Vidal is enabled and can sign in again."));
  sign_out_from_accounts(kiosk);
  sign_in(kiosk, "Tomás Vidal", "1357");
  CHECK(kiosk.shows("Signed in as Tomás Vidal (front desk)"));
}

TEST_CASE("a new PIN from an admin works and clears a lock", "[ui][staff][admin]") {
  StaffKiosk setup;
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  HeadlessKiosk& kiosk = setup.kiosk;
  for (int i = 0; i < 5; ++i) REQUIRE_FALSE(store::verify_staff_pin(setup.store, "Tomás Vidal", "0000"));

  sign_in(kiosk, "Marta Ruiz", "9753");
  open_accounts(kiosk);
  CHECK(kiosk.shows("Locked: wrong PINs"));
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/reset_pin"));
  CHECK(kiosk.shows("New PIN for Tomás Vidal"));
  enter_pin(kiosk, "4774");
  enter_pin(kiosk, "4445");
  CHECK(kiosk.shows("not the same"));
  enter_pin(kiosk, "4774");
  enter_pin(kiosk, "4774");
  CHECK(kiosk.shows("Tomás Vidal has a new PIN and can sign in again."));
  CHECK_FALSE(kiosk.shows("Locked: wrong PINs"));
  CHECK(audited(setup.store, store::audit_action::kStaffPinReset, "staff:Marta Ruiz"));
  sign_out_from_accounts(kiosk);

  sign_in(kiosk, "Tomás Vidal", "1357");  // the old PIN no longer works
  CHECK_FALSE(kiosk.shows("Today's check-ins"));
  REQUIRE(kiosk.tap("sign_in/cancel"));
  sign_in(kiosk, "Tomás Vidal", "4774");
  CHECK(kiosk.shows("Signed in as Tomás Vidal (front desk)"));
}

TEST_CASE("only admins see the staff accounts and settings buttons", "[ui][staff][admin]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  HeadlessKiosk& kiosk = setup.kiosk;
  for (const auto& [name, pin] : {std::pair{"Lucía Prat", "2468"}, std::pair{"Tomás Vidal", "1357"}}) {
    sign_in(kiosk, name, pin);
    REQUIRE(kiosk.shows("Today's check-ins"));
    CHECK(kiosk.find("queue/staff_accounts") == nullptr);
    CHECK(kiosk.find("queue/settings") == nullptr);
    CHECK_FALSE(kiosk.shows("Staff accounts"));
    REQUIRE(kiosk.tap("queue/sign_out"));
  }
  sign_in(kiosk, "Marta Ruiz", "9753");
  CHECK(kiosk.find("queue/staff_accounts") != nullptr);
  CHECK(kiosk.find("queue/settings") != nullptr);
}

TEST_CASE("the last enabled admin cannot be disabled, and an admin cannot disable themselves",
          "[ui][staff][admin]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  open_accounts(kiosk);
  CHECK(kiosk.shows("Marta Ruiz  (you)"));
  REQUIRE(kiosk.tap("accounts/rows/Marta Ruiz/disable"));
  CHECK(kiosk.shows(
      "Marta Ruiz is the last enabled admin; add or enable another admin before disabling this account."));
  auto marta = store::find_staff(setup.store, "Marta Ruiz");
  REQUIRE(marta);
  CHECK_FALSE(marta->disabled);

  // With a second admin it is still not her own to disable.
  setup.add_staff("Jon Sala", store::StaffRole::admin, "2727");
  REQUIRE(kiosk.tap("accounts/back"));
  open_accounts(kiosk);
  REQUIRE(kiosk.tap("accounts/rows/Marta Ruiz/disable"));
  CHECK(kiosk.shows("You cannot disable your own account; another admin can."));
  REQUIRE(kiosk.tap("accounts/rows/Jon Sala/disable"));
  REQUIRE(kiosk.tap("accounts/rows/Jon Sala/confirm_disable"));
  CHECK(kiosk.shows("Jon Sala is disabled and can no longer sign in."));
}

TEST_CASE("settings saved by an admin reach Welcome when staff mode closes, audited",
          "[ui][staff][admin][settings]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  REQUIRE(kiosk.tap("queue/settings"));
  REQUIRE(kiosk.shows("Settings"));
  REQUIRE(kiosk.tap("settings/clinic_name"));
  for (std::size_t i = 0; i < std::string("Our Clinic").size(); ++i)
    REQUIRE(kiosk.tap("keyboard/key_backspace"));
  kiosk.type("Clínica Sol");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  CHECK(kiosk.shows("2 minutes"));
  REQUIRE(kiosk.tap("settings/staff_idle/minus"));
  REQUIRE(kiosk.tap("settings/staff_idle/minus"));
  CHECK(kiosk.shows("1 minute"));
  CHECK(kiosk.shows("Changes not saved yet."));
  // Leaving with unsaved changes asks first.
  REQUIRE(kiosk.tap("settings/back"));
  CHECK(kiosk.shows("Your changes are not saved."));
  REQUIRE(kiosk.tap("settings/save"));
  CHECK(kiosk.shows("Settings saved. Patients see them when staff mode closes."));
  CHECK(audited(setup.store, store::audit_action::kSettingChange, "staff:Marta Ruiz", "Clínica Sol"));
  CHECK(audited(setup.store, store::audit_action::kSettingChange, "staff:Marta Ruiz", "staff_idle_seconds"));
  // Patient mode still has the old name while staff mode is open; it changes on closing.
  CHECK(kiosk.kiosk().clinic_name() == "Harbour Skin Studio");
  REQUIRE(kiosk.tap("settings/back"));
  REQUIRE(kiosk.tap("queue/sign_out"));
  CHECK(kiosk.find("welcome/start") != nullptr);
  CHECK(kiosk.shows("Clínica Sol"));
  CHECK_FALSE(kiosk.shows("Harbour Skin Studio"));

  // The new staff idle time: staff mode now logs off after one minute, not two.
  sign_in(kiosk, "Marta Ruiz", "9753", "Clínica Sol");
  REQUIRE(kiosk.shows("Today's check-ins"));
  kiosk.advance(65.0, 2.0);
  CHECK_FALSE(kiosk.kiosk().staff_mode_active());
}

TEST_CASE("the languages offered on Welcome follow the settings without a restart",
          "[ui][staff][admin][settings]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  REQUIRE(kiosk.find("welcome/language_en") != nullptr);
  sign_in(kiosk, "Marta Ruiz", "9753");
  REQUIRE(kiosk.tap("queue/settings"));
  REQUIRE(kiosk.tap("settings/languages/es"));  // off, so only English is left...
  REQUIRE(kiosk.tap("settings/languages/en"));  // ...which must stay on
  CHECK(kiosk.shows("At least one language must stay on."));
  REQUIRE(kiosk.tap("settings/languages/es"));  // on again, after English
  REQUIRE(kiosk.tap("settings/languages/en"));  // now English can go
  REQUIRE(kiosk.tap("settings/patient_idle/plus"));
  REQUIRE(kiosk.tap("settings/save"));
  CHECK(kiosk.shows("Settings saved."));
  auto languages = store::get_setting(setup.store, "languages");
  REQUIRE(languages);
  CHECK(languages->value_or("") == "es");
  auto idle = store::get_setting(setup.store, "patient_idle_seconds");
  REQUIRE(idle);
  CHECK(idle->value_or("") == "100");
  REQUIRE(kiosk.tap("settings/back"));
  REQUIRE(kiosk.tap("queue/sign_out"));
  CHECK(kiosk.kiosk().language() == "es");
  CHECK(kiosk.find("welcome/language_en") == nullptr);
  CHECK(kiosk.find("welcome/start") != nullptr);
}

TEST_CASE("the admin screens' refusals are in the screen's language", "[ui][staff][admin][es]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  REQUIRE(kiosk.tap("language_es"));
  sign_in(kiosk, "Marta Ruiz", "9753");
  REQUIRE(kiosk.tap("queue/staff_accounts"));
  CHECK(kiosk.shows("Cuentas del personal"));
  REQUIRE(kiosk.tap("accounts/rows/Marta Ruiz/disable"));
  CHECK(kiosk.shows("Marta Ruiz es el último administrador activo"));
  REQUIRE(kiosk.tap("accounts/rows/Marta Ruiz/reset_pin"));
  enter_pin(kiosk, "1294");
  enter_pin(kiosk, "4391");
  CHECK(kiosk.shows("Los dos PIN no son iguales; escriba el PIN otra vez."));
  REQUIRE(kiosk.tap("reset_pin/cancel"));
  REQUIRE(kiosk.tap("accounts/back"));
  REQUIRE(kiosk.tap("queue/settings"));
  REQUIRE(kiosk.tap("settings/forms/microneedling"));  // the only form cannot go
  CHECK(kiosk.shows("Al menos un formulario debe quedar activado."));
}
