#include "ui/screens/identity_notes.hpp"

namespace intake::ui {

std::string identity_problem_text(const UiFrame& frame, const std::vector<IdentityProblem>& problems,
                                  IdentityField field) {
  for (const auto& problem : problems) {
    if (problem.field != field) continue;
    std::string key = std::string("identity.") + to_string(field) + ".";
    switch (problem.kind) {
      case IdentityProblemKind::missing: key += "missing"; break;
      case IdentityProblemKind::invalid: key += "invalid"; break;
      case IdentityProblemKind::in_future: key += "future"; break;
      case IdentityProblemKind::too_old: key += "too_old"; break;
    }
    return frame.t(key);
  }
  return {};
}

}  // namespace intake::ui
