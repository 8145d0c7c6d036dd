#pragma once
// Composition: the record turned into blocks, part by part, in the order the PDF shows them.
// Each compose_* function appends to blocks and does not know about pages.
#include <vector>

#include "common/result.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf/consent_pdf_input.hpp"
#include "pdf/layout_types.hpp"
#include "pdf/pdf_labels.hpp"
#include "pdf/typesetter.hpp"

namespace intake::pdf {

struct ComposeContext {
  const ConsentPdfInput& input;
  const PdfLabels& labels;
  const Typesetter& type;
  bool patient_copy = false;  // leave out everything meant for staff
};

// A recorded time ("2026-12-01T14:20:59+01:00") as people read it, in the patient's language
// or, for the staff pages, in English.
std::string readable_time(const ComposeContext& context, const std::string& iso, bool staff = false);
// A date of birth "1990-05-10" as "10 May 1990"; text that is not a date as it is.
std::string readable_birth_date(const ComposeContext& context, const std::string& iso);
// "1 Quay Street · Phone 0117 555 0100 · Out of hours 07700 900123" (the parts given).
std::string clinic_contact_line(const ConsentPdfInput& input, const PdfLabels& labels);
// A flag's words: its label, else its code.
const std::string& flag_words(const FlagSummary& flag);

int severity_rank(Severity severity);          // stop 0, review 1, note 2
const char* severity_name(Severity severity);  // "STOP", "REVIEW", "NOTE"

void compose_header(const ComposeContext& context, std::vector<Block>& blocks);
void compose_flags(const ComposeContext& context, std::vector<Block>& blocks);
void compose_identity(const ComposeContext& context, std::vector<Block>& blocks);
void compose_answers(const ComposeContext& context, std::vector<Block>& blocks);
void compose_consent(const ComposeContext& context, std::vector<Block>& blocks);
void compose_signatures(const ComposeContext& context, std::vector<Block>& blocks);
Status compose_integrity(const ComposeContext& context, std::vector<Block>& blocks);
void compose_aftercare(const ComposeContext& context, std::vector<Block>& blocks);
void compose_review(const ComposeContext& context, const PractitionerReview& review,
                    std::vector<Block>& blocks);

// A signature box with the strokes on the left and its manifestation (role, printed name,
// date and time with zone, meaning) beside it. Shared by patient, guardian and practitioner.
Block signature_block(const ComposeContext& context, const SignatureInput& signature, std::string_view role,
                      bool staff = false);

// Rows of "label above value" cells, two per row (identity, guardian, review details).
struct Field {
  std::string label;
  std::string value;
};
Block field_grid(const Typesetter& type, const std::vector<Field>& fields, int columns);

// The whole document in order; with a review, the review page set comes last.
Result<std::vector<Block>> compose_document(const ComposeContext& context, const PractitionerReview* review);

}  // namespace intake::pdf
