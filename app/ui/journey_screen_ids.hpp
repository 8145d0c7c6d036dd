#pragma once
// The ImGui window (and probe path) name of every journey step's screen, in JourneyStep's
// order; the compiler checks the table against the enum, so a step added to one and not the
// other does not build.
#include <array>
#include <cstddef>

#include "ui/patient_journey.hpp"

namespace intake::ui {

struct JourneyScreenId {
  JourneyStep step;
  const char* id;
};

inline constexpr std::array kJourneyScreenIds = {
    JourneyScreenId{JourneyStep::Welcome, "welcome"},
    JourneyScreenId{JourneyStep::AboutYou, "about_you"},
    JourneyScreenId{JourneyStep::Guardian, "guardian"},
    JourneyScreenId{JourneyStep::Questions, "questions"},
    JourneyScreenId{JourneyStep::BeforeConsent, "before_consent"},
    JourneyScreenId{JourneyStep::Consent, "consent"},
    JourneyScreenId{JourneyStep::Review, "review"},
    JourneyScreenId{JourneyStep::Signature, "signature"},
    JourneyScreenId{JourneyStep::GuardianSignature, "guardian_signature"},
    JourneyScreenId{JourneyStep::Submitting, "submitting"},
    JourneyScreenId{JourneyStep::ThankYou, "thank_you"},
    JourneyScreenId{JourneyStep::FrontDesk, "front_desk"},
};

constexpr bool journey_screen_ids_in_step_order() {
  for (std::size_t i = 0; i < kJourneyScreenIds.size(); ++i)
    if (static_cast<std::size_t>(kJourneyScreenIds[i].step) != i) return false;
  return true;
}
static_assert(kJourneyScreenIds.size() == static_cast<std::size_t>(JourneyStep::FrontDesk) + 1,
              "every JourneyStep needs its screen id (FrontDesk is the last step)");
static_assert(journey_screen_ids_in_step_order(), "kJourneyScreenIds must follow JourneyStep's order");

constexpr const char* journey_screen_id(JourneyStep step) {
  return kJourneyScreenIds[static_cast<std::size_t>(step)].id;
}

}  // namespace intake::ui
