// Delivery to a FHIR server that wants the kiosk's TLS client certificate (mutual TLS): the real
// FHIR server (server.js) behind node:https, asking for a certificate issued by the clinic's CA
// made by openssl in the test. The certificate and key are kept as 0600 files (or systemd
// credentials), never in the store; a wrong, foreign, expired or loose one is refused in words.
#include <sys/stat.h>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <chrono>

#include "delivery_rig.hpp"
#include "fhir/client_certificate.hpp"
#include "fhir_test_support.hpp"
#include "intake/build_paths.hpp"
#include "store/settings.hpp"
#include "test_pki.hpp"

using namespace intake;
using namespace intake::fhir::test;
using Catch::Matchers::ContainsSubstring;
using submission::test::quoted;

namespace {

unsigned mode_of(const std::filesystem::path& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 0777;
}

// An https FHIR server that asks for a client certificate from the clinic CA, and a kiosk that
// trusts that CA for the server's own certificate.
void start_tls_server(Rig& rig, const TestPki& pki) {
  rig.tls = ClientTls{pki.ca_certificate, pki.client_certificate, pki.client_key};
  rig.start_server(0, "",
                   {"--tls-cert", pki.server_certificate.string(), "--tls-key", pki.server_key.string(),
                    "--client-ca", pki.ca_certificate.string()});
  rig.configure(rig.server->port, "--server-ca " + quoted(pki.ca_certificate));
}

}  // namespace

TEST_CASE("delivery with a client certificate reaches a server that asks for one, and only then",
          "[fhir][delivery][tls]") {
  Rig rig(2);
  const TestPki pki = make_test_pki(rig.tmp / "pki");
  start_tls_server(rig, pki);

  // No certificate: the server ends the handshake; nothing is delivered, both wait.
  auto bare = rig.kiosk("fhir send");
  CHECK(bare.exit_code != 0);
  CHECK_THAT(bare.err, ContainsSubstring("It stays waiting"));
  CHECK(rig.status().waiting == 2);

  // A key that is not the certificate's is refused before anything is kept.
  auto mismatch = rig.kiosk("fhir configure --client-certificate " + quoted(pki.client_certificate) +
                            " --client-key " + quoted(pki.stranger_key));
  CHECK(mismatch.exit_code != 0);
  CHECK_THAT(mismatch.err, ContainsSubstring("does not belong to the client certificate"));
  CHECK_FALSE(std::filesystem::exists(rig.data / fhir::kClientKeyFile));
  auto alone = rig.kiosk("fhir configure --client-certificate " + quoted(pki.client_certificate));
  CHECK(alone.exit_code == 2);

  // A certificate from a CA the server does not know: refused by the server.
  auto stranger = rig.kiosk("fhir configure --client-certificate " + quoted(pki.stranger_certificate) +
                            " --client-key " + quoted(pki.stranger_key));
  INFO(stranger.err);
  REQUIRE(stranger.exit_code == 0);
  CHECK(rig.kiosk("fhir send").exit_code != 0);
  CHECK(rig.status().waiting == 2);

  // The clinic's certificate: kept 0600 in the data dir, nothing of it in the store; delivered.
  auto installed = rig.kiosk("fhir configure --client-certificate " + quoted(pki.client_certificate) +
                             " --client-key " + quoted(pki.client_key));
  INFO(installed.err);
  REQUIRE(installed.exit_code == 0);
  CHECK(mode_of(rig.data / fhir::kClientKeyFile) == 0600);
  CHECK(mode_of(rig.data / fhir::kClientCertificateFile) == 0600);
  CHECK(submission::test::read_bytes(rig.data / fhir::kClientKeyFile) ==
        submission::test::read_bytes(pki.client_key));
  auto status = rig.kiosk("fhir status");
  CHECK_THAT(status.out, ContainsSubstring("client certificate: CN=kiosk-1,O=Test Clinic"));
  CHECK_THAT(status.out, ContainsSubstring("server CA: "));
  auto sent = rig.kiosk("fhir send");
  INFO(sent.err);
  CHECK(sent.exit_code == 0);
  CHECK(rig.status().waiting == 0);
  auto settings = store::all_settings(rig.store);
  REQUIRE(settings);
  for (const auto& [key, value] : *settings) {
    CHECK(value.find("PRIVATE KEY") == std::string::npos);
    CHECK(value.find("CERTIFICATE") == std::string::npos);
  }
  rig.check_exactly_once(rig.server->port);

  // A key file others can read is not used: one sentence, and the record waits.
  rig.add_records(1);
  ::chmod((rig.data / fhir::kClientKeyFile).c_str(), 0644);
  auto loose = rig.kiosk("fhir send");
  CHECK(loose.exit_code != 0);
  CHECK_THAT(loose.err, ContainsSubstring("chmod 600"));
  ::chmod((rig.data / fhir::kClientKeyFile).c_str(), 0600);
  CHECK(rig.kiosk("fhir send").exit_code == 0);

  // Removed: both files go, and the server refuses the kiosk again.
  CHECK(rig.kiosk("fhir configure --client-certificate none").exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(rig.data / fhir::kClientKeyFile));
  CHECK_FALSE(std::filesystem::exists(rig.data / fhir::kClientCertificateFile));
  rig.add_records(1);
  CHECK(rig.kiosk("fhir send").exit_code != 0);
  CHECK(rig.status().waiting == 1);
}

TEST_CASE("a client certificate from systemd credentials is used and cannot be changed from the kiosk",
          "[fhir][delivery][tls]") {
  Rig rig(1);
  const TestPki pki = make_test_pki(rig.tmp / "pki");
  start_tls_server(rig, pki);
  const auto credentials = rig.tmp / "credentials";
  std::filesystem::create_directories(credentials);
  std::filesystem::copy_file(pki.client_certificate, credentials / fhir::kClientCertificateCredential);
  std::filesystem::copy_file(pki.client_key, credentials / fhir::kClientKeyCredential);
  const std::string env = "CREDENTIALS_DIRECTORY=" + quoted(credentials) + " ";
  auto with_credentials = [&](const std::string& args) {
    return submission::test::run_shell(env + quoted(std::filesystem::path(INTAKE_KIOSK_BINARY)) +
                                       " --data-dir " + quoted(rig.data) + " --forms-dir " +
                                       quoted(std::filesystem::path(INTAKE_SOURCE_FORMS_DIR)) + " " + args);
  };
  auto sent = with_credentials("fhir send");
  INFO(sent.err);
  CHECK(sent.exit_code == 0);
  CHECK(rig.status().waiting == 0);
  CHECK_THAT(with_credentials("fhir status").out, ContainsSubstring("a system credential"));
  auto refused = with_credentials("fhir configure --client-certificate none");
  CHECK(refused.exit_code != 0);
  CHECK_THAT(refused.err, ContainsSubstring("system credential"));
  CHECK_FALSE(std::filesystem::exists(rig.data / fhir::kClientKeyFile));
}

TEST_CASE("an expired or not yet valid client certificate is refused in one sentence with a lang key",
          "[fhir][tls]") {
  submission::test::TempDir tmp;
  const TestPki pki = make_test_pki(tmp / "pki");
  const auto data = tmp / "data";
  std::filesystem::create_directories(data);
  const auto now = std::chrono::system_clock::now();
  auto expired = fhir::install_client_certificate_files(data, {}, pki.client_certificate, pki.client_key,
                                                        now + std::chrono::hours(24 * 5));
  REQUIRE_FALSE(expired);
  CHECK(expired.error().key == "error.fhir.certificate_expired");
  auto early = fhir::install_client_certificate_files(data, {}, pki.client_certificate, pki.client_key,
                                                      now - std::chrono::hours(24 * 5));
  REQUIRE_FALSE(early);
  CHECK(early.error().key == "error.fhir.certificate_not_yet_valid");
  auto not_a_key =
      fhir::install_client_certificate_files(data, {}, pki.client_certificate, pki.client_certificate, now);
  REQUIRE_FALSE(not_a_key);
  CHECK(not_a_key.error().key == "error.fhir.key_not_pem");
  CHECK_FALSE(std::filesystem::exists(data / fhir::kClientKeyFile));
  CHECK_FALSE(std::filesystem::exists(data / fhir::kClientCertificateFile));
}
