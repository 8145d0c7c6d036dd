#pragma once
// The encodings FHIR asks for: base64 (Attachment.data), SHA-1 in base64 (Attachment.hash,
// which R4 defines as SHA-1 whatever we think of it), and stable urn:uuid fullUrls so the same
// record always exports the same Bundle.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace intake::fhir {

std::string base64(std::span<const std::uint8_t> bytes);
std::string sha1_base64(std::span<const std::uint8_t> bytes);
// "urn:uuid:" + a UUID derived from SHA-256 of `name` (version nibble 5, RFC 4122 variant):
// the same name gives the same UUID, different names practically never collide.
std::string stable_urn_uuid(std::string_view name);

}  // namespace intake::fhir
