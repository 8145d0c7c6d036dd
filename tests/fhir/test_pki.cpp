#include "test_pki.hpp"

#include <catch2/catch_test_macros.hpp>

#include "submission_test_support.hpp"

namespace intake::fhir::test {

using submission::test::quoted;
using submission::test::run_shell;

namespace {

void openssl(const std::string& args) {
  const auto shell = run_shell("openssl " + args);
  INFO(shell.err);
  REQUIRE(shell.exit_code == 0);
}

// A P-256 key and a certificate for `subject` signed by ca (or self-signed when ca is empty).
void issue(const std::filesystem::path& dir, const std::string& name, const std::string& subject,
           const std::string& ca, const std::string& extensions) {
  const auto key = dir / (name + ".key"), csr = dir / (name + ".csr"), crt = dir / (name + ".crt");
  const auto ext = dir / (name + ".ext");
  submission::test::write_text(ext, extensions + "\n");
  openssl("req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout " + quoted(key) + " -out " +
          quoted(csr) + " -subj " + quoted(std::filesystem::path(subject)));
  const std::string signer = ca.empty() ? "-signkey " + quoted(key)
                                        : "-CA " + quoted(dir / (ca + ".crt")) + " -CAkey " +
                                              quoted(dir / (ca + ".key")) + " -CAcreateserial";
  openssl("x509 -req -days 2 -in " + quoted(csr) + " " + signer + " -extfile " + quoted(ext) + " -out " +
          quoted(crt));
}

}  // namespace

TestPki make_test_pki(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  const std::string ca = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign";
  const std::string client = "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth";
  issue(dir, "clinic-ca", "/O=Test Clinic/CN=Test Clinic CA", "", ca);
  issue(dir, "other-ca", "/O=Someone Else/CN=Other CA", "", ca);
  issue(dir, "server", "/CN=127.0.0.1", "clinic-ca",
        "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1");
  issue(dir, "client", "/O=Test Clinic/CN=kiosk-1", "clinic-ca", client);
  issue(dir, "stranger", "/CN=kiosk-1", "other-ca", client);
  return TestPki{dir / "clinic-ca.crt", dir / "server.crt",   dir / "server.key",  dir / "client.crt",
                 dir / "client.key",    dir / "stranger.crt", dir / "stranger.key"};
}

}  // namespace intake::fhir::test
