#pragma once
// The same record as a plain HTML page, for the size comparison with a browser's
// print-to-PDF (the target: our PDF no larger than Chromium's for the same content).
#include <string>

#include "pdf/consent_pdf_input.hpp"

namespace intake::pdf::bench {

std::string record_to_html(const ConsentPdfInput& input);

}  // namespace intake::pdf::bench
