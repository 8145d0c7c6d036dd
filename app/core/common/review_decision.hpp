#pragma once
// What the practitioner decided on review: one vocabulary for the store, the review PDF, the
// staff screens, FHIR and the CLI. The names are stored (reviews.decision): never rename.
#include <optional>
#include <string_view>

#include "common/enum_names.hpp"

namespace intake {

enum class ReviewDecision { cleared, treat_with_changes, not_treated };

inline constexpr std::array kReviewDecisionNames = {
    EnumName<ReviewDecision>{ReviewDecision::cleared, "cleared"},
    EnumName<ReviewDecision>{ReviewDecision::treat_with_changes, "treat_with_changes"},
    EnumName<ReviewDecision>{ReviewDecision::not_treated, "not_treated"}};

inline const char* to_string(ReviewDecision decision) {
  return enum_name(kReviewDecisionNames, decision, "cleared");
}
inline std::optional<ReviewDecision> parse_review_decision(std::string_view text) {
  return enum_from_name(kReviewDecisionNames, text);
}

}  // namespace intake
