// The whole document in the order the PDF shows it.
#include "common/try.hpp"
#include "pdf/compose.hpp"

namespace intake::pdf {

Result<std::vector<Block>> compose_document(const ComposeContext& context, const PractitionerReview* review) {
  std::vector<Block> blocks;
  compose_header(context, blocks);
  if (!context.patient_copy) compose_flags(context, blocks);
  compose_identity(context, blocks);
  compose_answers(context, blocks);
  compose_consent(context, blocks);
  compose_signatures(context, blocks);
  if (!context.patient_copy) {
    TRY(compose_integrity(context, blocks));
  }
  compose_aftercare(context, blocks);
  if (review != nullptr) compose_review(context, *review, blocks);
  return blocks;
}

}  // namespace intake::pdf
