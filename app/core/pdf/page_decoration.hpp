#pragma once
// What every page carries besides its content: the footer (patient name, date of birth,
// document ID, form version, "Page N of M") and a quiet running header on every page that
// does not open a page set (those open with their own header).
#include <string>
#include <vector>

#include "pdf/layout_types.hpp"
#include "pdf/pdf_labels.hpp"
#include "pdf/typesetter.hpp"

namespace intake::pdf {

struct DecorationText {
  std::string clinic_name;
  std::string record_title;
  std::string aftercare_title;
  std::string review_title;
  std::string footer_identity;  // "Name · DOB ... · document ID · form vN"
};

std::vector<DrawOp> page_decoration(const DecorationText& text, const PdfLabels& labels,
                                    const PageGeometry& geometry, const Typesetter& type, PageSet set,
                                    int page_number, int page_count, bool first_page_of_set);

}  // namespace intake::pdf
