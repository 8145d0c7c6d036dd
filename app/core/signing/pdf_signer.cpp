#include "signing/pdf_signer.hpp"

#include <fmt/format.h>

#include <cctype>
#include <ctime>
#include <initializer_list>
#include <map>

#include "common/sha256.hpp"
#include "common/try.hpp"
#include "pdf/pdfa_metadata.hpp"
#include "pdf/utf8_text.hpp"
#include "signing/pdf_objects.hpp"
#include "signing/signing_error.hpp"

namespace intake::signing {
namespace {

Error failed(const std::string& what) {
  return Error{"The PDF could not be signed: " + what + ".", kExitSigningFailed};
}

// A PDF text string any reader shows correctly: UTF-16BE with its byte order mark, as hex.
std::string text_string(const std::string& utf8) {
  std::string hex = "<FEFF";
  for (const pdf::CodePoint& cp : pdf::decode_utf8(utf8)) {
    char32_t c = cp.value;
    if (c > 0xFFFF) {
      c -= 0x10000;
      hex += fmt::format("{:04X}{:04X}", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
    } else {
      hex += fmt::format("{:04X}", static_cast<unsigned>(c));
    }
  }
  return hex + ">";
}

// Only [A-Za-z0-9-] ever goes into a literal string here (ids and hex), so no escaping.
std::string ascii_string(const std::string& text) {
  std::string out = "(";
  for (char c : text)
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') out.push_back(c);
  return out + ")";
}

std::string pdf_date(std::chrono::system_clock::time_point when) {
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm utc{};
  gmtime_r(&t, &utc);
  return fmt::format("(D:{:04}{:02}{:02}{:02}{:02}{:02}+00'00')", utc.tm_year + 1900, utc.tm_mon + 1,
                     utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

// The dictionary with `addition` inserted before its closing ">>".
std::string with_entry(std::string_view dict, const std::string& addition) {
  std::string out(dict.substr(0, dict.size() - 2));
  if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
  return out + addition + ">>";
}

// The page with the widget in its /Annots (a new array, or the inline one extended).
Result<std::string> page_with_widget(std::string_view page, int widget) {
  const std::string ref = fmt::format("{} 0 R", widget);
  const std::size_t at = key_value_offset(page, "/Annots");
  if (at == std::string_view::npos) return with_entry(page, "/Annots [" + ref + "]\n");
  const std::size_t open = page.find_first_not_of(" \r\n\t", at);
  if (open == std::string_view::npos || page[open] != '[')
    return failed("its first page keeps its annotations in a separate object");
  std::string out(page);
  out.insert(open + 1, ref + " ");
  return out;
}

Result<std::vector<std::uint8_t>> cms_signature(std::initializer_list<std::span<const std::uint8_t>> parts,
                                                const DeviceIdentity& identity,
                                                std::chrono::system_clock::time_point when) {
  // CMS_CADES adds signingCertificateV2: the certificate itself is then covered by the signature.
  constexpr unsigned kFlags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES;
  CmsPtr cms(CMS_sign(identity.certificate(), identity.key(), nullptr, nullptr, kFlags | CMS_PARTIAL));
  if (!cms) return failed("OpenSSL could not start the signature (" + openssl_error_text() + ")");
  CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
  // The record's time, not the moment of signing: OpenSSL adds "now" only when none is there.
  Asn1TimePtr time(ASN1_TIME_set(nullptr, std::chrono::system_clock::to_time_t(when)));
  if (signer == nullptr || !time ||
      CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_signingTime, time->type, time.get(), -1) != 1)
    return failed("OpenSSL could not set the signing time (" + openssl_error_text() + ")");
  BioPtr content(BIO_new(BIO_s_mem()));
  for (std::span<const std::uint8_t> part : parts)
    BIO_write(content.get(), part.data(), static_cast<int>(part.size()));
  if (CMS_final(cms.get(), content.get(), nullptr, kFlags) != 1)
    return failed("OpenSSL could not sign (" + openssl_error_text() + ")");
  unsigned char* der = nullptr;
  const int size = i2d_CMS_ContentInfo(cms.get(), &der);
  if (size <= 0) return failed("OpenSSL could not encode the signature");
  std::vector<std::uint8_t> out(der, der + size);
  OPENSSL_free(der);
  return out;
}

struct Update {
  std::string text;             // the bytes to append
  std::size_t contents_at = 0;  // offset of "<" of /Contents within text
};

// The incremental update with a /Contents of `hex_length` zeros and the ByteRange filled in.
Result<Update> build_update(std::string_view pdf, const PdfTail& tail, std::string_view catalog,
                            int page_number, std::string_view page, const SignatureBinding& binding,
                            const DeviceIdentity& identity, std::size_t hex_length) {
  const int widget = tail.size, signature = tail.size + 1;
  std::string out;
  if (!pdf.empty() && pdf.back() != '\n') out.push_back('\n');
  std::map<int, std::size_t> offsets;
  const auto begin_object = [&](int number) {
    offsets[number] = pdf.size() + out.size();
    out += fmt::format("{} 0 obj\n", number);
  };

  begin_object(widget);
  out += fmt::format(
      "<</Type /Annot /Subtype /Widget /FT /Sig /T (Kiosk signature) /F 132 /Rect [0 0 0 0] "
      "/P {} 0 R /V {} 0 R>>\nendobj\n",
      page_number, signature);

  begin_object(signature);
  std::string strokes;
  for (const std::string& hash : binding.strokes_sha256)
    strokes += (strokes.empty() ? "" : " ") + ascii_string(hash);
  out += "<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached\n/ByteRange [0 ";
  const std::size_t byte_range_at = out.size();
  out += std::string(32, ' ') + "]\n/Contents <";
  Update update;
  update.contents_at = out.size() - 1;
  out += std::string(hex_length, '0') + ">\n";
  out += "/M " + pdf_date(binding.signing_time) + "\n/Name " + text_string(identity.record().subject) +
         "\n/Reason " + text_string(binding.reason) + "\n/Location " + text_string(binding.location) + "\n";
  out += "/IntakeRecordID " + ascii_string(binding.record_id) + "\n/IntakeAuditHead " +
         ascii_string(binding.audit_head) + "\n/IntakeStrokesSHA256 [" + strokes + "]\n>>\nendobj\n";

  auto new_page = TRY(page_with_widget(page, widget));
  begin_object(page_number);
  out += new_page + "\nendobj\n";
  begin_object(tail.root);
  out +=
      with_entry(catalog, fmt::format("/AcroForm <</Fields [{} 0 R] /SigFlags 3>>\n", widget)) + "\nendobj\n";

  const std::size_t xref_at = pdf.size() + out.size();
  out += "xref\n";
  for (auto it = offsets.begin(); it != offsets.end();) {
    auto run_end = it;
    int count = 0;
    while (run_end != offsets.end() && run_end->first == it->first + count) {
      ++run_end;
      ++count;
    }
    out += fmt::format("{} {}\n", it->first, count);
    for (; it != run_end; ++it) out += fmt::format("{:010} 00000 n\r\n", it->second);
  }
  const std::string id = pdf::pdf_document_id_hex(binding.record_id);
  const std::string instance =
      sha256_hex(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(pdf.data()), pdf.size()))
          .substr(0, 32);
  out += fmt::format("trailer\n<</Size {} /Root {} 0 R", signature + 1, tail.root);
  if (tail.info) out += fmt::format(" /Info {} 0 R", *tail.info);
  out += fmt::format(" /Prev {} /ID [<{}> <{}>]>>\nstartxref\n{}\n%%EOF\n", tail.xref_offset, id, instance,
                     xref_at);

  const std::size_t contents_start = pdf.size() + update.contents_at;
  const std::size_t contents_end = contents_start + hex_length + 2;
  const std::size_t total = pdf.size() + out.size();
  const std::string range =
      fmt::format("{:>10} {:>10} {:>10}", contents_start, contents_end, total - contents_end);
  out.replace(byte_range_at, range.size(), range);
  update.text = std::move(out);
  return update;
}

}  // namespace

Result<std::vector<std::uint8_t>> sign_pdf(std::span<const std::uint8_t> pdf_bytes,
                                           const DeviceIdentity& identity, const SignatureBinding& binding) {
  const std::string_view pdf = as_text(pdf_bytes);
  auto tail = TRY(read_pdf_tail(pdf));
  auto catalog = TRY(object_dictionary(pdf, tail, tail.root));
  if (has_key(catalog, "/AcroForm")) return failed("it already has a form (it may be signed already)");
  auto pages_number = reference_value(catalog, "/Pages");
  if (!pages_number) return failed("its catalog names no pages");
  auto pages = TRY(object_dictionary(pdf, tail, *pages_number));
  auto page_number = first_array_reference(pages, "/Kids");
  if (!page_number) return failed("it has no first page");
  auto page = TRY(object_dictionary(pdf, tail, *page_number));

  // The CMS's length is known only once signed, and ECDSA's varies by a byte or two: sign, and
  // sign again until /Contents fits exactly.
  std::size_t hex_length = 2 * (static_cast<std::size_t>(i2d_X509(identity.certificate(), nullptr)) + 400);
  for (int attempt = 0; attempt < 64; ++attempt) {
    auto update = TRY(build_update(pdf, tail, catalog, *page_number, page, binding, identity, hex_length));
    const auto* text = reinterpret_cast<const std::uint8_t*>(update.text.data());
    const std::size_t contents_end = update.contents_at + hex_length + 2;
    // Everything but the /Contents hex (and its brackets): libharu's bytes and the update.
    auto cms = TRY(
        cms_signature({pdf_bytes, std::span<const std::uint8_t>(text, update.contents_at),
                       std::span<const std::uint8_t>(text + contents_end, update.text.size() - contents_end)},
                      identity, binding.signing_time));
    if (cms.size() * 2 != hex_length) {
      hex_length = cms.size() * 2;
      continue;
    }
    const std::string hex = to_hex(cms);
    update.text.replace(update.contents_at + 1, hex.size(), hex);
    std::vector<std::uint8_t> out(pdf_bytes.begin(), pdf_bytes.end());
    out.insert(out.end(), update.text.begin(), update.text.end());
    return out;
  }
  return failed("the signature never fitted its placeholder");
}

}  // namespace intake::signing
