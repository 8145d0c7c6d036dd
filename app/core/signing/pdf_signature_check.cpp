#include "signing/pdf_signature_check.hpp"

#include <charconv>
#include <string_view>

#include <openssl/ess.h>

#include "signing/device_identity.hpp"
#include "signing/openssl_handles.hpp"
#include "signing/pdf_objects.hpp"
#include "store/timestamp.hpp"

namespace intake::signing {
namespace {

struct Found {
  std::size_t ranges[4] = {0, 0, 0, 0};
  std::string_view dict_tail;  // from /ByteRange to the dictionary's end (for the binding keys)
};

bool parse_ranges(std::string_view text, std::size_t at, std::size_t (&out)[4]) {
  at = text.find_first_not_of(" \r\n\t", at);
  if (at == std::string_view::npos || text[at] != '[') return false;
  ++at;
  for (std::size_t& value : out) {
    at = text.find_first_not_of(" \r\n\t", at);
    if (at == std::string_view::npos) return false;
    const auto [end, error] = std::from_chars(text.data() + at, text.data() + text.size(), value);
    if (error != std::errc{}) return false;
    at = static_cast<std::size_t>(end - text.data());
  }
  at = text.find_first_not_of(" \r\n\t", at);
  return at != std::string_view::npos && text[at] == ']';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The literal string after `key` within `dict` ("(...)"; only ids and hex are ever written).
std::string literal_after(std::string_view dict, std::string_view key, std::size_t from = 0) {
  const std::size_t at = dict.find(key, from);
  if (at == std::string_view::npos) return "";
  const std::size_t open = dict.find('(', at);
  const std::size_t close = open == std::string_view::npos ? open : dict.find(')', open);
  if (close == std::string_view::npos) return "";
  return std::string(dict.substr(open + 1, close - open - 1));
}

std::string signing_time_of(CMS_ContentInfo* cms) {
  CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
  if (signer == nullptr) return "";
  const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
  if (index < 0) return "";
  X509_ATTRIBUTE* attribute = CMS_signed_get_attr(signer, index);
  ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
  if (value == nullptr || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) return "";
  std::tm tm{};
  if (ASN1_TIME_to_tm(reinterpret_cast<ASN1_TIME*>(value->value.utctime), &tm) != 1) return "";
  return store::utc_timestamp(std::chrono::system_clock::from_time_t(timegm(&tm)));
}

// CMS_get0_signers returns a new list of borrowed certificates.
void free_certificate_list(STACK_OF(X509) * list) { sk_X509_free(list); }

// The signed signingCertificateV2 attribute (the kiosk writes one) holds the certificate's
// hash, so the embedded certificate is covered by the signature too. OpenSSL's CMS_CADES
// check needs a trusted chain, which a self-signed kiosk certificate has not: check the
// attribute directly. Signatures without it (other signers) have only the CMS check.
bool certificate_is_bound(CMS_ContentInfo* cms, X509* signer) {
  CMS_SignerInfo* info = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
  if (info == nullptr) return false;
  const int index = CMS_signed_get_attr_by_NID(info, NID_id_smime_aa_signingCertificateV2, -1);
  if (index < 0) return true;
  ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(info, index), 0);
  if (value == nullptr || value->type != V_ASN1_SEQUENCE) return false;
  const unsigned char* der = value->value.sequence->data;
  OpenSslPtr<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free> ess(
      d2i_ESS_SIGNING_CERT_V2(nullptr, &der, value->value.sequence->length));
  if (!ess) return false;
  OpenSslPtr<STACK_OF(X509), free_certificate_list> chain(sk_X509_new_null());
  sk_X509_push(chain.get(), signer);
  return OSSL_ESS_check_signing_certs(nullptr, ess.get(), chain.get(), 1) == 1;
}

PdfSignatureCheck altered(PdfSignatureCheck check, std::string problem) {
  check.state = SignatureState::altered;
  check.problem = std::move(problem);
  return check;
}

}  // namespace

PdfSignatureCheck check_pdf_signatures(std::span<const std::uint8_t> pdf_bytes) {
  const std::string_view pdf = as_text(pdf_bytes);
  PdfSignatureCheck check;
  std::vector<Found> found;
  for (std::size_t at = pdf.find("/ByteRange"); at != std::string_view::npos;
       at = pdf.find("/ByteRange", at + 1)) {
    Found one;
    const std::size_t end = pdf.find("endobj", at);
    one.dict_tail = pdf.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    if (!parse_ranges(pdf, at + 10, one.ranges))
      return altered(check, "a signature's byte range cannot be read");
    found.push_back(one);
  }
  check.signatures = static_cast<int>(found.size());
  if (found.empty()) {
    // Traces of a signature without a readable one: altered, not "never signed".
    if (pdf.find("/adbe.pkcs7") != std::string_view::npos ||
        pdf.find("/SigFlags") != std::string_view::npos || pdf.find("/Type /Sig") != std::string_view::npos)
      return altered(check, "it shows signs of a signature that can no longer be read");
    return check;
  }

  for (std::size_t i = 0; i < found.size(); ++i) {
    const auto& r = found[i].ranges;
    const bool last = i + 1 == found.size();
    if (r[0] != 0 || r[1] >= r[2] || r[2] + r[3] > pdf.size() || r[2] - r[1] < 2 || pdf[r[1]] != '<' ||
        pdf[r[2] - 1] != '>')
      return altered(check, "a signature's byte range does not match the file");
    if (last && r[2] + r[3] != pdf.size())
      return altered(check, "bytes were added after the last signature (it no longer covers the whole file)");
    // The hex: exactly the CMS, every character a hex digit, nothing after it.
    const std::string_view hex = pdf.substr(r[1] + 1, r[2] - r[1] - 2);
    if (hex.size() % 2 != 0) return altered(check, "a signature's value has been changed");
    std::vector<std::uint8_t> der(hex.size() / 2);
    for (std::size_t k = 0; k < der.size(); ++k) {
      const int high = hex_value(hex[2 * k]), low = hex_value(hex[2 * k + 1]);
      if (high < 0 || low < 0) return altered(check, "a signature's value has been changed");
      der[k] = static_cast<std::uint8_t>(high * 16 + low);
    }
    const unsigned char* cursor = der.data();
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())));
    if (!cms || cursor != der.data() + der.size()) {
      ERR_clear_error();
      return altered(check, "a signature's value has been changed");
    }
    BioPtr content(BIO_new(BIO_s_mem()));
    BIO_write(content.get(), pdf.data(), static_cast<int>(r[1]));
    BIO_write(content.get(), pdf.data() + r[2], static_cast<int>(r[3]));
    X509StorePtr trust(X509_STORE_new());
    const int verified = CMS_verify(cms.get(), nullptr, trust.get(), content.get(), nullptr,
                                    CMS_DETACHED | CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY);
    OpenSslPtr<STACK_OF(X509), free_certificate_list> signers(CMS_get0_signers(cms.get()));
    X509* signer = signers && sk_X509_num(signers.get()) > 0 ? sk_X509_value(signers.get(), 0) : nullptr;
    if (signer != nullptr) check.signer = describe_certificate(signer);
    if (verified != 1 || signer == nullptr) {
      ERR_clear_error();
      return altered(check, "the file's bytes do not match its signature");
    }
    if (!certificate_is_bound(cms.get(), signer)) {
      ERR_clear_error();
      return altered(check, "the signer's certificate has been changed");
    }
    // A self-signed certificate must also still carry its own valid signature (a CA-issued one
    // is checked against the store by its fingerprint).
    if (X509_check_issued(signer, signer) == X509_V_OK &&
        X509_verify(signer, X509_get0_pubkey(signer)) != 1) {
      ERR_clear_error();
      return altered(check, "the signer's certificate has been changed");
    }
    if (last) {
      check.signing_time = signing_time_of(cms.get());
      check.record_id = literal_after(found[i].dict_tail, "/IntakeRecordID");
      check.audit_head = literal_after(found[i].dict_tail, "/IntakeAuditHead");
      const std::string_view tail = found[i].dict_tail;
      const std::size_t strokes = tail.find("/IntakeStrokesSHA256");
      const std::size_t close = strokes == std::string_view::npos ? strokes : tail.find(']', strokes);
      for (std::size_t open = tail.find('(', strokes); close != std::string_view::npos && open < close;
           open = tail.find('(', open + 1)) {
        const std::size_t end = tail.find(')', open);
        if (end == std::string_view::npos) break;
        check.strokes_sha256.emplace_back(tail.substr(open + 1, end - open - 1));
      }
    }
  }
  check.state = SignatureState::valid;
  return check;
}

}  // namespace intake::signing
