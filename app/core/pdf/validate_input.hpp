#pragma once
// Checks that a record can be rendered faithfully. A record that cannot (no signature, a
// creation time without an offset) is refused with one sentence that names the field, never
// its content.
#include "common/result.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf/consent_pdf_input.hpp"

namespace intake::pdf {

Status validate_signature(const SignatureInput& signature, const char* whose);
Status validate_input(const ConsentPdfInput& input);
Status validate_review(const PractitionerReview& review);

}  // namespace intake::pdf
