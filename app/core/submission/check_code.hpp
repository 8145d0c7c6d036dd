#pragma once
// The short check code printed on the signed PDF and held, with the record id, in its QR code.
//
// Code = the first 40 bits of SHA-256 over a fixed tag and the record's stored fields (id,
// created_at, signed_at, form id/version, consent hash, language, identity, guardian, answers,
// consent and signature JSON, photo consent), each length-prefixed, written as 8 Crockford
// base-32 characters "XXXX-XXXX". It does not cover the PDF (the PDF prints it) nor the flags
// (they follow from the answers and the form). Anyone holding the store can recompute it from
// a stored record: a PDF whose code does not match its record was not made from that record.
// The QR payload is "INTAKE:<record id>:<code>", only characters of QR's compact alphanumeric mode.
#include <string>

#include "store/record_types.hpp"

namespace intake::submission {

std::string record_check_code(const store::NewRecord& record);
std::string record_check_code(const store::Record& record);

std::string verification_qr_payload(const std::string& record_id, const std::string& check_code);

}  // namespace intake::submission
