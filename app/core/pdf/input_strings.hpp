#pragma once
// Visits every string of a record the PDF prints, so one place can make each printable
// (characters the font lacks become "?") and wipe our copies of patient data afterwards.
#include <functional>
#include <string>

#include "pdf/consent_pdf.hpp"
#include "pdf/consent_pdf_input.hpp"

namespace intake::pdf {

using StringVisitor = std::function<void(std::string&)>;

void for_each_string(ConsentPdfInput& input, const StringVisitor& visit);
void for_each_string(PractitionerReview& review, const StringVisitor& visit);
void for_each_string(SignatureInput& signature, const StringVisitor& visit);

}  // namespace intake::pdf
