#pragma once
// Sample records for the PDF tests and benchmark (fake people, fake clinic). The wording is
// written for these fixtures; the shipped form text lives in forms/.
#include "pdf/consent_pdf.hpp"
#include "pdf/consent_pdf_input.hpp"

namespace intake::pdf::samples {

ConsentPdfInput english_adult();
ConsentPdfInput spanish_adult();
ConsentPdfInput minor_with_guardian();  // English, patient 16, guardian signs too
// English record whose consent is repeated `repeat` times: many pages.
ConsentPdfInput long_consent(int repeat);

// A handwriting-like signature on a 900 x 300 pad, strokes sampled every 8 ms.
SignatureInput sample_signature(const std::string& name, const std::string& meaning, double phase);
PractitionerReview sample_review();

}  // namespace intake::pdf::samples
