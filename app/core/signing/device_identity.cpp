#include "signing/device_identity.hpp"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <cctype>
#include <fstream>
#include <span>
#include <sstream>

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "common/try.hpp"
#include "signing/signing_error.hpp"
#include "store/atomic_file.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::signing {
namespace fs = std::filesystem;
namespace {

// A self-signed certificate lasts as long as a kiosk is expected to be in service; PDFs keep
// verifying after it ends (their signing time lies inside it).
constexpr long kSelfSignedDays = 3650;

Error key_invalid(const std::string& message) { return Error{message, kExitSigningKeyInvalid}; }

std::shared_ptr<EVP_PKEY> share(PkeyPtr key) { return {key.release(), EVP_PKEY_free}; }
std::shared_ptr<X509> share(X509Ptr cert) { return {cert.release(), X509_free}; }

Result<std::string> read_text_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return key_invalid("The file " + path.string() + " cannot be read.");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<std::shared_ptr<EVP_PKEY>> read_key(const fs::path& path, bool check_mode) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0)
    return key_invalid("The signing key " + path.string() + " cannot be read.");
  if (check_mode && (info.st_mode & 077) != 0)
    return key_invalid("The signing key " + path.string() +
                       " can be read by other users; set its mode to 0600.");
  auto text = TRY(read_text_file(path));
  BioPtr bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
  PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
  secure_wipe(text);
  if (!key) {
    ERR_clear_error();
    return key_invalid("The signing key " + path.string() + " is not a PEM private key.");
  }
  return share(std::move(key));
}

Result<std::shared_ptr<EVP_PKEY>> make_key() {
  PkeyPtr key(EVP_EC_gen("P-256"));
  if (!key) return Error{"A signing key could not be made: " + openssl_error_text(), kExitSigningFailed};
  return share(std::move(key));
}

Status write_key_file(const fs::path& path, EVP_PKEY* key) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
    return Error{"The signing key could not be written: " + openssl_error_text(), kExitSigningFailed};
  std::string pem = bio_text(bio.get());
  BIO_reset(bio.get());
  auto written = store::write_file_atomically(
      path, std::span(reinterpret_cast<const std::uint8_t*>(pem.data()), pem.size()), 0600,
      store::ExistingFile::refuse);
  secure_wipe(pem);
  return written;
}

std::string certificate_pem(X509* cert) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  PEM_write_bio_X509(bio.get(), cert);
  return bio_text(bio.get());
}

Status write_certificate_file(const fs::path& path, X509* cert) {
  const std::string pem = certificate_pem(cert);
  return store::write_file_atomically(
      path, std::span(reinterpret_cast<const std::uint8_t*>(pem.data()), pem.size()), 0644,
      store::ExistingFile::replace);
}

std::string public_key_tag(EVP_PKEY* key) {
  unsigned char* der = nullptr;
  const int size = i2d_PUBKEY(key, &der);
  if (size <= 0) return "00000000";
  const std::string hex = sha256_hex(std::span<const std::uint8_t>(der, static_cast<std::size_t>(size)));
  OPENSSL_free(der);
  std::string tag = hex.substr(0, 8);
  for (char& c : tag) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return tag;
}

// O=<clinic>, CN=Check-in kiosk <first 8 hex of the public key's SHA-256>: the tag tells two
// kiosks of one clinic apart and is the same in the request as in the certificate.
X509NamePtr device_name(const std::string& clinic_name, EVP_PKEY* key) {
  X509NamePtr name(X509_NAME_new());
  const std::string clinic = clinic_name.empty() ? std::string("Clinic") : clinic_name.substr(0, 64);
  const std::string common = "Check-in kiosk " + public_key_tag(key);
  X509_NAME_add_entry_by_txt(name.get(), "O", MBSTRING_UTF8,
                             reinterpret_cast<const unsigned char*>(clinic.c_str()), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                             reinterpret_cast<const unsigned char*>(common.c_str()), -1, -1, 0);
  return name;
}

bool add_extension(X509* cert, X509V3_CTX* ctx, int nid, const char* value) {
  X509ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
  return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

Result<std::shared_ptr<X509>> make_self_signed(EVP_PKEY* key, const std::string& clinic_name,
                                               std::chrono::system_clock::time_point now) {
  X509Ptr cert(X509_new());
  X509NamePtr name = device_name(clinic_name, key);
  unsigned char serial_bytes[16];
  RAND_bytes(serial_bytes, sizeof serial_bytes);
  serial_bytes[0] &= 0x7F;  // a positive serial
  OpenSslPtr<BIGNUM, BN_free> serial_bn(BN_bin2bn(serial_bytes, sizeof serial_bytes, nullptr));
  Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(serial_bn.get(), nullptr));
  const std::time_t start = std::chrono::system_clock::to_time_t(now) - 300;  // clock slack
  X509V3_CTX ctx;
  const bool ok =
      X509_set_version(cert.get(), 2) && X509_set_serialNumber(cert.get(), serial.get()) &&
      X509_set_subject_name(cert.get(), name.get()) && X509_set_issuer_name(cert.get(), name.get()) &&
      ASN1_TIME_set(X509_getm_notBefore(cert.get()), start) &&
      ASN1_TIME_adj(X509_getm_notAfter(cert.get()), start, static_cast<int>(kSelfSignedDays), 0) &&
      X509_set_pubkey(cert.get(), key);
  if (ok) X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
  if (!ok || !add_extension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") ||
      !add_extension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,nonRepudiation") ||
      !add_extension(cert.get(), &ctx, NID_subject_key_identifier, "hash") ||
      X509_sign(cert.get(), key, EVP_sha256()) <= 0)
    return Error{"The kiosk's certificate could not be made: " + openssl_error_text(), kExitSigningFailed};
  return share(std::move(cert));
}

Result<std::shared_ptr<X509>> parse_certificate(const std::string& pem, const std::string& where) {
  BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
  if (!cert) {
    ERR_clear_error();
    return Error{where + " holds no PEM certificate.", kExitCertificateRejected};
  }
  return share(std::move(cert));
}

std::string asn1_time_utc(const ASN1_TIME* time) {
  std::tm tm{};
  if (time == nullptr || ASN1_TIME_to_tm(time, &tm) != 1) return "";
  return store::utc_timestamp(std::chrono::system_clock::from_time_t(timegm(&tm)));
}

// The key: the credential if there is one, else the key file; nullptr when neither exists.
Result<std::shared_ptr<EVP_PKEY>> find_key(const fs::path& data_dir, const DeviceIdentityOptions& options) {
  std::error_code ec;
  if (!options.credentials_dir.empty()) {
    const fs::path credential = options.credentials_dir / kSigningKeyCredential;
    // systemd makes credentials read-only for the service; their mode is its business.
    if (fs::exists(credential, ec)) return read_key(credential, false);
  }
  const fs::path file = data_dir / kSigningKeyFile;
  if (fs::exists(file, ec)) return read_key(file, true);
  return std::shared_ptr<EVP_PKEY>{};
}

Result<DeviceIdentity> recorded(store::Store& store, DeviceIdentity identity, const std::string& actor) {
  TRY(store::record_device_certificate(store, identity.record(), actor));
  return identity;
}

}  // namespace

std::string x509_name_text(const X509_NAME* name) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
  return bio_text(bio.get());
}

store::DeviceCertificate describe_certificate(X509* certificate) {
  store::DeviceCertificate out;
  unsigned char* der = nullptr;
  const int size = i2d_X509(certificate, &der);
  if (size > 0) {
    out.sha256 = sha256_hex(std::span<const std::uint8_t>(der, static_cast<std::size_t>(size)));
    OPENSSL_free(der);
  }
  out.subject = x509_name_text(X509_get_subject_name(certificate));
  out.issuer = x509_name_text(X509_get_issuer_name(certificate));
  out.not_before = asn1_time_utc(X509_get0_notBefore(certificate));
  out.not_after = asn1_time_utc(X509_get0_notAfter(certificate));
  out.pem = certificate_pem(certificate);
  return out;
}

DeviceIdentity::DeviceIdentity(std::shared_ptr<EVP_PKEY> key, std::shared_ptr<X509> certificate)
    : key_(std::move(key)),
      certificate_(std::move(certificate)),
      record_(describe_certificate(certificate_.get())) {}

Result<DeviceIdentity> open_device_identity(store::Store& store, const DeviceIdentityOptions& options) {
  const fs::path& data_dir = store.data_dir();
  auto key = TRY(find_key(data_dir, options));
  if (!key) {
    if (TRY(store::has_device_certificates(store)))
      return Error{"The kiosk's signing key (" + (data_dir / kSigningKeyFile).string() +
                       " or the signing-key credential) is missing, but this kiosk has signed PDFs with it; "
                       "restore the key (no new key is made).",
                   kExitSigningKeyMissing};
    auto made = TRY(make_key());
    if (auto st = write_key_file(data_dir / kSigningKeyFile, made.get()); !st) {
      // Another process made the key between our look and our write: use theirs.
      if (st.error().code != store::kExitAlreadyExists) return st.error();
      made = TRY(read_key(data_dir / kSigningKeyFile, true));
    }
    key = std::move(made);
  }

  const fs::path cert_path = data_dir / kSigningCertificateFile;
  std::error_code ec;
  if (fs::exists(cert_path, ec)) {
    auto text = TRY(read_text_file(cert_path));
    auto cert = parse_certificate(text, "The certificate file " + cert_path.string());
    if (!cert) return key_invalid(cert.error().message);
    if (X509_check_private_key(cert->get(), key.get()) != 1) {
      ERR_clear_error();
      return key_invalid("The certificate " + cert_path.string() +
                         " does not belong to the kiosk's signing key; install the matching one.");
    }
    return recorded(store, DeviceIdentity(std::move(key), std::move(*cert)), options.actor);
  }
  auto cert =
      TRY(make_self_signed(key.get(), options.clinic_name, options.now.value_or(store.clock().now())));
  TRY(write_certificate_file(cert_path, cert.get()));
  return recorded(store, DeviceIdentity(std::move(key), std::move(cert)), options.actor);
}

Result<std::string> device_certificate_request(const DeviceIdentity& identity) {
  X509ReqPtr request(X509_REQ_new());
  if (!X509_REQ_set_version(request.get(), 0) ||
      !X509_REQ_set_subject_name(request.get(), X509_get_subject_name(identity.certificate())) ||
      !X509_REQ_set_pubkey(request.get(), identity.key()) ||
      X509_REQ_sign(request.get(), identity.key(), EVP_sha256()) <= 0)
    return Error{"The certificate request could not be made: " + openssl_error_text(), kExitSigningFailed};
  BioPtr bio(BIO_new(BIO_s_mem()));
  PEM_write_bio_X509_REQ(bio.get(), request.get());
  return bio_text(bio.get());
}

Result<DeviceIdentity> install_device_certificate(store::Store& store, const DeviceIdentityOptions& options,
                                                  const std::string& certificate_pem) {
  auto current = TRY(open_device_identity(store, options));
  auto cert = TRY(parse_certificate(certificate_pem, "The file"));
  if (X509_check_private_key(cert.get(), current.key()) != 1) {
    ERR_clear_error();
    return Error{
        "This certificate is not for this kiosk's key (it was issued for another request); nothing was "
        "changed.",
        kExitCertificateRejected};
  }
  std::time_t now = std::chrono::system_clock::to_time_t(
      options.now.value_or(store.clock().now()));  // X509_cmp_time takes it non-const
  if (X509_cmp_time(X509_get0_notAfter(cert.get()), &now) <= 0)
    return Error{"This certificate has expired; nothing was changed.", kExitCertificateRejected};
  if (X509_cmp_time(X509_get0_notBefore(cert.get()), &now) > 0)
    return Error{"This certificate is not valid yet (check the kiosk's clock); nothing was changed.",
                 kExitCertificateRejected};
  DeviceIdentity installed(std::shared_ptr<EVP_PKEY>(EVP_PKEY_dup(current.key()), EVP_PKEY_free),
                           std::move(cert));
  // Recorded before the file changes: a certificate the kiosk signs with is always on record.
  TRY(store::record_device_certificate(store, installed.record(), options.actor));
  if (auto st = write_certificate_file(store.data_dir() / kSigningCertificateFile, installed.certificate());
      !st)
    return st.error();
  return installed;
}

}  // namespace intake::signing
