#pragma once
// A throw-away PKI for the mutual-TLS tests, made by the openssl command line in the test's own
// directory: a clinic CA, the server's certificate for 127.0.0.1 and the kiosk's client
// certificate it issued, and a client certificate from a CA the server does not know.
#include <filesystem>

namespace intake::fhir::test {

struct TestPki {
  std::filesystem::path ca_certificate;
  std::filesystem::path server_certificate, server_key;
  std::filesystem::path client_certificate, client_key;      // CN=kiosk-1, issued by the clinic CA
  std::filesystem::path stranger_certificate, stranger_key;  // issued by another CA
};

// Makes everything under `dir` (created); REQUIREs that openssl did it.
TestPki make_test_pki(const std::filesystem::path& dir);

}  // namespace intake::fhir::test
