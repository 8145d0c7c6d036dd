// Staff see the FHIR delivery on the queue screen, in their language: how many check-ins wait,
// when the last one was sent, and since when the server has not been reached.
#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "fhir/client_certificate.hpp"
#include "fhir/fhir_server.hpp"
#include "staff_steps.hpp"
#include "store/fhir_outbox.hpp"
#include "store/settings.hpp"
#include "test_pki.hpp"
#include "ui/staff/fhir_delivery_line.hpp"

using namespace intake;
using namespace intake::testing;

namespace {

// Three check-ins: the first sent, the second tried once and failed, the third waiting.
void deliveries_so_far(StaffKiosk& setup) {
  setup.check_in("Elena", "Sanz");
  setup.check_in("Rosa", "Gil");
  setup.check_in("Inés", "Mora");
  REQUIRE(
      store::set_settings(setup.store, {{fhir::kServerUrlSetting, "http://127.0.0.1:9/fhir/R4"}}, "test"));
  const auto now = std::chrono::system_clock::now();
  auto first = store::next_fhir_delivery(setup.store);
  REQUIRE(first);
  REQUIRE(*first);
  REQUIRE(store::mark_fhir_delivered(setup.store, (*first)->seq, now - std::chrono::minutes(20)));
  auto second = store::next_fhir_delivery(setup.store);
  REQUIRE(second);
  REQUIRE(*second);
  REQUIRE(store::mark_fhir_failed(setup.store, (*second)->seq, "The FHIR server did not answer.",
                                  now - std::chrono::minutes(5)));
}

}  // namespace

TEST_CASE("the queue says how many check-ins wait for the FHIR server and since when it fails",
          "[ui][staff][fhir]") {
  StaffKiosk setup;
  deliveries_so_far(setup);
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  CHECK(kiosk.shows("FHIR server: 2 waiting to send"));
  CHECK(kiosk.shows("last sent "));
  CHECK(kiosk.shows("server unreachable since "));
}

TEST_CASE("the FHIR delivery line is in Spanish for Spanish staff mode", "[ui][staff][fhir]") {
  StaffKiosk setup;
  deliveries_so_far(setup);
  HeadlessKiosk& kiosk = setup.kiosk;
  kiosk.kiosk().set_language("es");
  kiosk.settle();
  sign_in(kiosk, "Marta Ruiz", "9753");
  CHECK(kiosk.shows("Servidor FHIR: 2 por enviar"));
  CHECK(kiosk.shows("sin conexión con el servidor desde "));
}

TEST_CASE("with delivery off the queue says nothing about FHIR, even with check-ins kept to send",
          "[ui][staff][fhir]") {
  StaffKiosk setup;
  setup.check_in("Elena", "Sanz");
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  CHECK(kiosk.shows("1 check-ins"));
  CHECK_FALSE(kiosk.shows("FHIR"));
}

TEST_CASE("Export FHIR beside the PDF export writes the record's Bundle, and the shown days' Bundles",
          "[ui][staff][fhir][export]") {
  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  const std::string elena = setup.check_in("Elena", "Sanz");
  const std::string ines = setup.check_in("Inés", "Mora", "pregnant");
  const std::filesystem::path stick = setup.plug_in_stick("KINGSTON");  // found plugged in, chosen at once
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Lucía Prat", "2468");

  REQUIRE(kiosk.tap("Elena Sanz"));
  REQUIRE(kiosk.tap("record/export"));
  REQUIRE(kiosk.tap("export/export_fhir"));
  CHECK(kiosk.shows("Wrote 1 FHIR Bundle files (one per check-in)."));
  const auto bytes = submission::test::read_bytes(stick / (elena + ".fhir.json"));
  const auto bundle = nlohmann::json::parse(std::string(bytes.begin(), bytes.end()));
  CHECK(bundle["resourceType"] == "Bundle");
  CHECK(bundle["type"] == "transaction");
  CHECK_FALSE(std::filesystem::exists(stick / (ines + ".fhir.json")));
  REQUIRE(kiosk.tap("export/back"));
  REQUIRE(kiosk.tap("record/back"));

  REQUIRE(kiosk.tap("queue/days/export"));
  REQUIRE(kiosk.tap("export/export_fhir"));
  CHECK(kiosk.shows("Wrote 2 FHIR Bundle files (one per check-in)."));
  CHECK(std::filesystem::exists(stick / (ines + ".fhir.json")));
}

TEST_CASE("an admin sets the FHIR server in Settings; the token goes to a 0600 file, never the store",
          "[ui][staff][fhir][settings]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  REQUIRE(kiosk.tap("queue/settings"));
  REQUIRE(kiosk.tap("settings/fhir_server"));
  CHECK(kiosk.shows("FHIR server"));
  REQUIRE(kiosk.tap("fhir_settings/url"));
  kiosk.type("ftp://nowhere");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("fhir_settings/save"));
  CHECK(kiosk.shows("The FHIR server must be an http:// or https:// address"));
  auto refused = store::get_setting(setup.store, fhir::kServerUrlSetting);
  REQUIRE(refused);
  CHECK_FALSE(refused->has_value());

  REQUIRE(kiosk.tap("fhir_settings/url"));
  for (int i = 0; i < 13; ++i) kiosk.press(ui::Key::Backspace);
  kiosk.type("https://fhir.example-clinic.com/fhir/R4");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("fhir_settings/token"));
  kiosk.type("clinic-token-42");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("fhir_settings/save"));
  CHECK(kiosk.shows("Saved. The kiosk sends to this server within a few seconds."));
  CHECK(kiosk.shows("A token is kept. Type a new one to replace it"));
  CHECK_FALSE(kiosk.shows("clinic-token-42"));  // the typed token is gone from the screen
  auto url = store::get_setting(setup.store, fhir::kServerUrlSetting);
  REQUIRE(url);
  CHECK(url->value_or("") == "https://fhir.example-clinic.com/fhir/R4");
  const auto token_file = setup.data / fhir::kTokenFile;
  REQUIRE(std::filesystem::exists(token_file));
  CHECK((std::filesystem::status(token_file).permissions() & std::filesystem::perms::all) ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
  auto server = fhir::load_server_config(setup.store, {});
  REQUIRE(server);
  CHECK(server->bearer_token == "clinic-token-42");
  auto settings = store::all_settings(setup.store);
  REQUIRE(settings);
  for (const auto& [key, value] : *settings) CHECK(value.find("clinic-token-42") == std::string::npos);

  REQUIRE(kiosk.tap("fhir_settings/off"));
  CHECK(kiosk.shows("Sending is off. Check-ins are kept and sent once a server is set."));
  auto off = fhir::load_server_config(setup.store, {});
  REQUIRE(off);
  CHECK_FALSE(off->enabled());
}

TEST_CASE("the FHIR server screen is in Spanish for Spanish staff mode and Back returns to Settings",
          "[ui][staff][fhir][settings]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  kiosk.kiosk().set_language("es");
  kiosk.settle();
  sign_in(kiosk, "Marta Ruiz", "9753");
  REQUIRE(kiosk.tap("queue/settings"));
  REQUIRE(kiosk.tap("settings/fhir_server"));
  CHECK(kiosk.shows("Servidor FHIR"));
  CHECK(kiosk.shows("Token de acceso (si el servidor lo pide)"));
  REQUIRE(kiosk.tap("fhir_settings/back"));
  REQUIRE(kiosk.tap("settings/fhir_server"));
}

TEST_CASE("the queue's FHIR line follows the delivery while staff look at it, without a tap",
          "[ui][staff][fhir]") {
  StaffKiosk setup;
  deliveries_so_far(setup);
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  REQUIRE(kiosk.shows("FHIR server: 2 waiting to send"));
  // The delivery worker (another thread, here the test) sends the two that waited.
  for (int i = 0; i < 2; ++i) {
    auto next = store::next_fhir_delivery(setup.store);
    REQUIRE(next);
    REQUIRE(*next);
    REQUIRE(store::mark_fhir_delivered(setup.store, (*next)->seq, std::chrono::system_clock::now()));
  }
  kiosk.advance(ui::kDeliveryLineRefreshSeconds + 0.5);
  CHECK(kiosk.shows("FHIR server: everything sent"));
  CHECK_FALSE(kiosk.shows("server unreachable since "));
}

TEST_CASE("every refusal on the FHIR server screen is in Spanish for Spanish staff mode",
          "[ui][staff][fhir][settings]") {
  StaffKiosk setup;
  HeadlessKiosk& kiosk = setup.kiosk;
  kiosk.kiosk().set_language("es");
  kiosk.settle();
  sign_in(kiosk, "Marta Ruiz", "9753");
  REQUIRE(kiosk.tap("queue/settings"));
  REQUIRE(kiosk.tap("settings/fhir_server"));
  REQUIRE(kiosk.tap("fhir_settings/url"));
  kiosk.type("ftp://nowhere");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("fhir_settings/save"));
  CHECK(kiosk.shows("El servidor FHIR debe ser una dirección http:// o https://"));
  CHECK_FALSE(kiosk.shows("The FHIR server must be"));

  REQUIRE(kiosk.tap("fhir_settings/certificate_folder"));
  kiosk.type((setup.tmp / "no-stick").string());
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("fhir_settings/certificate_use"));
  CHECK(kiosk.shows("En esa carpeta no están fhir-client.crt y fhir-client.key."));

  // A token file others can read: the queue's line says so in Spanish too.
  REQUIRE(
      store::set_settings(setup.store, {{fhir::kServerUrlSetting, "http://127.0.0.1:9/fhir/R4"}}, "test"));
  submission::test::write_text(setup.data / fhir::kTokenFile, "token\n");
  std::filesystem::permissions(setup.data / fhir::kTokenFile, std::filesystem::perms::owner_read |
                                                                  std::filesystem::perms::owner_write |
                                                                  std::filesystem::perms::others_read);
  REQUIRE(kiosk.tap("fhir_settings/back"));
  REQUIRE(kiosk.tap("settings/back"));
  kiosk.advance(ui::kDeliveryLineRefreshSeconds + 0.5);
  CHECK(kiosk.shows("Otros usuarios de esta computadora pueden leer el archivo del token de acceso"));
}

TEST_CASE(
    "an admin installs the FHIR client certificate from a folder; the key is a 0600 file, never the store",
    "[ui][staff][fhir][settings][tls]") {
  StaffKiosk setup;
  const auto pki = fhir::test::make_test_pki(setup.tmp / "pki");
  const auto stick = setup.tmp / "usb";
  std::filesystem::create_directories(stick);
  std::filesystem::copy_file(pki.client_certificate, stick / fhir::kClientCertificateFile);
  std::filesystem::copy_file(pki.stranger_key, stick / fhir::kClientKeyFile);
  HeadlessKiosk& kiosk = setup.kiosk;
  sign_in(kiosk, "Marta Ruiz", "9753");
  REQUIRE(kiosk.tap("queue/settings"));
  REQUIRE(kiosk.tap("settings/fhir_server"));
  CHECK(kiosk.shows("No client certificate (only needed when the server asks the kiosk for one)."));

  REQUIRE(kiosk.tap("fhir_settings/certificate_folder"));
  kiosk.type(stick.string());
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("fhir_settings/certificate_use"));
  CHECK(kiosk.shows("The key does not belong to this certificate. Ask IT for the matching pair."));
  CHECK_FALSE(std::filesystem::exists(setup.data / fhir::kClientKeyFile));

  std::filesystem::copy_file(pki.client_key, stick / fhir::kClientKeyFile,
                             std::filesystem::copy_options::overwrite_existing);
  REQUIRE(kiosk.tap("fhir_settings/certificate_use"));
  CHECK(kiosk.shows("Certificate saved. The kiosk shows it to the server from the next send."));
  CHECK(kiosk.shows("Client certificate: CN=kiosk-1,O=Test Clinic (valid until "));
  const auto key_file = setup.data / fhir::kClientKeyFile;
  REQUIRE(std::filesystem::exists(key_file));
  CHECK((std::filesystem::status(key_file).permissions() & std::filesystem::perms::all) ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
  auto settings = store::all_settings(setup.store);
  REQUIRE(settings);
  for (const auto& [key, value] : *settings) CHECK(value.find("PRIVATE KEY") == std::string::npos);

  REQUIRE(kiosk.tap("fhir_settings/certificate_remove"));
  CHECK(kiosk.shows("Certificate removed."));
  CHECK_FALSE(std::filesystem::exists(key_file));
  CHECK(kiosk.shows("No client certificate (only needed when the server asks the kiosk for one)."));
}
