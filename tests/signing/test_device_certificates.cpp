// The kiosk's signing identity: made once on the first run (key 0600 beside the store, never in
// it), a certificate request for the clinic's CA, the issued certificate installed only when it
// fits the key, every certificate recorded in the store and the audit trail, and PDFs signed
// before a renewal still verifying afterwards. A lost key is never silently replaced.
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <sstream>

#include "signing/device_identity.hpp"
#include "signing/openssl_handles.hpp"
#include "signing/signing_error.hpp"
#include "signing/verify_pdf.hpp"
#include "signing_test_support.hpp"
#include "store/audit.hpp"
#include "store/device_certificates.hpp"

using namespace intake;
using namespace intake::signing;
using namespace intake::signing::test;
using submission::test::quoted;
using submission::test::run_shell;

namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A clinic's CA, as IT would run it: a key, a self-signed CA certificate, and issuing from a CSR.
struct TestCa {
  PkeyPtr key{EVP_EC_gen("P-256")};
  X509Ptr cert{X509_new()};
  TestCa() {
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Clinic Test CA"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 365);
    X509_set_pubkey(cert.get(), key.get());
    X509_sign(cert.get(), key.get(), EVP_sha256());
  }
  std::string issue(const std::string& csr_pem, long serial) {
    BioPtr in(BIO_new_mem_buf(csr_pem.data(), static_cast<int>(csr_pem.size())));
    X509ReqPtr request(PEM_read_bio_X509_REQ(in.get(), nullptr, nullptr, nullptr));
    REQUIRE(request);
    REQUIRE(X509_REQ_verify(request.get(), X509_REQ_get0_pubkey(request.get())) == 1);
    X509Ptr issued(X509_new());
    X509_set_version(issued.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(issued.get()), serial);
    X509_set_subject_name(issued.get(), X509_REQ_get_subject_name(request.get()));
    X509_set_issuer_name(issued.get(), X509_get_subject_name(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(issued.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(issued.get()), 3600L * 24 * 365);
    X509_set_pubkey(issued.get(), X509_REQ_get0_pubkey(request.get()));
    X509_sign(issued.get(), key.get(), EVP_sha256());
    BioPtr out(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(out.get(), issued.get());
    return bio_text(out.get());
  }
};

int count_certificate_audits(store::Store& store) {
  auto entries = store::recent_audit_entries(store, 1000);
  REQUIRE(entries);
  int count = 0;
  for (const auto& entry : *entries) count += entry.action == store::audit_action::kDeviceCertificate;
  return count;
}

}  // namespace

TEST_CASE("The first run makes a P-256 key (0600, beside the store) and a self-signed certificate",
          "[signing]") {
  Kiosk kiosk;
  auto identity = open_device_identity(kiosk.store, {{}, "Harbour Skin Studio"});
  REQUIRE(identity);
  struct stat info {};
  REQUIRE(::stat((kiosk.data / kSigningKeyFile).c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  CHECK(read_text(kiosk.data / kSigningKeyFile).find("BEGIN PRIVATE KEY") != std::string::npos);
  CHECK(EVP_PKEY_is_a(identity->key(), "EC"));
  CHECK(identity->record().subject.find("O=Harbour Skin Studio") != std::string::npos);
  CHECK(identity->record().subject.find("CN=Check-in kiosk ") != std::string::npos);
  CHECK(identity->record().subject == identity->record().issuer);  // self-signed

  // Recorded once in the store and the audit trail; opening again changes nothing.
  auto known = store::find_device_certificate(kiosk.store, identity->record().sha256);
  REQUIRE(known);
  REQUIRE(known->has_value());
  CHECK((*known)->pem == identity->record().pem);
  auto again = open_device_identity(kiosk.store, {{}, "Harbour Skin Studio"});
  REQUIRE(again);
  CHECK(again->record().sha256 == identity->record().sha256);
  CHECK(count_certificate_audits(kiosk.store) == 1);

  // The key never goes into the store file (it is encrypted anyway; the key's PEM is not there).
  const std::string db = read_text(kiosk.data / store::kStoreFileName);
  CHECK(db.find("PRIVATE KEY") == std::string::npos);
}

TEST_CASE("The signing-key credential is used before the key file", "[signing]") {
  Kiosk kiosk;
  TempDir credentials;
  {
    PkeyPtr key(EVP_EC_gen("P-256"));
    BioPtr out(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    submission::test::write_text(credentials / kSigningKeyCredential, bio_text(out.get()));
  }
  auto identity = open_device_identity(kiosk.store, {credentials.path(), "Clinic"});
  REQUIRE(identity);
  CHECK(!std::filesystem::exists(kiosk.data / kSigningKeyFile));  // no key file was made
  CHECK(std::filesystem::exists(kiosk.data / kSigningCertificateFile));
}

TEST_CASE("A lost signing key is an error, never a new key", "[signing]") {
  Kiosk kiosk;
  kiosk.check_in();
  std::filesystem::remove(kiosk.data / kSigningKeyFile);
  auto identity = open_device_identity(kiosk.store, {{}, "Clinic"});
  REQUIRE(!identity);
  CHECK(identity.error().code == kExitSigningKeyMissing);
  CHECK(identity.error().message.find("restore the key") != std::string::npos);
  CHECK(!std::filesystem::exists(kiosk.data / kSigningKeyFile));

  // Other users must not read the key.
  Kiosk open_key;
  open_key.check_in();
  ::chmod((open_key.data / kSigningKeyFile).c_str(), 0644);
  auto refused = open_device_identity(open_key.store, {{}, "Clinic"});
  REQUIRE(!refused);
  CHECK(refused.error().code == kExitSigningKeyInvalid);
}

TEST_CASE("device csr and install-cert: a renewed certificate still verifies old PDFs", "[signing]") {
  Kiosk kiosk;
  const std::string before = kiosk.check_in("Ana", "García");
  const auto old_pdf = kiosk.write("before.pdf", kiosk.pdf(before, 1));

  // The CLI prints a request; the clinic's CA issues from it.
  const Shell csr =
      run_shell(quoted(INTAKE_KIOSK_BINARY) + " --data-dir " + quoted(kiosk.data) + " device csr");
  INFO(csr.err);
  REQUIRE(csr.exit_code == 0);
  REQUIRE(csr.out.find("-----BEGIN CERTIFICATE REQUEST-----") != std::string::npos);
  TestCa ca;
  const auto issued = kiosk.tmp / "issued.crt";
  submission::test::write_text(issued, ca.issue(csr.out, 1001));

  // Not for this key: refused, nothing changed.
  Kiosk other;
  other.check_in();
  auto other_csr = device_certificate_request(*open_device_identity(other.store, {{}, "Clinic"}));
  REQUIRE(other_csr);
  const auto wrong = kiosk.tmp / "wrong.crt";
  submission::test::write_text(wrong, ca.issue(*other_csr, 1002));
  const std::string self_signed = read_text(kiosk.data / kSigningCertificateFile);
  const Shell refused = run_shell(quoted(INTAKE_KIOSK_BINARY) + " --data-dir " + quoted(kiosk.data) +
                                  " device install-cert " + quoted(wrong));
  CHECK(refused.exit_code == kExitCertificateRejected);
  CHECK(refused.err.find("not for this kiosk's key") != std::string::npos);
  CHECK(read_text(kiosk.data / kSigningCertificateFile) == self_signed);

  const Shell installed = run_shell(quoted(INTAKE_KIOSK_BINARY) + " --data-dir " + quoted(kiosk.data) +
                                    " device install-cert " + quoted(issued));
  INFO(installed.out << installed.err);
  REQUIRE(installed.exit_code == 0);
  CHECK(installed.out.find("issuer:      CN=Clinic Test CA") != std::string::npos);
  CHECK(count_certificate_audits(kiosk.store) == 2);

  // New PDFs are signed with the issued certificate; the old one still verifies as this kiosk's.
  const std::string after = kiosk.check_in("Luis", "Martín");
  const auto new_pdf = kiosk.write("after.pdf", kiosk.pdf(after, 1));
  const PdfVerification renewed = verify_pdf(submission::test::read_bytes(new_pdf), &kiosk.store);
  CHECK(renewed.verdict == Verdict::valid);
  CHECK(renewed.check.signer.issuer == "CN=Clinic Test CA");
  const Shell both = verify(kiosk.data, quoted(old_pdf) + " " + quoted(new_pdf));
  INFO(both.out << both.err);
  CHECK(both.exit_code == 0);
  CHECK(pdfsig(new_pdf).find("Signature is Valid.") != std::string::npos);
}
