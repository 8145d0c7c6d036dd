#include "fhir/fhir_encoding.hpp"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

#include "common/sha256.hpp"

namespace intake::fhir {

std::string base64(std::span<const std::uint8_t> bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  // EVP_EncodeBlock takes an int length; PDFs are far below 2 GiB, but say so rather than wrap.
  if (bytes.size() > static_cast<std::size_t>(1) << 30)
    throw std::length_error("a FHIR attachment over 1 GiB");
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes.data(),
                                      static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

std::string sha1_base64(std::span<const std::uint8_t> bytes) {
  std::array<std::uint8_t, 20> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha1(), nullptr) != 1 ||
      length != digest.size())
    throw std::runtime_error("OpenSSL could not compute a SHA-1 digest");
  return base64(digest);
}

std::string stable_urn_uuid(std::string_view name) {
  Sha256Digest digest = sha256(name);
  digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0f) | 0x50);
  digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3f) | 0x80);
  const std::string hex = to_hex(std::span<const std::uint8_t>(digest.data(), 16));
  return "urn:uuid:" + hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

}  // namespace intake::fhir
