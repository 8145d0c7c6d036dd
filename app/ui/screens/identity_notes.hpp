#pragma once
// The words beside an About you or Guardian field that the core's identity check found a
// problem with ("Please type your first name", "This date is in the future").
#include <string>
#include <vector>

#include "session/identity_check.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

// The note for `field`, or "" when the check found nothing wrong with it.
std::string identity_problem_text(const UiFrame& frame, const std::vector<IdentityProblem>& problems,
                                  IdentityField field);

}  // namespace intake::ui
